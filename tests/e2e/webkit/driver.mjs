// WebKit for the end-to-end tests: WebKitGTK's MiniBrowser driven through WebKitWebDriver
// (classic WebDriver, selenium-webdriver) on an Xvfb display. MiniBrowser has no headless
// mode and classic WebDriver has no console API, so this file also starts the display and
// serves every page with an error hook as its first script.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Builder, By, Capabilities, until } from 'selenium-webdriver';
import { startServer } from '../../../scripts/serve.mjs';

export { By, until };

const DRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';

/**
 * Records console.error calls, uncaught errors, failed resource loads and unhandled
 * rejections in `window.__kcErrors`. It is the first script of every page the tests open.
 */
export const ERROR_HOOK = `(() => {
  const errors = (window.__kcErrors = []);
  const text = (value) => (value instanceof Error ? value.stack || String(value) : String(value));
  const original = console.error;
  console.error = function (...args) {
    errors.push(args.map(text).join(' '));
    return original.apply(this, args);
  };
  addEventListener('error', (event) => {
    if (event.target && event.target !== window) {
      errors.push('failed to load ' + (event.target.src || event.target.href || event.target.tagName));
    } else {
      errors.push(text(event.error ?? event.message) + ' at ' + event.filename + ':' + event.lineno);
    }
  }, true);
  addEventListener('unhandledrejection', (event) => errors.push('unhandled rejection: ' + text(event.reason)));
  // Downloads (export): MiniBrowser saves them where no test can look, so the blob behind
  // each download link is kept for the test to read. The reader's click is untouched.
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    const url = createObjectURL.call(URL, object);
    blobs.set(url, object);
    return url;
  };
  const downloads = (window.__kcDownloads = []);
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download) downloads.push({ name: this.download, blob: blobs.get(this.href) });
    return click.call(this);
  };
})();`;

const HOOK_PATH = '/__kc-error-hook.js';
/**
 * MiniBrowser's window is at least 447 px wide, so phone widths are an iframe of that width:
 * `/__kc-frame.html?width=320&height=640&src=/` (the framed page gets its own viewport).
 */
const FRAME_PATH = '/__kc-frame.html';

/** Puts the error hook in front of everything else in an HTML page. */
function withHook(html, tag) {
  return html.replace(/<head[^>]*>/i, (head) => `${head}${tag}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The display MiniBrowser draws on: the one `scripts/test.sh` started (`KC_XVFB_DISPLAY`),
 * or else an Xvfb of its own on a display number Xvfb picks as free. Resolves to the
 * display and a stop function.
 */
async function ensureDisplay() {
  if (process.env.KC_XVFB_DISPLAY) return { display: process.env.KC_XVFB_DISPLAY, stop: async () => {} };
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const number = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.trim());
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it named its display`)));
    xvfb.once('error', reject);
  });
  return {
    display: `:${number}`,
    stop: async () => {
      xvfb.kill();
    },
  };
}

/** Starts WebKitWebDriver on a fresh port and waits until /status says it is ready. */
async function startDriver(display) {
  const port = await freePort();
  const driver = spawn(DRIVER, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  driver.stderr.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i += 1) {
    if (driver.exitCode !== null) break;
    const ready = await fetch(`${url}/status`)
      .then((r) => r.json())
      .then((body) => body.value?.ready === true)
      .catch(() => false);
    if (ready) return { url, stop: () => driver.kill() };
    await sleep(50);
  }
  driver.kill();
  throw new Error(`WebKitWebDriver did not become ready on port ${port}: ${stderr}`);
}

/**
 * The static server behind a proxy that adds the error hook to every HTML page: as an
 * external script, so it also runs under the strict-CSP fixtures.
 */
async function startHookedServer(firstScript = '', dist = undefined, compress = false) {
  const upstream = await startServer({ ...(dist ? { dist } : {}), compress });
  const target = new URL(upstream.url);
  const proxy = createServer((req, res) => {
    if (req.url.startsWith(FRAME_PATH)) {
      const query = new URL(req.url, 'http://localhost').searchParams;
      const [width, height] = [Number(query.get('width')), Number(query.get('height'))];
      const src = query.get('src') ?? '/';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><title>${width} px</title><style>body{margin:0}iframe{border:0;display:block}</style></head>` +
        `<body><iframe title="Knot Coach at ${width} px" src="${src.replace(/"/g, '')}" width="${width}" height="${height}"></iframe></body></html>`);
      return;
    }
    if (req.url === HOOK_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(ERROR_HOOK + firstScript);
      return;
    }
    const forward = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (upstreamRes) => {
        const type = upstreamRes.headers['content-type'] ?? '';
        if (!type.startsWith('text/html')) {
          res.writeHead(upstreamRes.statusCode, upstreamRes.headers);
          upstreamRes.pipe(res);
          return;
        }
        const chunks = [];
        upstreamRes.on('data', (c) => chunks.push(c));
        upstreamRes.on('end', () => {
          const encoded = Buffer.concat(chunks);
          const encoding = upstreamRes.headers['content-encoding'];
          const html = encoding === 'br' ? brotliDecompressSync(encoded) : encoding === 'gzip' ? gunzipSync(encoded) : encoded;
          const body = withHook(html.toString('utf8'), `<script src="${HOOK_PATH}"></script>`);
          const headers = { ...upstreamRes.headers };
          delete headers['content-length'];
          delete headers['content-encoding'];
          res.writeHead(upstreamRes.statusCode, headers);
          res.end(body);
        });
      },
    );
    forward.on('error', (error) => {
      res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(forward);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${proxy.address().port}`,
    async close() {
      await new Promise((resolve) => proxy.close(resolve));
      await upstream.close();
    },
  };
}

/**
 * Copies `dist/knot-coach.html` to a temporary folder with the error hook inlined first,
 * for opening from file://.
 */
export async function hookedSingleFile() {
  const dir = await mkdtemp(join(tmpdir(), 'knot-coach-webkit-'));
  const source = fileURLToPath(new URL('../../../dist/knot-coach.html', import.meta.url));
  const html = await readFile(source, 'utf8');
  const file = join(dir, 'knot-coach.html');
  await writeFile(file, withHook(html, `<script>${ERROR_HOOK}</script>`));
  return { href: `file://${file}`, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Starts the display (if needed), the driver, a MiniBrowser session and the hooked server.
 * One per spec file: call `close()` in `after`. `dist` serves another build (the benchmark's
 * reference app); `compress` has the server send Brotli or gzip (the benchmark). `firstScript` runs after the error hook,
 * before anything of the page (the benchmark's probe).
 */
export async function launchWebKit({ firstScript, dist, compress = false } = {}) {
  const { display, stop: stopDisplay } = await ensureDisplay();
  let driverProcess;
  try {
    driverProcess = await startDriver(display);
  } catch (error) {
    await stopDisplay();
    throw error;
  }
  const server = await startHookedServer(firstScript, dist, compress);
  let driver;
  try {
    driver = await new Builder()
      .usingServer(driverProcess.url)
      .withCapabilities(new Capabilities({ browserName: 'MiniBrowser' }))
      .build();
  } catch (error) {
    driverProcess.stop();
    await server.close();
    await stopDisplay();
    throw error;
  }
  return {
    driver,
    baseUrl: server.url,
    async close() {
      await driver.quit().catch(() => {});
      driverProcess.stop();
      await server.close();
      await stopDisplay();
    },
  };
}

/** What the error hook recorded on the current page. */
export function pageErrors(driver) {
  return driver.executeScript('return window.__kcErrors ?? ["the error hook did not run"]');
}

/** Fails when the current page logged an error or threw. */
export async function assertNoPageErrors(driver, label) {
  assert.deepEqual(await pageErrors(driver), [], `console errors or page errors on ${label}`);
}

/** Saves a screenshot under target/screenshots/webkit/. */
export async function screenshot(driver, name) {
  const dir = fileURLToPath(new URL('../../../target/screenshots/webkit/', import.meta.url));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${name}.png`), Buffer.from(await driver.takeScreenshot(), 'base64'));
}
