// The standalone page: the welcome screen, by keyboard alone, clean under axe-core.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Widget, chromiumOnly, expectNoAxeViolations, launch, openPage, tabTo } from '../support.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

test('the welcome screen says what the widget does and that it is not a diagnosis', async () => {
  const { page, errors } = await openPage(env, '/');
  const widget = new Widget(page);
  await widget.waitUntilReady();
  assert.match(await widget.heading().innerText(), /Ease the knot/);
  const note = widget.root.getByRole('note');
  assert.match(await note.innerText(), /general self-care information, not a diagnosis/);
  assert.equal(await widget.button('Start').isEnabled(), true);
  await expectNoAxeViolations(page, 'standalone welcome screen');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a keyboard user reaches Start with Tab, sees its focus ring and moves on with Enter', async () => {
  const { page } = await openPage(env, '/');
  const widget = new Widget(page);
  await widget.waitUntilReady();
  const start = await tabTo(page, 'button', 'Start');
  const outline = await start.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  assert.notEqual(outline.style, 'none', 'focused Start shows an outline');
  assert.ok(outline.width >= 2, `focus outline is at least 2px, got ${outline.width}`);

  await page.keyboard.press('Enter');
  await widget.waitForHeading('Do you have any of these along with the back pain?');
  await expectNoAxeViolations(page, 'standalone next step');

  await tabTo(page, 'button', 'Back');
  await page.keyboard.press('Space');
  await widget.button('Start').waitFor();
  await page.context().close();
});

test('the widget is usable at phone width', async () => {
  const { page } = await openPage(env, '/', { viewport: { width: 320, height: 640 } });
  const widget = new Widget(page);
  await widget.waitUntilReady();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 320px, overflow ${overflow}px`);
  await expectNoAxeViolations(page, 'welcome at 320px');
  await page.context().close();
});

// Issue 17: the welcome screen is its own small part, and the whole widget loads behind it.

/** Resource names the page downloaded, in order. */
function downloaded(page) {
  return page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname.split('/').pop()));
}

test('Start pressed before the rest of the widget has loaded says the questions are coming, then shows the first one', async () => {
  const { page, errors } = await openPage(env, '/');
  // Hold the whole widget's wasm until the reader has pressed Start.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/knot-coach-full_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  const widget = new Widget(page);
  await widget.waitUntilReady();
  await widget.button('Start').click();
  const status = widget.root.getByRole('status');
  await status.filter({ hasText: 'Getting the questions ready…' }).waitFor();
  await expectNoAxeViolations(page, 'welcome screen while the rest loads');
  release();
  await widget.waitForHeading('Do you have any of these along with the back pain?');
  // The reader is taken to the question: focus is on its heading, as after any Start.
  assert.equal(await widget.heading().evaluate((h) => h.getRootNode().activeElement === h), true);
  assert.deepEqual(errors, []);
  await page.context().close();
});

// Over WebDriver BiDi, Firefox fails the first aborted request but answers the second with a
// 200 (resource timing shows it), so the failure cannot be staged there. The failure and the
// retry are checked in all three engines by tests/browser_door.rs, with a loader that fails.
test(
  'offline before the rest of the widget loaded, Start says so; back online, Start again goes on',
  { skip: chromiumOnly('route.abort fails only the first request over BiDi') },
  async () => {
    const { page, errors } = await openPage(env, '/');
    await page.route('**/knot-coach-full_bg.wasm', (route) => route.abort('internetdisconnected'));
    const widget = new Widget(page);
    await widget.waitUntilReady();
    await widget.button('Start').click();
    await widget.root.getByRole('status').filter({ hasText: 'The rest of Knot Coach could not be loaded' }).waitFor();
    assert.match(await widget.text(), /Check your connection, then press Start again\./);
    await expectNoAxeViolations(page, 'welcome screen after a failed load');
    await page.unroute('**/knot-coach-full_bg.wasm');
    await widget.button('Start').click();
    await widget.waitForHeading('Do you have any of these along with the back pain?');
    // Only the console's own report of the aborted request, and the widget's warning.
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|NS_ERROR|Load failed|could not load|Failed to fetch|NetworkError/i.test(e)), []);
    await page.context().close();
  },
);

test('a returning reader downloads the whole widget alone, and is back where they left off', async () => {
  const { page, errors } = await openPage(env, '/');
  const widget = new Widget(page);
  await widget.waitUntilReady();
  assert.ok((await downloaded(page)).includes('knot-coach-app_bg.wasm'), 'a first visit starts with the welcome part');
  await widget.button('Start').click();
  await widget.waitForHeading('Do you have any of these along with the back pain?');
  await page.reload();
  await widget.waitForHeading('Do you have any of these along with the back pain?');
  const files = await downloaded(page);
  assert.ok(files.includes('knot-coach-full_bg.wasm'), `the whole widget: ${files.join(', ')}`);
  // (The standalone page preloads the welcome part's 5 KB of JS, which helps a first visit.)
  assert.ok(!files.includes('knot-coach-app_bg.wasm'), `not the welcome part: ${files.join(', ')}`);
  assert.deepEqual(errors, []);
  await page.context().close();
});
