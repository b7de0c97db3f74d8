// Hostile hosts: a strict CSP, no network after load, attributes carrying markup, layout.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Widget, answerToRoutine, clinicianJourney, expectNoAxeViolations, launch, openPage, press } from '../support.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

test('under a strict CSP a whole journey raises no policy violation', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    window.addEventListener(
      'securitypolicyviolation',
      (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      true,
    );
  });
  const page = await context.newPage();
  const refused = [];
  page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && refused.push(m.text()));
  const response = await page.goto(env.baseUrl + '/fixtures/strict-csp.html');
  assert.match(response.headers()['content-security-policy'], /style-src 'self'/);
  const widget = new Widget(page);
  await widget.waitUntilReady();
  const radius = await widget.button('Start').evaluate((b) => getComputedStyle(b).borderRadius);
  assert.equal(radius, '999px', 'the stylesheet applies under the CSP');
  const accent = await widget.button('Start').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(accent, 'rgb(90, 45, 130)', 'the accent applies under the CSP');
  await clinicianJourney(page, widget, 'A high temperature, or feeling shivery with chills');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(refused, []);
  await context.close();
});

test('after its own assets load, the widget sends no request for the rest of the journey', async () => {
  const { page, context } = await openPage(env, '/demo/blog.html');
  const widget = new Widget(page);
  await widget.waitUntilReady();
  await page.waitForLoadState('networkidle');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await clinicianJourney(page, widget, 'A high temperature, or feeling shivery with chills');
  await page.waitForTimeout(300);
  assert.deepEqual(requests, []);
  await context.close();
});

test('markup and script URLs in attributes stay inert', async () => {
  const { page, context } = await openPage(env, '/fixtures/blank.html');
  await page.evaluate(() => {
    window.__pwned = false;
    const el = document.createElement('knot-coach');
    el.id = 'evil';
    el.setAttribute('clinic-name', '<img src=x onerror="window.__pwned=true">');
    el.setAttribute('booking-url', 'javascript:window.__pwned=true');
    el.setAttribute('accent', 'red;background:url(javascript:window.__pwned=true)');
    el.setAttribute('storage-key', '"><svg onload=window.__pwned=true>');
    document.querySelector('main').append(el);
  });
  const widget = new Widget(page, page.locator('#evil'));
  await widget.waitUntilReady();
  assert.match(await widget.text(), /Offered by <img src=x onerror="window.__pwned=true">/);
  const inShadow = await page.locator('#evil').evaluate((host) => host.shadowRoot.querySelectorAll('img, a, [onerror], [onload]').length);
  assert.equal(inShadow, 0);
  assert.equal(await page.evaluate(() => window.__pwned), false);
  await context.close();
});

test('loading the widget neither takes focus from the host page nor scrolls it', async () => {
  const { page, context } = await openPage(env, '/demo/blog.html', { viewport: { width: 320, height: 500 } });
  // The reader scrolls until the widget is just under a screen below the fold, close enough
  // to start loading but not yet in view.
  const y = await page.locator('knot-coach').evaluate((host) => {
    const top = host.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, Math.max(0, top - 2 * window.innerHeight + 50));
    return window.scrollY;
  });
  assert.ok(y > 0, 'the widget starts more than a screen below the fold');
  await new Widget(page).button('Start').waitFor({ state: 'attached' });
  const state = await page.evaluate(() => ({ active: document.activeElement === document.body, y: window.scrollY }));
  assert.deepEqual(state, { active: true, y });
  await context.close();
});

for (const width of [320, 1200]) {
  test(`the widget fits a ${width}px wide column`, async () => {
    const { page, context } = await openPage(env, '/demo/blog.html', { viewport: { width, height: 900 } });
    const widget = new Widget(page);
    await widget.waitUntilReady();
    const box = await page.locator('knot-coach').evaluate((host) => {
      const card = host.shadowRoot.querySelector('.kc-card').getBoundingClientRect();
      const column = host.parentElement.getBoundingClientRect();
      return { card: card.width, left: card.left, right: card.right, column: column.width, colLeft: column.left, colRight: column.right };
    });
    assert.ok(box.card <= Math.min(box.column, 720) + 0.5, `card ${box.card}px within column ${box.column}px`);
    assert.ok(box.left >= box.colLeft - 0.5 && box.right <= box.colRight + 0.5, 'card stays inside its column');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scroll (${overflow}px)`);
    await expectNoAxeViolations(page, `widget at ${width}px`, 'knot-coach');
    await context.close();
  });
}

test('the widget looks the same on the aggressive demo page as on a blank page', async () => {
  const viewport = { width: 900, height: 1400 };
  const demo = await openPage(env, '/demo/blog.html', { viewport });
  await new Widget(demo.page).waitUntilReady();
  const width = await demo.page.locator('knot-coach').evaluate((h) => h.getBoundingClientRect().width);
  const blank = await openPage(env, '/fixtures/blank.html', { viewport });
  await new Widget(blank.page).waitUntilReady();
  await blank.page.evaluate((w) => {
    const host = document.querySelector('knot-coach');
    // The same attributes as the demo, so only the host page differs.
    host.setAttribute('clinic-name', 'Harbour Street Physio');
    host.setAttribute('booking-url', 'https://example.org/book');
    const frame = document.createElement('div');
    frame.style.width = `${w}px`;
    host.replaceWith(frame);
    frame.append(host);
  }, width);
  await new Widget(blank.page).waitUntilReady();
  // The card is what the widget paints; around it the host's own background shows through.
  const card = (page) => page.locator('knot-coach').locator('css=.kc-card');
  const shots = [
    (await card(demo.page).screenshot()).toString('base64'),
    (await card(blank.page).screenshot()).toString('base64'),
  ];
  const diff = await blank.page.evaluate(async ([a, b]) => {
    const load = (src) =>
      new Promise((resolve) => {
        const img = new Image();
        img.onload = () => resolve(img);
        img.src = `data:image/png;base64,${src}`;
      });
    const [ia, ib] = await Promise.all([load(a), load(b)]);
    if (ia.width !== ib.width || ia.height !== ib.height) return { size: [ia.width, ia.height, ib.width, ib.height] };
    const pixels = (img) => {
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, img.width, img.height).data;
    };
    const pa = pixels(ia);
    const pb = pixels(ib);
    let differing = 0;
    for (let i = 0; i < pa.length; i += 4) {
      const d = Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]);
      if (d > 48) differing += 1;
    }
    return { fraction: differing / (pa.length / 4) };
  }, shots);
  assert.equal(diff.size, undefined, `screenshots have the same size: ${diff.size}`);
  assert.ok(diff.fraction < 0.01, `${(diff.fraction * 100).toFixed(2)}% of pixels differ`);
  await demo.context.close();
  await blank.context.close();
});

test('under a strict CSP, with no network after load, a routine and a session run cleanly', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    window.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  const page = await context.newPage();
  await page.goto(env.baseUrl + '/fixtures/strict-csp.html');
  const widget = new Widget(page);
  await widget.waitUntilReady();
  await page.waitForLoadState('networkidle');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await answerToRoutine(page, widget);
  await press(page, 'Start session');
  await press(page, 'Go to the timer');
  await press(page, 'Start session');
  for (let i = 0; i < 400 && !(await widget.button('Finish and rate').isVisible()); i += 1) {
    await page.keyboard.press('ArrowRight');
  }
  await press(page, 'Finish and rate');
  await press(page, 'Save session');
  await widget.waitForHeading('Your progress');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(requests, []);
  await context.close();
});
