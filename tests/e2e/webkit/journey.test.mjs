// The reader's journey in WebKit (Safari's engine: every browser on an iPhone), through
// WebKitWebDriver and MiniBrowser: the standalone page from the first question to the
// progress screen and export, the demo blog post, and the single file from file://.
// Every page's console errors and uncaught errors fail the test (see driver.mjs).
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { after, before, beforeEach, test } from 'node:test';
import { By, assertNoPageErrors, hookedSingleFile, launchWebKit } from './driver.mjs';
import { WkWidget, answerToRoutine, toPlayer } from './widget.mjs';

let wk;
before(async () => {
  wk = await launchWebKit();
});
after(async () => {
  await wk?.close();
});

const SHOTS = fileURLToPath(new URL('../../../target/screenshots/webkit/', import.meta.url));

/** Forgets what earlier tests stored (the origin is shared across the file). */
async function clearStorage() {
  const { driver } = wk;
  await driver.switchTo().defaultContent();
  await driver.get(`${wk.baseUrl}/fixtures/blank.html`);
  await driver.executeScript('localStorage.clear(); sessionStorage.clear();');
}

/** Opens `path` with nothing stored from an earlier test, and waits for the widget. */
async function open(path) {
  const { driver } = wk;
  await clearStorage();
  await driver.get(wk.baseUrl + path);
  const widget = new WkWidget(driver);
  await widget.waitUntilReady();
  return widget;
}

beforeEach(async () => {
  await wk.driver.manage().window().setRect({ width: 1200, height: 900 });
});

/** How many times each of the widget's files was downloaded, from resource timing. */
function downloads(driver) {
  return driver.executeScript(`
    const counts = {};
    for (const entry of performance.getEntriesByType('resource')) {
      const name = new URL(entry.name).pathname.split('/').pop();
      if (/^knot-coach/.test(name)) counts[name] = (counts[name] ?? 0) + 1;
    }
    return counts;`);
}

/** What WebKit offers the player, asked the way the player asks. */
function probeFeatures(driver) {
  return driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    (async () => {
      let keepAwake = false;
      if (navigator.wakeLock) {
        try {
          const lock = await navigator.wakeLock.request('screen');
          keepAwake = true;
          await lock.release();
        } catch {}
      }
      return {
        keepAwake,
        beeps: typeof AudioContext === 'function',
        voice: typeof speechSynthesis === 'object' && speechSynthesis.getVoices().length > 0,
        vibration: typeof navigator.vibrate === 'function',
      };
    })().then(done, (e) => done({ error: String(e) }));`);
}

const NOTES = {
  keepAwake: 'Your browser cannot keep the screen awake: tap the screen now and then.',
  beeps: 'Your browser cannot play the beeps: use Voice, or watch the timer.',
  voice: 'Your browser cannot speak the cues: use Sound, or watch the timer.',
  vibration: 'Your device cannot vibrate with the cues.',
};

test('standalone page: questionnaire, a whole session, pain rating, progress after a reload, export', async (t) => {
  const { driver } = wk;
  const widget = await open('/');
  await answerToRoutine(widget);
  assert.deepEqual(await downloads(driver), {
    'knot-coach.js': 1,
    'knot-coach-app.js': 1,
    'knot-coach-app_bg.wasm': 1,
    'knot-coach-full.js': 1,
    'knot-coach-full_bg.wasm': 1,
  }, 'each of the widget files is downloaded once (no second wasm download for a preload)');
  assert.match(await widget.text(), /\d+ exercises, about [\d½]+ minutes/);
  await toPlayer(widget);
  await widget.press('Start session');
  await widget.find('button', 'Pause');

  // The cues WebKit cannot give are named under the controls.
  const features = await probeFeatures(driver);
  t.diagnostic(`webkit: ${JSON.stringify(features)}`);
  const expected = Object.keys(NOTES).filter((key) => !features[key]).map((key) => NOTES[key]);
  if (expected.length > 0) {
    const note = await widget.find('note', undefined);
    assert.equal(await note.getText(), expected.join(' '));
  } else {
    assert.equal(await widget.has('note', undefined), false, 'no note when every feature works');
  }

  // The whole session, phase by phase, with the Skip button a reader presses.
  const timer = async () => (await widget.find('timer', undefined)).getAttribute('aria-label');
  const seen = new Set([await timer()]);
  let skips = 0;
  while (!(await widget.has('button', 'Finish and rate'))) {
    assert.ok(skips < 300, `the session ends within 300 skips (at: ${await timer()})`);
    await widget.press('Skip');
    seen.add((await timer()).split(',')[0]);
    skips += 1;
  }
  assert.equal(await timer(), 'Session complete');
  assert.ok(seen.size >= 3, `several phases were shown: ${[...seen].join(' | ')}`);
  await widget.press('Finish and rate');
  await widget.waitForHeading('Well done. How did it go?');
  await widget.choose('radio', '2');
  await widget.press('Save session');
  await widget.waitForHeading('Your progress');
  assert.match(await widget.text(), /1 session/);
  await assertNoPageErrors(driver, 'the standalone page before the reload');

  // After a reload the reader is back on the progress screen with the session kept.
  await driver.navigate().refresh();
  const again = new WkWidget(driver);
  await again.waitForHeading('Your progress', 20_000);
  assert.match(await again.text(), /1 session/);

  // Export: the JSON file the reader downloads holds that session.
  await again.press('Export JSON');
  const exported = await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    const last = window.__kcDownloads.at(-1);
    if (!last || !last.blob) return done(null);
    last.blob.text().then((text) => done({ name: last.name, text }));`);
  assert.ok(exported, 'Export JSON offered a file');
  assert.match(exported.name, /\.json$/);
  const sessions = JSON.parse(exported.text).history?.sessions ?? [];
  assert.equal(sessions.length, 1, `one session in the export: ${exported.text.slice(0, 200)}`);
  await assertNoPageErrors(driver, 'the standalone page after the reload');
});

test('the demo blog post: the widget loads when scrolled to and starts the questionnaire', async () => {
  const { driver } = wk;
  await clearStorage();
  await driver.get(`${wk.baseUrl}/demo/blog.html`);
  // The reader scrolls down to the widget with the mouse wheel (it downloads only when near
  // the viewport).
  const host = await driver.findElement(By.css('knot-coach'));
  const { y } = await host.getRect();
  await driver.actions().scroll(10, 10, 0, Math.round(y), undefined).perform();
  const widget = new WkWidget(driver);
  await widget.waitUntilReady();
  assert.ok(await driver.executeScript('return scrollY') > 0, 'the page was scrolled');
  assert.match(await widget.text(), /Harbour Street Physio/);
  assert.equal((await downloads(driver))['knot-coach-app_bg.wasm'], 1, 'the welcome part is downloaded once');
  await widget.press('Start');
  await widget.waitForHeading('Do you have any of these along with the back pain?');
  await widget.press('Back');
  await widget.waitUntilReady();
  await assertNoPageErrors(driver, 'the demo blog post');
});

/** The French blog post, scrolled to the widget with the mouse wheel, on its Commencer button. */
async function openFrenchPost() {
  const { driver } = wk;
  await clearStorage();
  // A fresh URL each time, so MiniBrowser never hands back a page kept from before.
  await driver.get(`${wk.baseUrl}/demo/blog-fr.html?visit=${Date.now()}`);
  // The reader scrolls to the widget with the wheel, once the loader has run (scrolling
  // before it watches the element can leave the widget waiting in WebKit).
  await driver.wait(() => driver.executeScript("return !!customElements.get('knot-coach')"), 10_000);
  const host = await driver.findElement(By.css('knot-coach'));
  const { y } = await host.getRect();
  // Once the standalone page's service worker controls the origin, MiniBrowser sometimes
  // drops the first wheel turn after a load: the reader turns it again.
  for (let turn = 0; turn < 10 && (await driver.executeScript('return scrollY')) < y / 2; turn += 1) {
    const scrolled = await driver.executeScript('return scrollY');
    await driver.actions().scroll(10, 10, 0, Math.round(y - scrolled), undefined).perform();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const widget = new WkWidget(driver);
  await widget.waitUntilReady(20_000, 'Commencer');
  assert.equal(
    await driver.executeScript("return document.querySelector('knot-coach').shadowRoot.querySelector('.kc-root').lang"),
    'fr-CA',
  );
  return widget;
}

const NONE_FR = 'Aucune de ces réponses';

test('in French: an emergency sign says to call 911, and a warning sign leads to the clinic', async () => {
  const { driver } = wk;
  let widget = await openFrenchPost();
  await widget.press('Commencer');
  await widget.waitForHeading('Avez-vous l’un de ces symptômes en plus du mal de dos?');
  await widget.choose('checkbox', 'Douleur, serrement ou pression à la poitrine');
  await widget.press('Continuer');
  await widget.waitForHeading('Obtenez de l’aide médicale maintenant');
  assert.equal(await (await widget.find('link', '911')).getAttribute('href'), 'tel:911');

  widget = await openFrenchPost();
  await widget.press('Commencer');
  await widget.choose('checkbox', NONE_FR);
  await widget.press('Continuer');
  await widget.choose('radio', 'Entre les omoplates');
  await widget.press('Continuer');
  await widget.choose('radio', 'Trois mois ou plus');
  await widget.press('Continuer');
  await widget.choose('radio', '20 à 49 ans');
  await widget.press('Continuer');
  await widget.choose('checkbox', 'Perte de poids sans l’avoir cherché');
  await widget.press('Continuer');
  await widget.choose('checkbox', NONE_FR);
  await widget.press('Continuer');
  await widget.waitForHeading('Vérifiez vos réponses');
  await widget.press('Voir mon résultat');
  await widget.waitForHeading('Faites-vous examiner avant d’essayer les autosoins');
  assert.match(await widget.text(), /Physio rue Harbour/);
  await assertNoPageErrors(driver, 'the French outcomes');
});

test('in French: the blog post runs the questionnaire, a whole session, the rating, progress and the CSV export', async () => {
  const { driver } = wk;
  const widget = await openFrenchPost();
  await widget.press('Commencer');
  await widget.waitForHeading('Avez-vous l’un de ces symptômes en plus du mal de dos?');
  await widget.choose('checkbox', NONE_FR);
  await widget.press('Continuer');
  await widget.waitForHeading('Où se trouve le nœud?');
  await widget.choose('radio', 'Entre les omoplates');
  await widget.press('Continuer');
  await widget.waitForHeading('Depuis combien de temps l’avez-vous?');
  await widget.choose('radio', 'D’une semaine à trois mois');
  await widget.press('Continuer');
  await widget.waitForHeading('Quel âge avez-vous?');
  await widget.choose('radio', '20 à 49 ans');
  await widget.press('Continuer');
  await widget.waitForHeading('Avez-vous remarqué l’un de ces signes?');
  await widget.choose('checkbox', NONE_FR);
  await widget.press('Continuer');
  await widget.waitForHeading('Est-ce que l’un de ces éléments s’applique à vous?');
  await widget.choose('checkbox', NONE_FR);
  await widget.press('Continuer');
  await widget.waitForHeading('Qu’avez-vous essayé jusqu’ici, et comment ça s’est passé?');
  await widget.press('Continuer');
  await (await widget.find('textbox', 'Nombre d’heures')).sendKeys('8');
  await widget.press('Continuer');
  await widget.waitForHeading('Lesquels de ces articles avez-vous à la maison?');
  await widget.choose('checkbox', NONE_FR);
  await widget.press('Continuer');
  await widget.choose('radio', '5 minutes');
  await widget.press('Continuer');
  await widget.waitForHeading('Vérifiez vos réponses');
  await widget.press('Voir mon résultat');
  await widget.waitForHeading('Votre programme');
  assert.match(await widget.text(), /\d+ exercices, environ [\d½]+ minutes?/);

  await widget.press('Commencer la séance');
  await widget.waitForHeading('Avant de commencer');
  await widget.press('Passer à la minuterie');
  await widget.press('Commencer la séance');
  await widget.find('button', 'Pause');
  const timer = async () => (await widget.find('timer', undefined)).getAttribute('aria-label');
  let skips = 0;
  while (!(await widget.has('button', 'Terminer et évaluer'))) {
    assert.ok(skips < 300, `the session ends within 300 skips (at: ${await timer()})`);
    await widget.press('Passer');
    skips += 1;
  }
  assert.equal(await timer(), 'Séance terminée');
  await widget.press('Terminer et évaluer');
  await widget.waitForHeading('Bravo! Comment ça s’est passé?');
  await widget.choose('radio', '2');
  await widget.press('Enregistrer la séance');
  await widget.waitForHeading('Vos progrès');
  assert.match(await widget.text(), /1 séance/);

  await widget.press('Exporter en CSV');
  const exported = await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    const last = window.__kcDownloads.at(-1);
    if (!last || !last.blob) return done(null);
    last.blob.text().then((text) => done({ name: last.name, text }));`);
  assert.ok(exported, 'Exporter en CSV offered a file');
  assert.match(exported.name, /^knot-coach-seances-.*\.csv$/);
  assert.match(exported.text, /Heure de début \(UTC[+-]\d\d:\d\d\),Durée \(minutes\),Exercices faits/);
  await assertNoPageErrors(driver, 'the French blog post');
});

test('a prescription link opens, is accepted, and the screening comes first; a bad link is refused', async () => {
  const { driver } = wk;
  await clearStorage();
  // Prone swimmers 2 x 10 and the doorway chest stretch, from Harbour Street Physio (the
  // layout in README; the Playwright spec builds the same bytes).
  const link = '#rx=1.AwQVSGFyYm91ciBTdHJlZXQgUGh5c2lvAAIGAAIKMx4AAQIeDw.14Jvfg';
  await driver.get(`${wk.baseUrl}/${link}`);
  const widget = new WkWidget(driver);
  await widget.waitForHeading('A routine from your clinician', 20_000);
  assert.match(await widget.text(), /Harbour Street Physio has prescribed this home routine for you\./);
  await widget.press('Accept this routine');
  await widget.waitForHeading('Do you have any of these along with the back pain?');
  assert.equal(await driver.executeScript('return location.hash'), '', 'the link left the address');
  const stored = await driver.executeScript("return localStorage.getItem('knot-coach:default:prescription')");
  assert.match(stored ?? '', /"link":"#rx=1\./);
  // A link cut short, pasted into the address bar of the open page.
  await driver.get(`${wk.baseUrl}/${link.slice(0, -4)}`);
  await widget.waitForHeading('This prescription link cannot be used');
  assert.match(await widget.text(), /incomplete/);
  await widget.press('Continue');
  await widget.waitForHeading('Do you have any of these along with the back pain?');
  assert.equal(await driver.executeScript("return localStorage.getItem('knot-coach:default:prescription')"), stored);
  await assertNoPageErrors(driver, 'a prescription link');
});

test('knot-coach.html opened from file:// runs the questionnaire to the emergency advice', async () => {
  const { driver } = wk;
  const single = await hookedSingleFile();
  try {
    await driver.switchTo().defaultContent();
    await driver.get(single.href);
    const widget = new WkWidget(driver);
    await widget.waitUntilReady();
    await widget.press('Start');
    await widget.choose('checkbox', 'Feeling short of breath or finding it hard to breathe');
    await widget.press('Continue');
    await widget.waitForHeading('Get medical help now');
    await assertNoPageErrors(driver, 'knot-coach.html from file://');
  } finally {
    await single.remove();
  }
});

/** Fails when the page scrolls sideways or the card leaves the viewport; saves a screenshot. */
async function checkLayout(driver, width, name, shoot) {
  const layout = await driver.executeScript(`
    const card = document.querySelector('knot-coach').shadowRoot.querySelector('.kc-card').getBoundingClientRect();
    return { overflow: document.documentElement.scrollWidth - innerWidth, left: card.left, right: card.right, viewport: innerWidth };`);
  assert.equal(layout.viewport, width, `the viewport is ${width} px wide`);
  assert.ok(layout.overflow <= 0, `${name} at ${width} px: no horizontal scroll (${layout.overflow}px)`);
  assert.ok(layout.left >= 0 && layout.right <= width + 0.5, `${name} at ${width} px: card at ${layout.left}..${layout.right}`);
  await mkdir(SHOTS, { recursive: true });
  await writeFile(`${SHOTS}${name}-${width}.png`, Buffer.from(await shoot(), 'base64'));
}

for (const [width, height] of [
  [320, 640],
  [390, 844],
  [1200, 900],
]) {
  test(`at ${width} px the welcome, routine and player screens fit, with screenshots`, async () => {
    const { driver } = wk;
    await open('/fixtures/blank.html'); // clears storage from the tests before
    let shoot;
    if (width < 447) {
      // MiniBrowser's window cannot be narrower than 447 px: the page goes in an iframe, in a
      // window tall enough to show all of it (a click WebDriver aims below the window's
      // bottom edge is lost without an error: WebKit does not scroll the outer page to it).
      await driver.manage().window().setRect({ width: 800, height: height + 200 });
      await driver.get(`${wk.baseUrl}/__kc-frame.html?width=${width}&height=${height}&src=/`);
      // The whole window: the frame at the left. (An element screenshot of a scrolled frame
      // comes back with an unpainted band at the top in WebKitGTK 2.50.)
      shoot = () => driver.takeScreenshot();
      await driver.switchTo().frame(await driver.findElement(By.css('iframe')));
    } else {
      await driver.manage().window().setRect({ width, height });
      await driver.get(`${wk.baseUrl}/`);
      shoot = () => driver.takeScreenshot();
    }
    const widget = new WkWidget(driver);
    await widget.waitUntilReady();
    await checkLayout(driver, width, 'welcome', shoot);
    await answerToRoutine(widget);
    await checkLayout(driver, width, 'routine', shoot);
    await toPlayer(widget);
    await widget.press('Start session');
    await widget.press('Pause');
    await widget.find('button', 'Resume');
    await checkLayout(driver, width, 'player', shoot);
    await assertNoPageErrors(driver, `the standalone page at ${width} px`);
    await driver.switchTo().defaultContent();
  });
}
