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
export async function launch({ compress = false } = {}) {
  const server = await startServer({ compress });
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
  if (contextOptions.hasTouch) usesTouch(page);
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
  await expectControlsReachable(page, label);
}

/** The widths every screen state is hit-tested at: a small phone, a common phone, a laptop. */
export const HIT_TEST_WIDTHS = [320, 390, 1280];

/**
 * Finds every visible control in the page's widgets whose centre a tap would not reach: the
 * element at the centre of its box (the shadow root's `elementFromPoint`, after scrolling
 * it into view) is neither the control nor inside it. Returns one line per such control.
 * Runs in the page; leaves the scroll position as it found it.
 */
function controlsOutOfReach() {
  const nameOf = (el) =>
    (el.getAttribute('aria-label') ||
      (el.labels && el.labels[0] && el.labels[0].textContent) ||
      el.textContent ||
      el.getAttribute('title') ||
      el.getAttribute('name') ||
      el.tagName).trim().replace(/\s+/g, ' ').slice(0, 60);
  const describe = (el) => {
    if (!el) return 'nothing (outside the viewport)';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `<${el.tagName.toLowerCase()}${cls}> "${(el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  };
  // Where a reader taps: the centre of the control's box; for a control drawn as SVG shapes
  // (a region of the back diagram, left and right), a point inside each shape, since the
  // centre of the pair's box lies between them.
  const tapPoints = (el, box) => {
    const shapes = el instanceof SVGElement ? [...el.querySelectorAll('path, circle, ellipse, rect, polygon')] : [];
    if (shapes.length === 0) {
      const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
      return [[x, y]];
    }
    return shapes.flatMap((shape) => {
      const b = shape.getBBox();
      const toScreen = shape.getScreenCTM();
      const inside = [];
      for (let i = 1; i < 8; i += 1) {
        for (let j = 1; j < 8; j += 1) {
          const p = new DOMPoint(b.x + (b.width * i) / 8, b.y + (b.height * j) / 8);
          if (shape.isPointInFill(p)) inside.push(p);
        }
      }
      if (inside.length === 0 || !toScreen) return [];
      // The inside point nearest the shape's centre.
      const cx = b.x + b.width / 2;
      const cy = b.y + b.height / 2;
      inside.sort((p, q) => Math.hypot(p.x - cx, p.y - cy) - Math.hypot(q.x - cx, q.y - cy));
      const screen = inside[0].matrixTransform(toScreen);
      return [[screen.x, screen.y]];
    });
  };
  const selector = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="radio"], [role="checkbox"], [tabindex]:not([tabindex="-1"])';
  const { scrollX, scrollY } = window;
  const problems = [];
  for (const host of document.querySelectorAll('knot-coach')) {
    const root = host.shadowRoot;
    if (!root) continue;
    for (const el of root.querySelectorAll(selector)) {
      if (!el.isConnected || el.closest('[hidden], [inert]')) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || style.display === 'none') continue;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const box = el.getBoundingClientRect();
      // Visually hidden helpers (1 px, clipped) are reached through their labels.
      if (box.width <= 1 || box.height <= 1) continue;
      for (const [x, y] of tapPoints(el, box)) {
        const hit = root.elementFromPoint(x, y);
        if (hit === el || (hit && el.contains(hit))) continue;
        problems.push(`"${nameOf(el)}" (${el.tagName.toLowerCase()}) is covered by ${describe(hit)}`);
        break;
      }
    }
  }
  window.scrollTo(scrollX, scrollY);
  return problems;
}

/**
 * A reader's tap lands on every visible control of every widget on the page, at each of
 * HIT_TEST_WIDTHS (the viewport's height is kept, and its width restored afterwards). Fails
 * with the screen and the name of each control that something else covers.
 */
export async function expectControlsReachable(page, screen) {
  const viewport = page.viewportSize();
  if (!viewport) return;
  const problems = [];
  try {
    for (const width of HIT_TEST_WIDTHS) {
      await page.setViewportSize({ width, height: viewport.height });
      for (const line of await page.evaluate(controlsOutOfReach)) problems.push(`at ${width} px: ${line}`);
    }
  } finally {
    await page.setViewportSize(viewport);
  }
  assert.deepEqual(problems, [], `controls a tap cannot reach on "${screen}"`);
}

/** Pages whose context emulates a touch screen: their helpers tap instead of clicking. */
const touchPages = new WeakSet();

/** Marks `page` as a touch screen (openPage does this for `hasTouch` contexts). */
export function usesTouch(page) {
  touchPages.add(page);
}

/**
 * Activates a control the way a reader of this page does: a tap on a touch screen, a mouse
 * click otherwise. Playwright's own checks apply (visible, stable, enabled, and the control
 * itself receives the pointer at the point it taps), and no `force`.
 */
export async function activate(page, locator) {
  if (touchPages.has(page)) await locator.tap();
  else await locator.click();
}

/** The one control with this role and name in the page (piercing the widget's shadow root). */
async function only(page, role, name, scope = page) {
  const target = scope.getByRole(role, { name, exact: true });
  if ((await target.count()) !== 1) {
    const names = await page.locator('knot-coach').first().ariaSnapshot().catch(() => '');
    assert.fail(`expected one ${role} "${name}", found ${await target.count()}; the widget shows:\n${names}`);
  }
  return target;
}

/** Taps or clicks the button with this name. */
export async function press(page, name, scope = page) {
  await activate(page, await only(page, 'button', name, scope));
}

/** Taps or clicks a checkbox and checks that it is ticked. */
export async function tick(page, name, scope = page) {
  const box = await only(page, 'checkbox', name, scope);
  await activate(page, box);
  assert.equal(await box.isChecked(), true, `"${name}" is ticked`);
}

/** Taps or clicks a radio button and checks that it is selected. */
export async function pickRadio(page, name, scope = page) {
  const radio = await only(page, 'radio', name, scope);
  await activate(page, radio);
  assert.equal(await radio.isChecked(), true, `"${name}" is selected`);
}

/** Taps or clicks a text field and types into it, as a reader does with the on-screen keys. */
export async function typeInto(page, locator, text) {
  await activate(page, locator);
  await page.keyboard.type(text);
}

/** Presses Tab until the focused element has the given accessible role and name. */
export async function tabTo(page, role, name, maxPresses = 30) {
  const target = await only(page, role, name);
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

/** The pointer reader's moves (a tap on a touch screen, a click otherwise). */
export const byPointer = {
  press,
  tick,
  pickRadio,
  async typeInto(page, name, text) {
    await typeInto(page, await only(page, 'textbox', name), text);
  },
};

/** The keyboard-only reader's moves: Tab to a control, then the key that works it. */
export const byKeyboard = {
  /** Tabs to a button and presses Enter. */
  async press(page, name) {
    await tabTo(page, 'button', name);
    await page.keyboard.press('Enter');
  },
  /** Tabs to a checkbox and ticks it with Space. */
  async tick(page, name) {
    const box = await tabTo(page, 'checkbox', name);
    await page.keyboard.press('Space');
    assert.equal(await box.isChecked(), true, `"${name}" is ticked`);
  },
  /** Tabs to the radio group holding `name`, then selects it with the arrow keys. */
  async pickRadio(page, name, scope = page) {
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
  },
  /** Tabs to the text field and types. */
  async typeInto(page, name, text) {
    await tabTo(page, 'textbox', name);
    await page.keyboard.type(text);
  },
};

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

  /** Waits for a screen's heading, then hit-tests the screen's controls. */
  async waitForHeading(name) {
    await this.root.getByRole('heading', { level: 2, name }).waitFor();
    await expectControlsReachable(this.page, typeof name === 'string' ? name : String(name));
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

/** Answers the questionnaire with no red flags (by pointer unless `moves` says otherwise)
 * and lands on "Your routine". */
export async function answerToRoutine(page, widget, { minutes = '5 minutes', equipment = [], moves = byPointer } = {}) {
  await moves.press(page, 'Start');
  await widget.waitForHeading('Do you have any of these along with the back pain?');
  await answerScreeningWithoutFlags(page, widget, { moves });
  await widget.waitForHeading('What have you tried so far, and how did it go?');
  await moves.press(page, 'Continue');
  await widget.waitForHeading('On a typical day, how many hours do you spend sitting?');
  await moves.typeInto(page, 'Number of hours', '8');
  await moves.press(page, 'Continue');
  await widget.waitForHeading('Which of these do you have at home?');
  if (equipment.length === 0) await moves.tick(page, 'None of these');
  for (const item of equipment) await moves.tick(page, item);
  await moves.press(page, 'Continue');
  await widget.waitForHeading('How much time can you give each session?');
  await moves.pickRadio(page, minutes);
  await moves.press(page, 'Continue');
  await widget.waitForHeading('Check your answers');
  await moves.press(page, 'See my result');
  await widget.waitForHeading('Your routine');
}

/** The text of the widget's polite live region (what a screen reader announces). */
export function liveText(widget) {
  return widget.root.evaluate((host) => host.shadowRoot.querySelector('[aria-live="polite"]')?.textContent ?? '');
}

/** From the welcome screen to the see-a-clinician result for one warning sign. */
export async function clinicianJourney(page, widget, sign = 'Losing weight without trying', { moves = byPointer } = {}) {
  await moves.press(page, 'Start');
  await widget.waitForHeading('Do you have any of these along with the back pain?');
  await moves.tick(page, 'None of these');
  await moves.press(page, 'Continue');
  await widget.waitForHeading('Where is the knot?');
  await moves.pickRadio(page, 'Between the shoulder blades');
  await moves.press(page, 'Continue');
  await widget.waitForHeading('How long have you had it?');
  await moves.pickRadio(page, 'Three months or more');
  await moves.press(page, 'Continue');
  await widget.waitForHeading('How old are you?');
  await moves.pickRadio(page, '20 to 49');
  await moves.press(page, 'Continue');
  await widget.waitForHeading('Have you noticed any of these?');
  await moves.tick(page, sign);
  await moves.press(page, 'Continue');
  await widget.waitForHeading('Does any of this apply to you?');
  await moves.tick(page, 'None of these');
  await moves.press(page, 'Continue');
  await widget.waitForHeading('Check your answers');
  await moves.press(page, 'See my result');
  await widget.waitForHeading('Please get checked before you try self-care');
}

/** From the first question, answers the screening questions with no red flags, checking
 * axe-core on the location question (with the back diagram). */
export async function answerScreeningWithoutFlags(
  page,
  widget,
  { age = '20 to 49', duration = 'From a week up to three months', moves = byPointer } = {},
) {
  await moves.tick(page, 'None of these');
  await moves.press(page, 'Continue');
  await widget.waitForHeading('Where is the knot?');
  await expectNoAxeViolations(page, 'location question', 'knot-coach');
  await moves.pickRadio(page, 'Between the shoulder blades');
  await moves.press(page, 'Continue');
  await widget.waitForHeading('How long have you had it?');
  await moves.pickRadio(page, duration);
  await moves.press(page, 'Continue');
  await widget.waitForHeading('How old are you?');
  await moves.pickRadio(page, age);
  await moves.press(page, 'Continue');
  await widget.waitForHeading('Have you noticed any of these?');
  await moves.tick(page, 'None of these');
  await moves.press(page, 'Continue');
  await widget.waitForHeading('Does any of this apply to you?');
  await moves.tick(page, 'None of these');
  await moves.press(page, 'Continue');
}
