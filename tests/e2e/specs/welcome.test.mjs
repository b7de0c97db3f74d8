// The standalone page: the welcome screen, by keyboard alone, clean under axe-core.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Widget, expectNoAxeViolations, launch, openPage, tabTo } from '../support.mjs';

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
