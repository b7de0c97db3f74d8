// The single-file build opened from disk (file://) works with no server at all.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Widget, expectNoAxeViolations, launchBrowser, press, tick } from '../support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('knot-coach.html opened from file:// runs the questionnaire with no network', async () => {
  const file = new URL('../../../dist/knot-coach.html', import.meta.url);
  assert.ok(fileURLToPath(file));
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(file.href);
  const widget = new Widget(page);
  await widget.waitUntilReady();
  await press(page, 'Start');
  await tick(page, 'Feeling short of breath or finding it hard to breathe');
  await press(page, 'Continue');
  await widget.waitForHeading('Get medical help now');
  await expectNoAxeViolations(page, 'single-file emergency screen');
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:')), []);
  await context.close();
});

test('knot-coach.html speaks French from file:// too: its French words are inlined', async () => {
  const file = new URL('../../../dist/knot-coach.html', import.meta.url);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(file.href);
  const widget = new Widget(page);
  await widget.waitUntilReady();
  // A clinic's copy in French says so on the element, as a French blog post does.
  await page.locator('knot-coach').evaluate((host) => host.setAttribute('lang', 'fr'));
  await widget.button('Commencer').waitFor();
  await press(page, 'Commencer');
  await widget.waitForHeading('Avez-vous l’un de ces symptômes en plus du mal de dos?');
  await expectNoAxeViolations(page, 'single-file, in French');
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:')), []);
  await context.close();
});
