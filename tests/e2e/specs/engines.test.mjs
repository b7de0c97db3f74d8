// What differs between browser engines (issue 12), run in each Playwright engine (KC_ENGINE):
// one download of the widget, the player's notes on missing browser features, and layout at
// phone and desktop widths, with screenshots under target/screenshots/<engine>/ to look at.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { ENGINE, Widget, answerToRoutine, launch, openPage } from '../support.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const SHOTS = fileURLToPath(new URL(`../../../target/screenshots/${ENGINE}/`, import.meta.url));

/** How many times each of the widget's files was downloaded, from resource timing. */
function downloads(page) {
  return page.evaluate(() => {
    const counts = {};
    for (const entry of performance.getEntriesByType('resource')) {
      const name = new URL(entry.name).pathname.split('/').pop();
      if (/^knot-coach/.test(name)) counts[name] = (counts[name] ?? 0) + 1;
    }
    return counts;
  });
}

for (const path of ['/', '/demo/blog.html']) {
  test(`${path} downloads each part's wasm and JS once`, async () => {
    const { page, context, errors } = await openPage(env, path);
    const widget = new Widget(page);
    await widget.waitUntilReady();
    await widget.button('Start').click();
    await widget.waitForHeading('Do you have any of these along with the back pain?');
    const counts = await downloads(page);
    for (const name of ['knot-coach-app_bg.wasm', 'knot-coach-app.js', 'knot-coach-full_bg.wasm', 'knot-coach-full.js']) {
      assert.equal(counts[name], 1, `${name} downloads: ${JSON.stringify(counts)}`);
    }
    assert.deepEqual(errors.filter((e) => !/status of 404/.test(e)), []);
    await context.close();
  });
}

/** What the browser offers the player, asked the way the player asks. */
function probeFeatures(page) {
  return page.evaluate(async () => {
    let keepAwake = false;
    if (navigator.wakeLock) {
      try {
        const lock = await navigator.wakeLock.request('screen');
        keepAwake = true;
        await lock.release();
      } catch {
        keepAwake = false;
      }
    }
    return {
      keepAwake,
      beeps: typeof AudioContext === 'function',
      voice: typeof speechSynthesis === 'object' && speechSynthesis.getVoices().length > 0,
      vibration: typeof navigator.vibrate === 'function',
    };
  });
}

const NOTES = {
  keepAwake: 'Your browser cannot keep the screen awake: tap the screen now and then.',
  beeps: 'Your browser cannot play the beeps: use Voice, or watch the timer.',
  voice: 'Your browser cannot speak the cues: use Sound, or watch the timer.',
  vibration: 'Your device cannot vibrate with the cues.',
};

test('the player says which of its cues this browser cannot give, and plays on', async (t) => {
  const { page, context, errors } = await openPage(env, '/');
  const widget = new Widget(page);
  await widget.waitUntilReady();
  await answerToRoutine(page, widget);
  await widget.button('Start session').click();
  await widget.waitForHeading('Before you start');
  await widget.button('Go to the timer').click();
  await widget.button('Start session').click();
  await widget.button('Pause').waitFor();
  const features = await probeFeatures(page);
  t.diagnostic(`${ENGINE}: ${JSON.stringify(features)}`);
  const expected = Object.keys(NOTES).filter((key) => !features[key]).map((key) => NOTES[key]);
  const note = widget.root.getByRole('note').filter({ hasText: /cannot/ });
  if (expected.length === 0) {
    assert.equal(await note.count(), 0, 'no note when every feature works');
  } else {
    await note.filter({ hasText: expected.at(-1) }).waitFor();
    assert.equal(await note.innerText(), expected.join(' '));
  }
  // The session plays on regardless: Skip still moves it forward.
  const before = await widget.root.getByRole('timer').getAttribute('aria-label');
  await widget.button('Skip').click();
  assert.notEqual(await widget.root.getByRole('timer').getAttribute('aria-label'), before);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Fails when the page scrolls sideways or the widget's card leaves the viewport. */
async function assertFits(page, width, label) {
  const layout = await page.evaluate(() => {
    const card = document.querySelector('knot-coach').shadowRoot.querySelector('.kc-card').getBoundingClientRect();
    return { overflow: document.documentElement.scrollWidth - window.innerWidth, left: card.left, right: card.right };
  });
  assert.ok(layout.overflow <= 0, `${label}: no horizontal scroll (${layout.overflow}px)`);
  assert.ok(layout.left >= 0 && layout.right <= width + 0.5, `${label}: card at ${layout.left}..${layout.right} inside ${width}px`);
}

for (const [width, height] of [
  [320, 640],
  [390, 844],
  [1200, 900],
]) {
  test(`at ${width} px the welcome, routine and player screens fit, with screenshots`, async () => {
    await mkdir(SHOTS, { recursive: true });
    const { page, context, errors } = await openPage(env, '/', { viewport: { width, height } });
    const widget = new Widget(page);
    await widget.waitUntilReady();
    await assertFits(page, width, 'welcome');
    await page.screenshot({ path: `${SHOTS}welcome-${width}.png`, fullPage: true });
    await answerToRoutine(page, widget);
    await assertFits(page, width, 'routine');
    await page.screenshot({ path: `${SHOTS}routine-${width}.png`, fullPage: true });
    await widget.button('Start session').click();
    await widget.waitForHeading('Before you start');
    await widget.button('Go to the timer').click();
    await widget.button('Start session').click();
    await widget.button('Pause').click();
    await widget.button('Resume').waitFor();
    await assertFits(page, width, 'player');
    await page.screenshot({ path: `${SHOTS}player-${width}.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
