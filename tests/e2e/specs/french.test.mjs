// The whole journey in Canadian French, as a reader in Quebec meets it: the French blog post
// (<knot-coach lang="fr">) and the standalone page's language switch. Every control is found
// by its French accessible name; every screen is checked with axe-core.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  Widget,
  downloadOf,
  expectNoAxeViolations,
  launch,
  liveText,
  openPage,
  pickRadio,
  press,
  tick,
  typeInto,
} from '../support.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const Q = {
  emergency: 'Avez-vous l’un de ces symptômes en plus du mal de dos?',
  location: 'Où se trouve le nœud?',
  duration: 'Depuis combien de temps l’avez-vous?',
  age: 'Quel âge avez-vous?',
  warning: 'Avez-vous remarqué l’un de ces signes?',
  history: 'Est-ce que l’un de ces éléments s’applique à vous?',
  tried: 'Qu’avez-vous essayé jusqu’ici, et comment ça s’est passé?',
  sitting: 'Lors d’une journée typique, combien d’heures passez-vous assis?',
  equipment: 'Lesquels de ces articles avez-vous à la maison?',
  minutes: 'Combien de temps pouvez-vous consacrer à chaque séance?',
};
const NONE = 'Aucune de ces réponses';

/** The French blog post, scrolled to the widget, on its Commencer button. */
async function openFrenchPost() {
  const opened = await openPage(env, '/demo/blog-fr.html');
  const widget = new Widget(opened.page);
  await widget.root.evaluate((host) => host.scrollIntoView({ block: 'nearest' }));
  await widget.button('Commencer').waitFor({ state: 'visible' });
  return { ...opened, widget };
}

/** The `lang` on the widget's root, inside its shadow root. */
function rootLang(widget) {
  return widget.root.evaluate((host) => host.shadowRoot.querySelector('.kc-root')?.getAttribute('lang'));
}

/** From Commencer through the screening questions with no red flag, to "What have you tried". */
async function screenWithoutFlags(page, widget) {
  await press(page, 'Commencer');
  await widget.waitForHeading(Q.emergency);
  assert.match(await widget.text(), /Question 1 sur \d+/);
  await expectNoAxeViolations(page, 'première question', 'knot-coach');
  await tick(page, NONE);
  await press(page, 'Continuer');
  await widget.waitForHeading(Q.location);
  await pickRadio(page, 'Entre les omoplates');
  await press(page, 'Continuer');
  await widget.waitForHeading(Q.duration);
  await pickRadio(page, 'D’une semaine à trois mois');
  await press(page, 'Continuer');
  await widget.waitForHeading(Q.age);
  await pickRadio(page, '20 à 49 ans');
  await press(page, 'Continuer');
  await widget.waitForHeading(Q.warning);
  await tick(page, NONE);
  await press(page, 'Continuer');
  await widget.waitForHeading(Q.history);
  await tick(page, NONE);
  await press(page, 'Continuer');
  await widget.waitForHeading(Q.tried);
}

test('the French blog post runs the questionnaire, the routine, a whole session, the rating, progress and the CSV export in French', async () => {
  const { page, context, widget } = await openFrenchPost();
  // Console errors but the demo server's missing favicon, which Chromium asks for when the
  // download starts.
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
  });
  assert.equal(await rootLang(widget), 'fr-CA');
  await expectNoAxeViolations(page, 'accueil', 'knot-coach');

  await screenWithoutFlags(page, widget);
  await expectNoAxeViolations(page, 'essais', 'knot-coach');
  await press(page, 'Continuer');
  await widget.waitForHeading(Q.sitting);
  await typeInto(page, widget.root.getByRole('textbox', { name: 'Nombre d’heures' }), '8');
  await press(page, 'Continuer');
  await widget.waitForHeading(Q.equipment);
  await tick(page, NONE);
  await press(page, 'Continuer');
  await widget.waitForHeading(Q.minutes);
  await pickRadio(page, '5 minutes');
  await press(page, 'Continuer');
  await widget.waitForHeading('Vérifiez vos réponses');
  await expectNoAxeViolations(page, 'vérification', 'knot-coach');
  assert.equal(await widget.root.getByRole('button', { name: `Modifier\u00a0: ${Q.location}` }).count(), 1);
  await press(page, 'Voir mon résultat');

  await widget.waitForHeading('Votre programme');
  await expectNoAxeViolations(page, 'programme', 'knot-coach');
  const routine = await widget.text();
  assert.match(routine, /Pourquoi ce programme/);
  assert.match(routine, /3 à 4 fois par semaine/);
  assert.doesNotMatch(routine, /Your routine|Start session|Why this routine|Strength exercises/);

  await press(page, 'Commencer la séance');
  await widget.waitForHeading('Avant de commencer');
  await expectNoAxeViolations(page, 'avant la séance', 'knot-coach');
  await pickRadio(page, '3');
  await press(page, 'Passer à la minuterie');
  await widget.button('Commencer la séance').waitFor();
  await press(page, 'Commencer la séance');
  await widget.button('Pause').waitFor();
  assert.match(await liveText(widget), /^Préparez-vous\s: /);
  const announced = new Set();
  for (let i = 0; i < 400 && !(await widget.button('Terminer et évaluer').isVisible()); i += 1) {
    await page.keyboard.press('ArrowRight');
    announced.add(await liveText(widget));
  }
  assert.equal(await liveText(widget), 'Séance terminée. Bravo!');
  assert.ok([...announced].some((a) => /répétition \d+ sur \d+|tenez pendant|appuyez pendant|continuez pendant/.test(a)), [...announced].join(' | '));
  assert.ok([...announced].every((a) => !/Get ready|Rest \d|Session complete/.test(a)), 'no English announcement');
  await expectNoAxeViolations(page, 'minuterie terminée', 'knot-coach');
  await press(page, 'Terminer et évaluer');

  await widget.waitForHeading('Bravo! Comment ça s’est passé?');
  await expectNoAxeViolations(page, 'évaluation', 'knot-coach');
  await pickRadio(page, '2');
  // The first exercise felt too easy.
  const firstExercise = widget.root.getByRole('group').filter({ has: page.getByRole('radio', { name: 'Trop facile' }) }).first();
  await pickRadio(page, 'Trop facile', firstExercise);
  await press(page, 'Enregistrer la séance');

  await widget.waitForHeading('Vos progrès');
  await expectNoAxeViolations(page, 'progrès', 'knot-coach');
  assert.match(await widget.text(), /1 séance/);

  const exported = await downloadOf(page, widget.button('Exporter en CSV'));
  assert.match(exported.name, /^knot-coach-seances-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, row] = exported.text.replace(/^\uFEFF/, '').split('\r\n');
  assert.match(header, /^Date,Heure de début \(UTC[+-]\d\d:\d\d\),Durée \(minutes\),Exercices faits,Douleur avant \(0-10\),Douleur après \(0-10\),Commentaires$/);
  assert.match(row, /\u00a0?: trop facile/);
  assert.match(row, /,3,2,/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in French, an emergency sign says to call 911 and offers no routine', async () => {
  const { page, context, widget, errors } = await openFrenchPost();
  await press(page, 'Commencer');
  await widget.waitForHeading(Q.emergency);
  await tick(page, 'Douleur, serrement ou pression à la poitrine');
  await press(page, 'Continuer');
  await widget.waitForHeading('Obtenez de l’aide médicale maintenant');
  const text = await widget.text();
  assert.match(text, /911/);
  assert.match(text, /cœur/);
  assert.equal(await widget.root.getByRole('link', { name: '911' }).getAttribute('href'), 'tel:911');
  assert.equal(await widget.button('Commencer la séance').count(), 0);
  await expectNoAxeViolations(page, 'urgence', 'knot-coach');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in French, a warning sign leads to seeing a clinician, with the clinic’s booking link', async () => {
  const { page, context, widget, errors } = await openFrenchPost();
  await press(page, 'Commencer');
  await widget.waitForHeading(Q.emergency);
  await tick(page, NONE);
  await press(page, 'Continuer');
  await widget.waitForHeading(Q.location);
  await pickRadio(page, 'Entre les omoplates');
  await press(page, 'Continuer');
  await widget.waitForHeading(Q.duration);
  await pickRadio(page, 'Trois mois ou plus');
  await press(page, 'Continuer');
  await widget.waitForHeading(Q.age);
  await pickRadio(page, '20 à 49 ans');
  await press(page, 'Continuer');
  await widget.waitForHeading(Q.warning);
  await tick(page, 'Perte de poids sans l’avoir cherché');
  await press(page, 'Continuer');
  await widget.waitForHeading(Q.history);
  await tick(page, NONE);
  await press(page, 'Continuer');
  await widget.waitForHeading('Vérifiez vos réponses');
  await press(page, 'Voir mon résultat');
  await widget.waitForHeading('Faites-vous examiner avant d’essayer les autosoins');
  assert.match(await widget.text(), /Physio rue Harbour/);
  assert.ok((await widget.root.getByRole('link', { name: /Physio rue Harbour/ }).count()) >= 1);
  await expectNoAxeViolations(page, 'consulter', 'knot-coach');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the standalone page’s language switch turns the widget French at once and is remembered', async () => {
  const { page, context, errors } = await openPage(env, '/');
  const widget = new Widget(page);
  await widget.waitUntilReady();
  const select = page.getByRole('combobox', { name: 'Language / Langue' });
  await select.selectOption({ label: 'Français' });
  await widget.button('Commencer').waitFor();
  assert.equal(await rootLang(widget), 'fr-CA');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr-CA');
  await expectNoAxeViolations(page, 'page autonome en français');
  await page.reload();
  await widget.root.evaluate((host) => host.scrollIntoView({ block: 'nearest' }));
  await widget.button('Commencer').waitFor();
  await page.getByRole('combobox', { name: 'Language / Langue' }).selectOption({ label: 'English' });
  await widget.button('Start').waitFor();
  assert.equal(await rootLang(widget), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown lang value is named in a console warning and the page’s language is used', async () => {
  const { page, context, widget } = await openFrenchPost();
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.locator('knot-coach').evaluate((host) => host.setAttribute('lang', 'tlh'));
  for (let i = 0; i < 50 && !warnings.some((w) => w.includes('"tlh"')); i += 1) await page.waitForTimeout(50);
  assert.ok(warnings.some((w) => w.includes('lang="tlh"')), warnings.join('\n'));
  // The post is in French (<html lang="fr-CA">), so the widget stays French.
  assert.equal(await rootLang(widget), 'fr-CA');
  await widget.button('Commencer').waitFor();
  await page.locator('knot-coach').evaluate((host) => host.setAttribute('lang', 'en'));
  await widget.button('Start').waitFor();
  assert.equal(await rootLang(widget), 'en');
  await context.close();
});

test('an English reader never downloads the French words; switching to French fetches them once', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const french = [];
  page.on('request', (request) => {
    if (request.url().includes('knot-coach.fr-CA.json')) french.push(request.url());
  });
  await page.goto(`${env.baseUrl}/`);
  const widget = new Widget(page);
  await page.getByRole('combobox', { name: 'Language / Langue' }).selectOption({ label: 'English' });
  await widget.waitUntilReady();
  await press(page, 'Start');
  await widget.waitForHeading('Do you have any of these along with the back pain?');
  assert.deepEqual(french, [], 'no French words for an English reader');
  // The switch keeps English on screen until the French words are in, then turns French.
  await page.getByRole('combobox', { name: 'Language / Langue' }).selectOption({ label: 'Français' });
  await widget.waitForHeading(Q.emergency);
  assert.equal(await rootLang(widget), 'fr-CA');
  assert.equal(french.length, 1);
  await context.close();
});

test('a French post downloads the whole widget alone: the welcome part is in English only', async () => {
  const { page, context } = await openFrenchPost();
  const files = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname.split('/').pop()));
  assert.ok(files.includes('knot-coach-full_bg.wasm'), `the whole widget: ${files.join(', ')}`);
  assert.ok(!files.some((f) => f.startsWith('knot-coach-app')), `not the welcome part: ${files.join(', ')}`);
  await context.close();
});

test('when the French words cannot be loaded, the widget stays in English and says so in both languages', async () => {
  const context = await env.browser.newContext();
  await context.route('**/knot-coach.fr-CA.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${env.baseUrl}/demo/blog-fr.html`);
  const widget = new Widget(page);
  await widget.root.evaluate((host) => host.scrollIntoView({ block: 'nearest' }));
  await widget.button('Start').waitFor({ state: 'visible' });
  const notice = widget.root.getByRole('status');
  await notice.waitFor();
  assert.match(await notice.innerText(), /The French version could not be loaded, so Knot Coach is shown in English\./);
  assert.match(await notice.innerText(), /La version française n’a pas pu être chargée/);
  assert.equal(await rootLang(widget), 'en');
  assert.ok(
    warnings.some((w) => w.includes('knot-coach: the French words could not be loaded')),
    warnings.join('\n'),
  );
  await expectNoAxeViolations(page, 'French unavailable', 'knot-coach');
  // The reader can go on, in English.
  await press(page, 'Start');
  await widget.waitForHeading('Do you have any of these along with the back pain?');
  await context.close();
});

test('a damaged French file is refused: English with the notice, never a blank widget', async () => {
  const context = await env.browser.newContext();
  await context.route('**/knot-coach.fr-CA.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"ui": {"back": "Retour"}}' }),
  );
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${env.baseUrl}/demo/blog-fr.html`);
  const widget = new Widget(page);
  await widget.root.evaluate((host) => host.scrollIntoView({ block: 'nearest' }));
  await widget.button('Start').waitFor({ state: 'visible' });
  await widget.root.getByRole('status').waitFor();
  assert.ok(
    warnings.some((w) => w.includes('the French words were rejected: the French table has no `calendar`')),
    warnings.join('\n'),
  );
  await context.close();
});
