// The routine and the guided session: preview, play to the end, resume. Buttons are clicked as a
// reader clicks them; the player's own keys (Space pauses, arrows skip) are pressed as documented.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ENGINE, Widget, answerToRoutine, expectNoAxeViolations, launch, liveText, openPage, pickRadio, press } from '../support.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

async function toPlayer(page, widget) {
  await answerToRoutine(page, widget, { equipment: ['A tennis ball or lacrosse ball', 'A clear stretch of wall to lean on'] });
  await press(page, 'Start session');
  await widget.waitForHeading('Before you start');
  await expectNoAxeViolations(page, 'pain check');
  await press(page, 'Go to the timer');
  await widget.button('Start session').waitFor();
}

/** Opens the standalone page and goes through the questionnaire and pain check to the player. */
async function openPlayer(contextOptions = {}) {
  const opened = await openPage(env, '/', contextOptions);
  const widget = new Widget(opened.page);
  await widget.waitUntilReady();
  await toPlayer(opened.page, widget);
  return { ...opened, widget };
}

/** From the routine, plays a whole session by skipping ahead and lands on its rating. */
async function playToRating(page, widget) {
  await press(page, 'Start session');
  await widget.waitForHeading('Before you start');
  await press(page, 'Go to the timer');
  await press(page, 'Start session');
  for (let i = 0; i < 400 && !(await widget.button('Finish and rate').isVisible()); i += 1) {
    await page.keyboard.press('ArrowRight');
  }
  await press(page, 'Finish and rate');
  await widget.waitForHeading('Well done. How did it go?');
}

test('the routine preview shows exercise cards, why, a schedule, and prints cleanly', async () => {
  const { page, context, widget } = await (async () => {
    const o = await openPage(env, '/');
    return { ...o, widget: new Widget(o.page) };
  })();
  await widget.waitUntilReady();
  // A reader with no equipment and 10 minutes (issue 4's end-to-end case).
  await answerToRoutine(page, widget, { minutes: '10 minutes' });
  const text = await widget.text();
  assert.match(text, /\d+ exercises, about (9|10|11) minutes/, 'fits the 10 minutes chosen');
  assert.match(text, /3 to 4 times a week for 3 to 4 weeks/);
  assert.match(text, /Why this routine/);
  assert.match(text, /\[S\d/);
  const cards = await widget.root.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }).count();
  assert.ok(cards >= 3, `at least 3 exercise cards, got ${cards}`);
  await expectNoAxeViolations(page, 'routine preview');
  // Details open with a click on their summary.
  await widget.root.locator('summary').first().click();
  assert.match(await widget.text(), /Steps/);
  // What it works and where its dose comes from, for the reader and a checking physio.
  assert.ok(await widget.root.getByRole('heading', { level: 4, name: 'Where the dose comes from' }).first().isVisible());
  assert.match(await widget.text(), /Works: [a-z]/);
  await expectNoAxeViolations(page, 'routine with details open');
  // Print media emulation does not reach Firefox over BiDi (Playwright 1.64): Chromium only.
  if (ENGINE === 'chromium') {
    await page.emulateMedia({ media: 'print' });
    assert.equal(await widget.button('Start session').isVisible(), false, 'buttons are hidden in print');
  }
  await context.close();
});

test('a session plays to its end by keyboard, announcing each phase in order', async () => {
  const { page, context, widget } = await openPlayer();
  await expectNoAxeViolations(page, 'player before start');
  await page.keyboard.press('Space');
  await widget.button('Pause').waitFor();
  const announced = [await liveText(widget)];
  const nextLines = new Set();
  for (let i = 0; i < 400 && !(await widget.button('Finish and rate').isVisible()); i += 1) {
    await page.keyboard.press('ArrowRight');
    const now = await liveText(widget);
    if (now !== announced.at(-1)) announced.push(now);
    // The rep counter and the "next" line, from one look at the screen.
    const shown = await widget.text();
    const rep = /Rep\s+(\d+) of (\d+)/i.exec(shown);
    if (rep) nextLines.add(`${rep[1]}/${rep[2]} ${/(?:Next|After rep \d+): [^\n]+/.exec(shown)?.[0]}`);
  }
  assert.match(announced[0], /^Get ready: /);
  assert.ok(announced.some((a) => /: up\.$/.test(a)) || announced.some((a) => /hold for|press for|keep going/.test(a)));
  assert.equal(announced.at(-1), 'Session complete. Well done.');
  // Each exercise is announced once it starts and never comes back after the next begins.
  const readies = announced.filter((a) => a.startsWith('Get ready: ')).map((a) => a.replace(/^Get ready: /, '').split(',')[0]);
  assert.equal(new Set(readies).size, readies.length, `exercises in order: ${readies.join(' > ')}`);
  // Before the last rep of a set, the line says the rest comes after it, not next.
  const early = [...nextLines].filter((l) => /^1\/(\d+)/.test(l) && !l.startsWith('1/1 '));
  assert.ok(early.length > 0, `a set of several reps was played: ${[...nextLines].join(' | ')}`);
  for (const line of early) assert.match(line, /^1\/(\d+) After rep \1: /);
  for (const line of nextLines) {
    const [, rep, reps] = /^(\d+)\/(\d+)/.exec(line);
    if (rep === reps) assert.match(line, / Next: /);
  }
  // Once finished, only Finish and rate moves on; nothing is left to go back or skip to.
  for (const name of ['Back', 'Skip', 'Restart exercise', 'Next exercise', 'End session']) {
    assert.equal(await widget.button(name).count(), 0, `no ${name} button once finished`);
  }
  assert.equal(await widget.root.getByRole('timer').getAttribute('aria-label'), 'Session complete');
  await expectNoAxeViolations(page, 'player finished');
  await press(page, 'Finish and rate');
  await widget.waitForHeading('Well done. How did it go?');
  await expectNoAxeViolations(page, 'session rating');
  await press(page, 'Save session');
  await widget.waitForHeading('Your progress');
  assert.match(await widget.text(), /1 session/);
  await context.close();
});

test('the timer moves on by itself, derived from the clock', async () => {
  const { page, context, widget } = await openPlayer();
  await press(page, 'Start session');
  assert.match(await liveText(widget), /^Get ready: /);
  await page.waitForTimeout(5600);
  assert.doesNotMatch(await liveText(widget), /^Get ready: /, 'the 5 s get-ready ended on its own');
  await page.keyboard.press('Space');
  await widget.button('Resume').waitFor();
  assert.equal(await liveText(widget), 'Paused.');
  await expectNoAxeViolations(page, 'player paused');
  await context.close();
});

test('End session asks first: Keep going keeps the session, Yes, end it goes to the rating', async () => {
  const { page, context, widget } = await openPlayer();
  await press(page, 'Start session');
  await widget.button('Pause').waitFor();
  const heading = await widget.heading().innerText();
  const question = widget.root.getByRole('alertdialog', { name: 'End the session now?' });
  const focused = (locator) => locator.evaluate((el) => el.matches(':focus'));

  await press(page, 'End session');
  await question.waitFor();
  assert.ok(await focused(question), 'focus moves to the question');
  assert.ok(await widget.button('Resume').isVisible(), 'the session is paused while it asks');
  assert.equal(await liveText(widget), 'Paused.');
  await expectNoAxeViolations(page, 'end-session question');

  await press(page, 'Keep going');
  await question.waitFor({ state: 'detached' });
  assert.ok(await focused(widget.button('End session')), 'focus is back on End session');
  assert.equal(await widget.heading().innerText(), heading, 'still in the same session');
  assert.ok(await widget.button('Resume').isVisible(), 'still paused: the reader resumes');
  await expectNoAxeViolations(page, 'player after keep going');

  // Escape also means keep going.
  await page.keyboard.press('Enter');
  await question.waitFor();
  await page.keyboard.press('Escape');
  await question.waitFor({ state: 'detached' });
  assert.ok(await focused(widget.button('End session')), 'Escape returns focus to End session');
  assert.ok(await widget.button('Resume').isVisible());

  // Resuming puts the question away for good; only Yes, end it ends the session.
  await press(page, 'Resume');
  await widget.button('Pause').waitFor();
  await press(page, 'End session');
  await question.waitFor();
  await press(page, 'Yes, end it');
  await widget.waitForHeading('Well done. How did it go?');
  await context.close();
});

test('paused shows as a word by the ring, and the switches are named without their tick', async () => {
  const { page, context, widget } = await openPlayer();
  const paused = widget.root.getByText('Paused', { exact: true });
  await page.keyboard.press('Space');
  await widget.button('Pause').waitFor();
  assert.equal(await paused.count(), 0, 'no Paused word while playing');
  await page.keyboard.press('Space');
  await widget.button('Resume').waitFor();
  await paused.waitFor({ state: 'visible' });
  assert.match(await widget.root.getByRole('timer').getAttribute('aria-label'), /, paused$/);
  await expectNoAxeViolations(page, 'player paused, Paused shown');
  // The tick is for the eye; the state is in aria-pressed.
  for (const name of ['Sound', 'Voice']) {
    assert.equal(await widget.button(name).getAttribute('aria-pressed'), 'true', `${name} is on`);
  }
  await press(page, 'Sound');
  assert.equal(await widget.button('Sound').getAttribute('aria-pressed'), 'false', 'Sound turned off');
  await expectNoAxeViolations(page, 'player with sound off');
  await page.keyboard.press('Space'); // on the Sound button: presses it again
  assert.equal(await widget.button('Sound').getAttribute('aria-pressed'), 'true');
  await press(page, 'Resume');
  await paused.waitFor({ state: 'detached' });
  await context.close();
});

for (const [width, height, alsoOnScreen] of [
  [320, 568, []],
  [390, 844, ['Skip', 'End session']],
]) {
  test(`at ${width}x${height} the phase, the ring and Pause fit on one screen`, async () => {
    const { page, context, widget } = await openPlayer({ viewport: { width, height } });
    await press(page, 'Start session');
    await widget.button('Pause').waitFor();
    const inside = async (what, locator) => {
      const box = await locator.boundingBox();
      assert.ok(box, `${what} is shown`);
      const where = `${what} at x ${box.x}..${box.x + box.width}, y ${box.y}..${box.y + box.height}`;
      assert.ok(box.x >= 0 && box.x + box.width <= width, `${where}: inside ${width} px wide`);
      assert.ok(box.y >= 0 && box.y + box.height <= height, `${where}: inside ${height} px tall`);
    };
    await inside('the Pause button', widget.button('Pause'));
    await inside('the ring', widget.root.getByRole('timer'));
    for (const name of alsoOnScreen) await inside(name, widget.button(name));
    await expectNoAxeViolations(page, `player running at ${width}x${height}`);
    await context.close();
  });
}

test('a reload during a session offers to resume where it was', async () => {
  const { page, context, widget } = await openPlayer();
  await press(page, 'Start session');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  const before = await widget.root.getByRole('timer').getAttribute('aria-label');
  const heading = await widget.heading().innerText();
  await page.reload();
  const again = new Widget(page);
  await again.button('Resume').waitFor();
  assert.equal(await again.heading().innerText(), heading);
  const phaseBefore = before.split(',')[0];
  assert.equal((await again.root.getByRole('timer').getAttribute('aria-label')).split(',')[0], phaseBefore);
  await press(page, 'Resume');
  await again.button('Pause').waitFor();
  await context.close();
});

test('"too easy" after a session raises the next dose', async () => {
  const { page, context } = await openPage(env, '/');
  const widget = new Widget(page);
  await widget.waitUntilReady();
  await answerToRoutine(page, widget);
  const cards = () =>
    widget.root
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) })
      .evaluateAll((items) => items.map((li) => li.querySelector('h3').nextElementSibling?.textContent ?? ''));
  const before = await cards();
  await playToRating(page, widget);
  const groups = widget.root.getByRole('group').filter({ has: page.getByRole('radio', { name: 'Too easy' }) });
  for (let i = 0; i < (await groups.count()); i += 1) {
    const group = groups.nth(i);
    await pickRadio(page, 'Too easy', group);
  }
  await press(page, 'Save session');
  await widget.waitForHeading('Your progress');
  await press(page, 'Back to my routine');
  await widget.waitForHeading('Your routine');
  const after = await cards();
  assert.notDeepEqual(after, before, `doses before: ${before.join(' | ')}; after: ${after.join(' | ')}`);
  await context.close();
});

/** From the routine, plays a whole session and rates pain after it. */
async function sessionRatedAfter(page, widget, painAfter) {
  await playToRating(page, widget);
  await pickRadio(page, painAfter);
}

test('high pain gets advice before and after a session, and a clinician when it comes back', async () => {
  const { page, context, errors } = await openPage(env, '/demo/blog.html');
  const widget = new Widget(page);
  await widget.waitUntilReady();
  await answerToRoutine(page, widget);
  // Every screen after the welcome carries the reminder and the clinic's booking link.
  assert.match(await widget.text(), /General self-care information, not a diagnosis\./);
  const footerLink = widget.root.getByRole('link', { name: 'Book with Harbour Street Physio (opens in a new tab)' });
  assert.equal(await footerLink.getAttribute('href'), 'https://example.org/book');

  // Before: the emergency signs are repeated, and pain already at 6+ gets a note (R6).
  await press(page, 'Start session');
  await widget.waitForHeading('Before you start');
  assert.match(await widget.text(), /call your local emergency number.*numb around the groin/s);
  await pickRadio(page, '7');
  assert.match(await widget.text(), /Your pain is already 6 or more out of 10.*rest today/s);
  await expectNoAxeViolations(page, 'pain check with high pain', 'knot-coach');
  await press(page, 'Back to my routine');
  await widget.waitForHeading('Your routine');

  // After one session at 7: step back next time.
  await sessionRatedAfter(page, widget, '7');
  assert.match(await widget.text(), /sign to step back/);
  assert.doesNotMatch(await widget.text(), /after your last session too/);
  await press(page, 'Save session');
  await widget.waitForHeading('Your progress');
  await press(page, 'Back to my routine');
  await widget.waitForHeading('Your routine');

  // After a second session at 7: stop and see a clinician, with the booking button.
  await sessionRatedAfter(page, widget, '7');
  assert.match(await widget.text(), /Your pain was 6 or more after your last session too\..*stop the routine/s);
  const booking = widget.root.getByRole('link', { name: 'Book an appointment with Harbour Street Physio (opens in a new tab)' });
  assert.equal(await booking.getAttribute('href'), 'https://example.org/book');
  await expectNoAxeViolations(page, 'rating after a second session with high pain', 'knot-coach');
  // Once saved, the advice stays: on the routine and before the next session.
  await press(page, 'Save session');
  await widget.waitForHeading('Your progress');
  await press(page, 'Back to my routine');
  await widget.waitForHeading('Your routine');
  const advice = /after each of your last two sessions\. Please stop the routine/;
  assert.match(await widget.text(), advice);
  assert.equal(await booking.getAttribute('href'), 'https://example.org/book');
  await press(page, 'Start session');
  await widget.waitForHeading('Before you start');
  assert.match(await widget.text(), advice);
  await expectNoAxeViolations(page, 'pain check after high pain twice', 'knot-coach');
  // The demo page has no icon, so the browser's requests for /favicon.ico are the only 404s.
  assert.deepEqual(errors.filter((e) => !/status of 404/.test(e)), []);
  await context.close();
});

test('Next exercise moves on a whole exercise at a time, announcing the next one', async () => {
  const { page, context, errors, widget } = await openPlayer();
  await page.keyboard.press('Space');
  await widget.button('Pause').waitFor();
  const readies = [await liveText(widget)];
  for (let i = 0; i < 20 && !(await widget.button('Finish and rate').isVisible()); i += 1) {
    await press(page, 'Next exercise');
    const said = await liveText(widget);
    if (!(await widget.button('Finish and rate').isVisible())) {
      assert.match(said, /^Get ready: /, 'each press lands on the next get-ready');
      readies.push(said);
    }
  }
  assert.equal(await widget.button('Finish and rate').isVisible(), true, 'the last press finishes');
  // The pressed button went with the controls; focus moved on to Finish and rate.
  assert.equal(await widget.button('Finish and rate').evaluate((el) => el.matches(':focus')), true);
  const names = readies.map((a) => a.replace(/^Get ready: /, '').split(',')[0]);
  assert.ok(names.length >= 3, `several exercises: ${names.join(' > ')}`);
  assert.equal(new Set(names).size, names.length, `each exercise once, in order: ${names.join(' > ')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 320 px wide every pain rating is at least 44 px square to tap', async () => {
  const { page, context } = await openPage(env, '/', { viewport: { width: 320, height: 640 } });
  const widget = new Widget(page);
  await widget.waitUntilReady();
  await answerToRoutine(page, widget);
  await press(page, 'Start session');
  await widget.waitForHeading('Before you start');
  for (let n = 0; n <= 10; n += 1) {
    const box = await widget.root.locator('label', { hasText: new RegExp(`^${n}$`) }).boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `rating ${n} is ${box.width}x${box.height}`);
  }
  await context.close();
});

test('before Start, the player leads back to the routine and logs nothing', async () => {
  const { page, context, errors, widget } = await openPlayer();
  assert.equal(await widget.button('End session').count(), 0, 'nothing to end before Start');
  await press(page, 'Back to my routine');
  await widget.waitForHeading('Your routine');
  await press(page, 'My progress');
  await widget.waitForHeading('Your progress');
  assert.match(await widget.text(), /No sessions yet/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the End session question goes away for good when the reader skips on instead', async () => {
  const { page, context, widget } = await openPlayer();
  await press(page, 'Start session');
  await press(page, 'End session');
  const question = widget.root.getByRole('alertdialog', { name: 'End the session now?' });
  await question.waitFor();
  await widget.button('Skip').click();
  await question.waitFor({ state: 'detached' });
  // Still paused, as End session left it; playing on and pausing again asks nothing.
  await press(page, 'Resume');
  await press(page, 'Pause');
  await widget.button('Resume').waitFor();
  assert.equal(await question.count(), 0, 'pausing later does not bring the old question back');
  await context.close();
});
