// Shared end-to-end helpers: the local server, the browser (Debian's Chromium, or Firefox
// ESR with KC_ENGINE=firefox), axe-core, and a page object.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
// Firefox goes through Playwright 1.64.1 over WebDriver BiDi: 1.65 fails at newContext with
// Firefox 153 ESR (see ../shared/TOOLCHAIN.md). Both versions sit in package.json.
import { firefox } from 'playwright-core-ff';
import AxeBuilder from '@axe-core/playwright';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The engine this run drives: `KC_ENGINE=chromium` (the default) or `KC_ENGINE=firefox`. */
export const ENGINE = process.env.KC_ENGINE ?? 'chromium';

/**
 * `false` in Chromium; elsewhere the reason a Chromium-only test is skipped, for node:test's
 * `{ skip }` option, which prints it.
 */
export function chromiumOnly(why) {
  return ENGINE === 'chromium' ? false : `Chromium only in this suite (${why}); not run in ${ENGINE}`;
}

/** Launches the headless browser of this run's engine (from apt; nothing is downloaded). */
export async function launchBrowser() {
  if (ENGINE === 'chromium') {
    return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  }
  if (ENGINE === 'firefox') {
    return firefox.launch({ channel: 'moz-firefox', executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr' });
  }
  throw new Error(`KC_ENGINE=${ENGINE}: Playwright drives chromium or firefox here (WebKit has its own suite in webkit/)`);
}

/** Starts the static server and the run's headless browser; call `close()` when done. */
export async function launch() {
  const server = await startServer();
  const browser = await launchBrowser();
  return {
    baseUrl: server.url,
    browser,
    engine: ENGINE,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Clicks `button` (a locator) and returns the file it downloads, `{ name, text }`. Chromium
 * reports downloads to Playwright; Firefox over BiDi (Playwright 1.64) does not, so there the
 * blob behind the download link is read in the page instead (the click is the same).
 */
export async function downloadOf(page, button) {
  if (ENGINE === 'chromium') {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }
  await page.evaluate(() => {
    if (window.__kcDownloads) return;
    const blobs = new Map();
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (object) => {
      const url = createObjectURL.call(URL, object);
      blobs.set(url, object);
      return url;
    };
    window.__kcDownloads = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) window.__kcDownloads.push({ name: this.download, blob: blobs.get(this.href) });
      return click.call(this);
    };
  });
  const before = await page.evaluate(() => window.__kcDownloads.length);
  await button.click();
  await page.waitForFunction((n) => window.__kcDownloads.length > n, before);
  return page.evaluate(async () => {
    const { name, blob } = window.__kcDownloads.at(-1);
    return { name, text: await blob.text() };
  });
}

/** Opens `path` in a fresh context and collects console errors and page errors. */
export async function openPage(env, path, contextOptions = {}) {
  const context = await env.browser.newContext(contextOptions);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(env.baseUrl + path);
  return { page, context, errors };
}

/** Runs axe-core on the page (or inside `include`) and fails on any violation. */
export async function expectNoAxeViolations(page, label, include) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(summary, [], `axe-core violations on ${label}`);
}

/** Presses Tab until the focused element has the given accessible role and name. */
export async function tabTo(page, role, name, maxPresses = 30) {
  const target = page.getByRole(role, { name, exact: true });
  if ((await target.count()) !== 1) {
    const names = await page.locator('knot-coach').first().ariaSnapshot().catch(() => '');
    assert.fail(`expected one ${role} "${name}", found ${await target.count()}; the widget shows:\n${names}`);
  }
  // Already there (the widget moved focus to it): Firefox does not cycle back from the end
  // of the page to its start with Tab, so tabbing away would never come back.
  if (await target.evaluate((el) => el.matches(':focus')).catch(() => false)) return target;
  // A target behind the focus is reached with Shift+Tab, as a reader who sees it would:
  // Chromium's Tab cycles round the page and back, but Firefox's leaves the page for good.
  const behind = await target.evaluate((el) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return Boolean(active && active !== document.body && el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press(behind ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el.matches(':focus')).catch(() => false)) return target;
  }
  assert.fail(`could not reach ${role} "${name}" with the Tab key`);
}

/** Tabs to the radio group holding `name`, then selects it with the arrow keys. */
export async function pickRadio(page, name, scope = page) {
  const target = scope.getByRole('radio', { name, exact: true });
  const focusedIsRadio = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      return el instanceof HTMLInputElement && el.type === 'radio';
    });
  for (let i = 0; i < 30 && !(await focusedIsRadio()); i += 1) await page.keyboard.press('Tab');
  assert.ok(await focusedIsRadio(), `no radio group reached while looking for "${name}"`);
  for (let i = 0; i < 12; i += 1) {
    if (await target.isChecked()) return;
    await page.keyboard.press('ArrowDown');
  }
  assert.fail(`could not select radio "${name}" with the arrow keys`);
}

/** Tabs to a checkbox and ticks it with Space. */
export async function tick(page, name) {
  const box = await tabTo(page, 'checkbox', name);
  await page.keyboard.press('Space');
  assert.equal(await box.isChecked(), true, `"${name}" is ticked`);
}

/** Tabs to a button and presses Enter. */
export async function press(page, name) {
  await tabTo(page, 'button', name);
  await page.keyboard.press('Enter');
}

/** The widget as a reader sees it, found through roles and names. */
export class Widget {
  constructor(page, root = page.locator('knot-coach').first()) {
    this.page = page;
    this.root = root;
  }

  heading() {
    return this.root.getByRole('heading', { level: 2 });
  }

  button(name) {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** The text the reader sees inside the widget (its shadow root). */
  text() {
    return this.root.evaluate((host) => host.shadowRoot?.firstElementChild?.innerText ?? '');
  }

  async waitForHeading(name) {
    await this.root.getByRole('heading', { level: 2, name }).waitFor();
  }

  /**
   * Scrolls the widget into view, as a reader does (it downloads only when near the
   * viewport), and waits for its Start button.
   */
  async waitUntilReady() {
    await this.root.evaluate((host) => host.scrollIntoView({ block: 'nearest' }));
    await this.button('Start').waitFor({ state: 'visible' });
  }
}

/** Answers the questionnaire with no red flags by keyboard and lands on "Your routine". */
export async function answerToRoutine(page, widget, { minutes = '5 minutes', equipment = [] } = {}) {
  await press(page, 'Start');
  await widget.waitForHeading('Do you have any of these along with the back pain?');
  await answerScreeningWithoutFlags(page, widget);
  await widget.waitForHeading('What have you tried so far, and how did it go?');
  await press(page, 'Continue');
  await widget.root.getByRole('textbox').focus();
  await page.keyboard.type('8');
  await press(page, 'Continue');
  await widget.waitForHeading('Which of these do you have at home?');
  if (equipment.length === 0) await tick(page, 'None of these');
  for (const item of equipment) await tick(page, item);
  await press(page, 'Continue');
  await pickRadio(page, minutes);
  await press(page, 'Continue');
  await widget.waitForHeading('Check your answers');
  await press(page, 'See my result');
  await widget.waitForHeading('Your routine');
}

/** The text of the widget's polite live region (what a screen reader announces). */
export function liveText(widget) {
  return widget.root.evaluate((host) => host.shadowRoot.querySelector('[aria-live="polite"]')?.textContent ?? '');
}

/** From the welcome screen, by keyboard, to the see-a-clinician result for one warning sign. */
export async function clinicianJourney(page, widget, sign = 'Losing weight without trying') {
  await press(page, 'Start');
  await tick(page, 'None of these');
  await press(page, 'Continue');
  await pickRadio(page, 'Between the shoulder blades');
  await press(page, 'Continue');
  await pickRadio(page, 'Three months or more');
  await press(page, 'Continue');
  await pickRadio(page, '20 to 49');
  await press(page, 'Continue');
  await tick(page, sign);
  await press(page, 'Continue');
  await tick(page, 'None of these');
  await press(page, 'Continue');
  await widget.waitForHeading('Check your answers');
  await press(page, 'See my result');
  await widget.waitForHeading('Please get checked before you try self-care');
}

/** From the first question, answers the screening questions with no red flags, checking
 * axe-core on the location question (with the back diagram). */
export async function answerScreeningWithoutFlags(page, widget, { age = '20 to 49', duration = 'From a week up to three months' } = {}) {
  await tick(page, 'None of these');
  await press(page, 'Continue');
  await widget.waitForHeading('Where is the knot?');
  await expectNoAxeViolations(page, 'location question', 'knot-coach');
  await pickRadio(page, 'Between the shoulder blades');
  await press(page, 'Continue');
  await widget.waitForHeading('How long have you had it?');
  await pickRadio(page, duration);
  await press(page, 'Continue');
  await widget.waitForHeading('How old are you?');
  await pickRadio(page, age);
  await press(page, 'Continue');
  await widget.waitForHeading('Have you noticed any of these?');
  await tick(page, 'None of these');
  await press(page, 'Continue');
  await widget.waitForHeading('Does any of this apply to you?');
  await tick(page, 'None of these');
  await press(page, 'Continue');
}
