// The questionnaire and red-flag triage through the embedded widget: by mouse, by touch and by
// keyboard alone, as readers do.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  Widget,
  answerScreeningWithoutFlags,
  answerToRoutine,
  byKeyboard,
  chromiumOnly,
  downloadOf,
  expectControlsReachable,
  expectNoAxeViolations,
  launch,
  openPage,
  pickRadio,
  press,
  tabTo,
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
  emergency: 'Do you have any of these along with the back pain?',
  location: 'Where is the knot?',
  duration: 'How long have you had it?',
  age: 'How old are you?',
  warning: 'Have you noticed any of these?',
  history: 'Does any of this apply to you?',
  tried: 'What have you tried so far, and how did it go?',
  sitting: 'On a typical day, how many hours do you spend sitting?',
  equipment: 'Which of these do you have at home?',
  minutes: 'How much time can you give each session?',
};

/** Opens a page, presses Start and lands on the first question. */
async function begin(path) {
  const opened = await openPage(env, path);
  const widget = new Widget(opened.page);
  await widget.waitUntilReady();
  await press(opened.page, 'Start');
  await widget.waitForHeading(Q.emergency);
  return { ...opened, widget };
}

test('an emergency sign stops everything and says to call for help', async () => {
  const { page, context, widget, errors } = await begin('/');
  assert.match(await widget.root.getByText(/^Question 1 of \d+$/).innerText(), /Question 1 of/);
  await expectNoAxeViolations(page, 'first question');
  await tick(page, 'Pain, tightness or pressure in your chest');
  await press(page, 'Continue');
  await widget.waitForHeading('Get medical help now');
  const text = await widget.text();
  assert.match(text, /Call your local emergency number now/);
  assert.match(text, /can come from the heart/);
  assert.doesNotMatch(text, /Your routine|Question 2/);
  assert.equal(await widget.root.getByRole('button', { name: 'Start session' }).count(), 0, 'no routine is offered');
  assert.equal(await widget.root.getByRole('button', { name: 'Continue' }).count(), 0);
  // The numbers can be called with one tap on a phone; nothing else on the screen is a link.
  assert.equal(await widget.root.getByRole('link', { name: '999' }).getAttribute('href'), 'tel:999');
  assert.equal(await widget.root.getByRole('link', { name: '112' }).getAttribute('href'), 'tel:112');
  assert.equal(await widget.root.getByRole('link', { name: '911' }).getAttribute('href'), 'tel:911');
  assert.equal(await widget.root.getByRole('link').count(), 3);
  for (const number of ['999', '112', '911']) {
    const box = await widget.root.getByRole('link', { name: number }).boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `${number} is ${box.width}x${box.height} to tap`);
  }
  await expectNoAxeViolations(page, 'emergency screen');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a see-a-clinician sign leads to the clinic booking link instead of a routine', async () => {
  const { page, context, widget } = await begin('/demo/blog.html');
  await tick(page, 'None of these');
  await press(page, 'Continue');
  await widget.waitForHeading(Q.location);
  // The diagram region works from the keyboard and selects the matching answer.
  const region = await tabTo(page, 'button', 'On or under a shoulder blade');
  await page.keyboard.press('Enter');
  assert.equal(await widget.root.getByRole('radio', { name: 'On or under a shoulder blade' }).isChecked(), true);
  assert.equal(await region.getAttribute('aria-pressed'), 'true');
  await press(page, 'Continue');
  await widget.waitForHeading(Q.duration);
  await pickRadio(page, 'Three months or more');
  await press(page, 'Continue');
  await widget.waitForHeading(Q.age);
  await pickRadio(page, '20 to 49');
  await press(page, 'Continue');
  await widget.waitForHeading(Q.warning);
  await tick(page, 'Losing weight without trying');
  await press(page, 'Continue');
  await widget.waitForHeading(Q.history);
  await tick(page, 'None of these');
  await press(page, 'Continue');
  // No routine will be made, so the routine questions are skipped.
  await widget.waitForHeading('Check your answers');
  assert.doesNotMatch(await widget.text(), /hours do you spend sitting/);
  await expectNoAxeViolations(page, 'check answers (clinician path)', 'knot-coach');
  await press(page, 'See my result');
  await widget.waitForHeading('Please get checked before you try self-care');
  const link = widget.root.getByRole('link', { name: /Book an appointment with Harbour Street Physio/ });
  assert.equal(await link.getAttribute('href'), 'https://example.org/book');
  assert.equal(await widget.root.getByRole('link').count(), 1, 'one booking link: the footer does not repeat it');
  assert.equal(await widget.button('Print this list').isVisible(), true);
  assert.match(await widget.text(), /Losing weight without trying|weight without trying/i);
  assert.equal(await widget.root.getByRole('button', { name: 'Start session' }).count(), 0, 'nothing that looks like a routine');
  assert.doesNotMatch(await widget.text(), /Your routine|reps|hold \d+ s/);
  await expectNoAxeViolations(page, 'see-a-clinician screen', 'knot-coach');
  await context.close();
});

test('without a booking link the clinician screen gives general advice', async () => {
  const { page, context, widget } = await begin('/');
  await answerScreeningWithoutFlags(page, widget, { age: '50 to 64', duration: 'Less than a week' });
  // New pain over 50 is a reason to be checked (R2): derived, not ticked.
  await widget.waitForHeading('Check your answers');
  await press(page, 'See my result');
  await widget.waitForHeading('Please get checked before you try self-care');
  const text = await widget.text();
  assert.match(text, /GP \(family doctor\) or a physiotherapist/);
  assert.match(text, /under 20 or over 50/);
  assert.equal(await widget.root.getByRole('link').count(), 0);
  await expectNoAxeViolations(page, 'see-a-clinician without booking link');
  await context.close();
});

test('no red flags lead to the routine, after checking and changing an answer', async () => {
  const { page, context, widget } = await begin('/');
  await answerScreeningWithoutFlags(page, widget);
  await widget.waitForHeading(Q.tried);
  await expectNoAxeViolations(page, 'what have you tried');
  await pickRadio(page, 'Helped for a while only', widget.root.getByRole('group', { name: 'Stretching' }));
  await press(page, 'Continue');
  await widget.waitForHeading(Q.sitting);
  await press(page, 'Continue');
  assert.match(await widget.root.getByRole('alert').innerText(), /\w/, 'an empty number is explained');
  await expectNoAxeViolations(page, 'number question with an error');
  await typeInto(page, widget.root.getByRole('textbox', { name: 'Number of hours' }), '9');
  await press(page, 'Continue');
  await widget.waitForHeading(Q.equipment);
  await tick(page, 'A tennis ball or lacrosse ball');
  await tick(page, 'A clear stretch of wall to lean on');
  await press(page, 'Continue');
  await widget.waitForHeading(Q.minutes);
  await pickRadio(page, '10 minutes');
  await press(page, 'Continue');
  await widget.waitForHeading('Check your answers');
  const summary = await widget.text();
  assert.match(summary, /Stretching: helped for a while only/i);
  assert.match(summary, /10 minutes/);
  await expectNoAxeViolations(page, 'check answers');

  await press(page, 'Change: How much time can you give each session?');
  await widget.waitForHeading(Q.minutes);
  assert.equal(await widget.root.getByRole('radio', { name: '10 minutes' }).isChecked(), true, 'the old answer is kept');
  await pickRadio(page, '15 minutes');
  await press(page, 'Continue');
  await widget.waitForHeading('Check your answers');
  assert.match(await widget.text(), /15 minutes/);
  await press(page, 'See my result');
  await widget.waitForHeading('Your routine');
  await expectNoAxeViolations(page, 'routine after the questionnaire');
  await context.close();
});

test('a tap on a diagram region selects the matching answer', async () => {
  const { page, context, widget } = await begin('/');
  await tick(page, 'None of these');
  await press(page, 'Continue');
  await widget.waitForHeading(Q.location);
  await press(page, 'In the middle of the back, beside the spine');
  assert.equal(await widget.root.getByRole('radio', { name: 'In the middle of the back, beside the spine' }).isChecked(), true);
  await context.close();
});

test(
  'on a phone, the whole journey works by taps alone: questionnaire, routine, session, rating, progress',
  // Playwright has no mobile emulation in Firefox (isMobile), and its taps there did not reach the page.
  { skip: chromiumOnly('touch emulation: isMobile and tap') },
  async () => {
    const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
    const { page, context, errors } = await openPage(env, '/', phone);
    const widget = new Widget(page);
    await widget.waitUntilReady();
    // answerToRoutine taps every answer and every Continue (the number question's included)
    // and waits for each next question, so a Continue that does not move on fails here.
    await answerToRoutine(page, widget, { minutes: '10 minutes', equipment: ['A foam roller'] });
    await press(page, 'Start session');
    await widget.waitForHeading('Before you start');
    await pickRadio(page, '3');
    await press(page, 'Go to the timer');
    await press(page, 'Start session');
    await widget.button('Pause').waitFor();
    for (let i = 0; i < 20 && !(await widget.button('Finish and rate').isVisible()); i += 1) {
      await press(page, 'Next exercise');
    }
    await press(page, 'Finish and rate');
    await widget.waitForHeading('Well done. How did it go?');
    await pickRadio(page, '2');
    await press(page, 'Save session');
    await widget.waitForHeading('Your progress');
    assert.match(await widget.text(), /1 session/);
    assert.deepEqual(errors, []);
    await context.close();
  },
);

test('the whole questionnaire works by keyboard alone', async () => {
  const { page, context } = await openPage(env, '/');
  const widget = new Widget(page);
  await widget.waitUntilReady();
  await answerToRoutine(page, widget, { moves: byKeyboard, equipment: ['A tennis ball or lacrosse ball'] });
  await expectNoAxeViolations(page, 'routine reached by keyboard');
  await context.close();
});

test('Back keeps the answers already given', async () => {
  const { page, context, widget } = await begin('/');
  await tick(page, 'None of these');
  await press(page, 'Continue');
  await widget.waitForHeading(Q.location);
  await pickRadio(page, 'In the middle of the back, beside the spine');
  await press(page, 'Continue');
  await widget.waitForHeading(Q.duration);
  await press(page, 'Back');
  await widget.waitForHeading(Q.location);
  assert.equal(await widget.root.getByRole('radio', { name: 'In the middle of the back, beside the spine' }).isChecked(), true);
  await press(page, 'Back');
  await widget.waitForHeading(Q.emergency);
  assert.equal(await widget.root.getByRole('checkbox', { name: 'None of these' }).isChecked(), true);
  await context.close();
});

test('a missing answer gets a clear message and nothing moves on', async () => {
  const { page, context, widget } = await begin('/');
  await press(page, 'Continue');
  const alert = widget.root.getByRole('alert');
  await alert.waitFor();
  assert.ok((await alert.innerText()).length > 10);
  await widget.waitForHeading(Q.emergency);
  await expectNoAxeViolations(page, 'question with an error');
  await context.close();
});

test('"None of these" and a sign exclude each other', async () => {
  const { page, context, widget } = await begin('/');
  await tick(page, 'None of these');
  await tick(page, 'Feeling short of breath or finding it hard to breathe');
  assert.equal(await widget.root.getByRole('checkbox', { name: 'None of these' }).isChecked(), false);
  await context.close();
});

test('a reload mid-questionnaire resumes where the reader was, and Start over clears it', async () => {
  const { page, context, widget } = await begin('/');
  await tick(page, 'None of these');
  await press(page, 'Continue');
  await widget.waitForHeading(Q.location);
  await pickRadio(page, 'Between the shoulder blades');
  await press(page, 'Continue');
  await widget.waitForHeading(Q.duration);

  await page.reload();
  const reloaded = new Widget(page);
  await reloaded.waitForHeading(Q.duration);
  await press(page, 'Back');
  await reloaded.waitForHeading(Q.location);
  assert.equal(await reloaded.root.getByRole('radio', { name: 'Between the shoulder blades' }).isChecked(), true);

  await press(page, 'Back');
  await reloaded.waitForHeading(Q.emergency);
  await tick(page, 'Feeling short of breath or finding it hard to breathe');
  await press(page, 'Continue');
  await reloaded.waitForHeading('Get medical help now');
  await press(page, 'Start over');
  await reloaded.waitForHeading(Q.emergency);
  assert.equal(await reloaded.root.getByRole('checkbox', { name: 'None of these' }).isChecked(), false);
  await context.close();
});

test('a dangerous booking link from the host page is ignored with a console warning', async () => {
  const { page, context } = await openPage(env, '/fixtures/blank.html');
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.evaluate(() => {
    const el = document.createElement('knot-coach');
    el.setAttribute('booking-url', 'javascript:alert(1)');
    el.id = 'hostile';
    document.querySelector('main').append(el);
  });
  const widget = new Widget(page, page.locator('#hostile'));
  await widget.waitUntilReady();
  assert.ok(warnings.some((w) => w.includes('ignored booking-url')), `warned: ${warnings.join(' | ')}`);
  assert.equal(await page.locator('#hostile').getByRole('link').count(), 0);
  await context.close();
});

test('blocked storage gets a calm notice and the questionnaire still works', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.baseUrl + '/');
  const widget = new Widget(page);
  await widget.waitUntilReady();
  assert.match(await widget.root.getByRole('status').innerText(), /not letting Knot Coach save/);
  await press(page, 'Start');
  await tick(page, 'Pain, tightness or pressure in your chest');
  await press(page, 'Continue');
  await widget.waitForHeading('Get medical help now');
  await expectNoAxeViolations(page, 'emergency screen with storage blocked');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a saved draft from a newer version is left untouched', async () => {
  const context = await env.browser.newContext();
  const newer = JSON.stringify({ schema_version: 99, journey: { future: true } });
  await context.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('knot-coach:default:journey', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, newer);
  const page = await context.newPage();
  await page.goto(env.baseUrl + '/');
  const widget = new Widget(page);
  await widget.waitUntilReady();
  assert.match(await widget.root.getByRole('status').innerText(), /newer version/);
  await press(page, 'Start');
  await widget.waitForHeading(Q.emergency);
  assert.equal(await page.evaluate(() => localStorage.getItem('knot-coach:default:journey')), newer);
  await context.close();
});

test('damaged saved progress is kept, explained, and can be downloaded', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const damaged = '{"schema_version":2,"history":{"sessions":[{"id":"cut-sh';
  await context.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('knot-coach:default:progress', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, damaged);
  const page = await context.newPage();
  await page.goto(env.baseUrl + '/');
  const widget = new Widget(page);
  await widget.waitUntilReady();
  assert.match(await widget.root.getByRole('status').innerText(), /damaged and could not be read/);
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('knot-coach:default:progress:backup:')).map((k) => localStorage.getItem(k)),
  );
  assert.deepEqual(kept, [damaged]);
  const download = await downloadOf(page, widget.button('Download the damaged data'));
  assert.equal(download.text, damaged);
  await expectNoAxeViolations(page, 'damaged progress notice');
  await context.close();
});

test('the hit test catches a label overlay that covers Continue, as on the number question before the fix', async () => {
  const { page, context } = await openPage(env, '/fixtures/covered-continue.html');
  await assert.rejects(expectControlsReachable(page, 'covered fixture'), (error) => {
    assert.match(error.message, /controls a tap cannot reach on "covered fixture"/);
    assert.match(error.message, /at 390 px: "Continue" \(button\) is covered by <label\.kc-choice-label> "Number of hours"/);
    return true;
  });
  await context.close();
});
