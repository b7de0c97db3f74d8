// The <knot-coach> embed on other people's pages: isolation both ways, two widgets, any path.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Widget, expectNoAxeViolations, launch, openPage } from '../support.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const PROPERTIES = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing',
  'word-spacing', 'text-transform', 'text-align', 'text-indent', 'color', 'background-color',
  'border-top-width', 'border-top-style', 'border-top-color', 'border-radius',
  'padding-top', 'padding-left', 'margin-top', 'margin-bottom', 'box-sizing', 'display',
  'min-height', 'outline-style',
];

/** Computed styles of the widget's visible parts, read inside its shadow root. */
async function widgetStyles(page) {
  await new Widget(page).waitUntilReady();
  return page.locator('knot-coach').first().evaluate((host, props) => {
    const root = host.shadowRoot;
    const pick = (el) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)]));
    const parts = {
      card: root.querySelector('.kc-card'),
      heading: root.querySelector('h2'),
      lead: root.querySelector('.kc-lead'),
      notice: root.querySelector('[role=note]'),
      start: [...root.querySelectorAll('button')].find((b) => b.textContent === 'Start'),
    };
    return Object.fromEntries(Object.entries(parts).map(([name, el]) => [name, pick(el)]));
  }, PROPERTIES);
}

test('the aggressive blog theme does not change how the widget looks', async () => {
  const blank = await openPage(env, '/fixtures/blank.html');
  const demo = await openPage(env, '/demo/blog.html');
  const expected = await widgetStyles(blank.page);
  const actual = await widgetStyles(demo.page);
  assert.deepEqual(actual, expected);
  // The theme really is hostile: it restyles the host page's own text and buttons.
  const hostParagraphFont = await demo.page.locator('article p').first().evaluate((p) => getComputedStyle(p).fontFamily);
  assert.match(hostParagraphFont, /Comic Sans/);
  await expectNoAxeViolations(demo.page, 'widget on the demo blog post', 'knot-coach');
  assert.deepEqual(demo.errors, []);
  await blank.context.close();
  await demo.context.close();
});

test('the widget is placed in the middle of the demo article', async () => {
  const { page, context } = await openPage(env, '/demo/blog.html');
  await new Widget(page).waitUntilReady();
  const inArticle = await page.locator('article knot-coach').count();
  assert.equal(inArticle, 1);
  await context.close();
});

test("the widget's CSS does not leak into the host page", async () => {
  const withWidget = await openPage(env, '/fixtures/leak.html');
  const control = await openPage(env, '/fixtures/leak-control.html');
  await new Widget(withWidget.page).waitUntilReady();
  const read = (page) =>
    page.locator('main > div').evaluate((div, props) => {
      return [div, ...div.querySelectorAll('*')].map((el) =>
        Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)])),
      );
    }, PROPERTIES);
  assert.deepEqual(await read(withWidget.page), await read(control.page));
  await withWidget.context.close();
  await control.context.close();
});

test('two widgets on one page work independently', async () => {
  const { page, context, errors } = await openPage(env, '/fixtures/two.html');
  const first = new Widget(page, page.locator('#first'));
  const second = new Widget(page, page.locator('#second'));
  await first.waitUntilReady();
  await second.waitUntilReady();
  await first.button('Start').click();
  await first.waitForHeading('Do you have any of these along with the back pain?');
  assert.match(await second.heading().innerText(), /Ease the knot/);
  await expectNoAxeViolations(page, 'two widgets, one moved on');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the widget loads when dist/ is copied under any path', async () => {
  const { page, context, errors } = await openPage(env, '/fixtures/nested.html');
  const widget = new Widget(page);
  await widget.waitUntilReady();
  const styled = await widget.button('Start').evaluate((b) => getComputedStyle(b).borderRadius);
  assert.equal(styled, '999px', 'the stylesheet was found next to the loader');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a widget far down the page downloads nothing but the loader until the reader scrolls near it', async () => {
  // Listening from before the navigation, so an eager download during page load is seen.
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(env.baseUrl + '/fixtures/far-below.html');
  await page.waitForLoadState('networkidle');
  assert.ok(requested.includes('/knot-coach.js'), `the loader itself was fetched: ${requested.join(', ')}`);
  const widgetFiles = (paths) => paths.filter((p) => /knot-coach-(app|full)|knot-coach\.css/.test(p));
  assert.deepEqual(widgetFiles(requested), [], 'nothing of the widget is fetched while it is far away');

  await page.locator('knot-coach').evaluate((host) => host.scrollIntoView());
  const widget = new Widget(page);
  await widget.waitUntilReady();
  // The welcome part, then the whole widget behind it (once the welcome screen is drawn),
  // once each.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/knot-coach-full_bg.wasm') && r.responseEnd > 0));
  assert.deepEqual(widgetFiles(requested).sort(), ['/knot-coach-app.js', '/knot-coach-app_bg.wasm', '/knot-coach-full.js', '/knot-coach-full_bg.wasm']);
  assert.match(await widget.text(), /Harbour Street Physio/);
  await expectNoAxeViolations(page, 'widget loaded on scroll', 'knot-coach');
  assert.deepEqual(errors, []);
  await context.close();
});

test("the host page's attribute changes after mounting reach the widget", async () => {
  const { page, context, errors } = await openPage(env, '/fixtures/blank.html');
  const widget = new Widget(page);
  await widget.waitUntilReady();
  assert.doesNotMatch(await widget.text(), /Quayside Clinic/);
  await page.locator('knot-coach').evaluate((host) => host.setAttribute('clinic-name', 'Quayside Clinic'));
  await widget.root.getByText(/Quayside Clinic/).waitFor();
  await page.locator('knot-coach').evaluate((host) => host.removeAttribute('clinic-name'));
  await widget.root.getByText(/Quayside Clinic/).waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});
