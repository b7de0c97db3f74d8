// The standalone page works offline after one visit, and is installable.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../../scripts/serve.mjs';
import { CHROMIUM_ARGS, Widget, chromiumOnly, clinicianJourney, expectNoAxeViolations } from '../support.mjs';

// Going offline for real needs CDP (Network.emulateNetworkConditions) and the installability
// check is CDP's Page.getInstallabilityErrors: neither exists over WebDriver BiDi.
const offlineSkip = chromiumOnly('CDP network emulation and installability');

let browser;
before(async () => {
  if (!offlineSkip) browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
});

test('after one visit the page loads and runs with the network off', { skip: offlineSkip }, async () => {
  const server = await startServer();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + '/');
  await new Widget(page).waitUntilReady();
  await controlledBySw(page);

  await goOffline(server, context, page);

  await page.reload();
  const widget = new Widget(page);
  await widget.waitUntilReady();
  await clinicianJourney(page, widget);
  await expectNoAxeViolations(page, 'offline result');
  await context.close();
});

test('French works offline too after one visit in English: the service worker precaches its words', { skip: offlineSkip }, async () => {
  const server = await startServer();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + '/');
  await page.getByRole('combobox', { name: 'Language / Langue' }).selectOption({ label: 'English' });
  await new Widget(page).waitUntilReady();
  await controlledBySw(page);

  await goOffline(server, context, page);

  await page.reload();
  const widget = new Widget(page);
  await widget.waitUntilReady();
  await page.getByRole('combobox', { name: 'Language / Langue' }).selectOption({ label: 'Français' });
  await widget.button('Commencer').waitFor();
  assert.equal(await widget.root.getByRole('status').count(), 0, 'no "French could not be loaded" notice');
  await expectNoAxeViolations(page, 'offline, in French');
  await context.close();
});

/** Off the network for real: the server is gone and the browser is offline (CDP). */
async function goOffline(server, context, page) {
  await server.close();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await context.setOffline(true);
}

/** Waits until the service worker controls the page. */
async function controlledBySw(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

test('a new version is picked up on the next load and then works offline', { skip: offlineSkip }, async () => {
  // A copy of the release build that the test can change, as a clinic's upload would.
  const dist = await mkdtemp(join(tmpdir(), 'knot-coach-dist-'));
  await cp(fileURLToPath(new URL('../../../dist/', import.meta.url)), dist, { recursive: true });
  const server = await startServer({ dist });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url + '/');
    await new Widget(page).waitUntilReady();
    await controlledBySw(page);
    const oldTitle = await page.title();

    // The clinic uploads a new version: the next load shows it (network first, not cache first).
    const index = join(dist, 'index.html');
    await writeFile(index, (await readFile(index, 'utf8')).replace(/<title>[^<]*/, '<title>Knot Coach, new version'));
    await page.reload();
    await new Widget(page).waitUntilReady();
    assert.equal(await page.title(), 'Knot Coach, new version', `was "${oldTitle}"`);

    // The worker stores the new page in the background; wait until it has, then go offline.
    await page.waitForFunction(async () => {
      const cached = await caches.match('./');
      return cached !== undefined && (await cached.text()).includes('Knot Coach, new version');
    });
    await server.close();
    await context.setOffline(true);
    await page.reload();
    await new Widget(page).waitUntilReady();
    assert.equal(await page.title(), 'Knot Coach, new version', 'offline, the cache serves the new version');
  } finally {
    await context.close();
    await server.close().catch(() => {});
    await rm(dist, { recursive: true, force: true });
  }
});

test("Chromium finds no installability error on the standalone page", { skip: offlineSkip }, async () => {
  const server = await startServer();
  // A persistent profile: Chromium never offers to install from an incognito-like context.
  const profile = await mkdtemp(join(tmpdir(), 'knot-coach-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  await new Widget(page).waitUntilReady();
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const { url, errors } = await cdp.send('Page.getAppManifest');
  assert.match(url, /manifest\.webmanifest$/);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
});

test('the manifest meets the installability basics', async () => {
  const manifest = JSON.parse(await readFile(new URL('../../../dist/manifest.webmanifest', import.meta.url), 'utf8'));
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.name && manifest.short_name && manifest.start_url);
  const sizes = manifest.icons.filter((i) => i.type === 'image/png').map((i) => i.sizes);
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'));
  const html = await readFile(new URL('../../../dist/index.html', import.meta.url), 'utf8');
  assert.match(html, /<link rel="manifest" href="manifest.webmanifest"/);
});
