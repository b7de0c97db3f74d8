// Start-up measurement shared by the benchmark: cold starts of a page to a working Start
// button, split into steps from resource timing and a few probes. Chromium only (CDP throttling).

/** Cold starts per figure (BENCH_RUNS), each in a fresh context. */
export const RUNS = Number(process.env.BENCH_RUNS ?? 10);

// Records when Start is first in the DOM, visible and enabled, relative to navigation start.
export const READY_PROBE = `
  (() => {
    const check = () => {
      const host = document.querySelector('knot-coach');
      const button = host && host.shadowRoot && [...host.shadowRoot.querySelectorAll('button')]
        .find((b) => b.textContent === 'Start');
      if (button && !button.disabled && button.getClientRects().length > 0) {
        window.__knotCoachReadyMs = performance.now();
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  })();
`;

/** Median, min and max of `values` in ms, to a tenth. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (x) => Math.round(x * 10) / 10;
  return { median_ms: round(median), min_ms: round(sorted[0]), max_ms: round(sorted.at(-1)), runs: values.length };
}

// Records, relative to navigation start, when the wasm is handed to WebAssembly (and when
// that resolves) and when a widget's shadow root is attached (the loader's `mount`), so each
// cold start can be split into its steps.
const STEP_PROBE = `
  (() => {
    const steps = (window.__knotCoachSteps = {});
    const wrap = (object, name, before, after) => {
      const original = object[name];
      if (typeof original !== 'function') return;
      object[name] = function (...args) {
        if (before && steps[before] === undefined) steps[before] = performance.now();
        const result = original.apply(this, args);
        if (after && result && typeof result.then === 'function') {
          result.then(() => { if (steps[after] === undefined) steps[after] = performance.now(); }, () => {});
        }
        return result;
      };
    };
    wrap(WebAssembly, 'instantiateStreaming', 'instantiate_start_ms', 'instantiate_end_ms');
    wrap(WebAssembly, 'instantiate', 'instantiate_start_ms', 'instantiate_end_ms');
    wrap(Element.prototype, 'attachShadow', 'mount_start_ms');
  })();
`;

/** One cold start's steps in ms from navigation start, from the probes and resource timing. */
function readSteps() {
  const steps = { ...window.__knotCoachSteps, start_button_ms: window.__knotCoachReadyMs };
  const nav = performance.getEntriesByType('navigation')[0];
  steps.html_ms = nav ? nav.responseEnd : undefined;
  const resources = performance.getEntriesByType('resource');
  const last = (suffix) => resources.filter((r) => new URL(r.name).pathname.endsWith(suffix)).at(-1);
  steps.loader_ms = last('/knot-coach.js')?.responseEnd;
  steps.bindgen_js_ms = last('/knot-coach-app.js')?.responseEnd;
  steps.load_called_ms = last('/knot-coach.css')?.startTime;
  steps.stylesheet_ms = last('/knot-coach.css')?.responseEnd;
  const wasm = resources.filter((r) => new URL(r.name).pathname.endsWith('.wasm'));
  steps.wasm_download_start_ms = wasm[0]?.startTime;
  steps.wasm_download_end_ms = wasm.at(-1)?.responseEnd;
  steps.wasm_downloads = wasm.length;
  return steps;
}

/** The order the steps are printed in, and what each means. */
export const STEP_NAMES = [
  ['html_ms', 'page HTML received'],
  ['loader_ms', 'loader (knot-coach.js) received'],
  ['bindgen_js_ms', 'wasm-bindgen JS received'],
  ['load_called_ms', 'loader starts loading the widget (element near the viewport)'],
  ['wasm_download_start_ms', 'wasm download starts'],
  ['wasm_download_end_ms', 'wasm download ends'],
  ['instantiate_start_ms', 'wasm handed to WebAssembly'],
  ['stylesheet_ms', 'stylesheet received'],
  ['instantiate_end_ms', 'wasm compiled and instantiated'],
  ['mount_start_ms', 'mount: shadow root attached'],
  ['start_button_ms', 'first render: Start visible and enabled'],
];

/** Slow 4G as issue 13 names it: 1.6 Mbps down, 750 kbps up, 150 ms round trip. */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/**
 * Cold starts of `url` (a fresh context each, so nothing is cached): the time to an enabled
 * Start button and the median of each step. `throttle` slows the CPU (CDP), `network`
 * emulates a connection.
 */
export async function coldStart(env, { url = env.baseUrl + '/', throttle = 1, network = null, memory = false } = {}) {
  const runs = [];
  let measured = null;
  for (let i = 0; i < RUNS; i += 1) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    await page.addInitScript(STEP_PROBE);
    await page.addInitScript(READY_PROBE);
    await page.goto(url);
    await page.waitForFunction(() => window.__knotCoachReadyMs !== undefined, null, { timeout: 120_000 });
    // The button counted must work: one tap on it must change the screen.
    const before = await page.locator('knot-coach').evaluate((host) => host.shadowRoot.textContent);
    await page.locator('knot-coach').getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForFunction((text) => document.querySelector('knot-coach').shadowRoot.textContent !== text, before);
    runs.push(await page.evaluate(readSteps));
    if (memory && i === 0) {
      await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
      const heap = await cdp.send('Runtime.getHeapUsage');
      const wasmBytes = await page.evaluate(async () => {
        const bindings = await import('/knot-coach-app.js');
        const exports = await bindings.default();
        return exports.memory.buffer.byteLength;
      });
      measured = { wasm_memory_bytes: wasmBytes, js_heap_used_bytes: heap.usedSize, js_heap_total_bytes: heap.totalSize };
    }
    await context.close();
  }
  const steps = {};
  for (const [key] of STEP_NAMES) {
    const values = runs.map((r) => r[key]).filter((v) => typeof v === 'number');
    if (values.length) steps[key] = stats(values).median_ms;
  }
  steps.wasm_downloads = Math.max(...runs.map((r) => r.wasm_downloads ?? 0));
  return { times: stats(runs.map((r) => r.start_button_ms)), steps, memory: measured };
}

/** Prints one cold start's steps as a timeline. */
export function printSteps(label, result) {
  console.log(`  ${label}: Start button at median ${result.times.median_ms} ms (min ${result.times.min_ms}, max ${result.times.max_ms}, ${result.times.runs} runs)`);
  let previous = 0;
  for (const [key, meaning] of STEP_NAMES) {
    const at = result.steps[key];
    if (at === undefined) continue;
    console.log(`    ${String(at.toFixed(1)).padStart(7)} ms  ${meaning}${at >= previous ? ` (+${(at - previous).toFixed(1)})` : ''}`);
    previous = Math.max(previous, at);
  }
  console.log(`    wasm downloaded ${result.steps.wasm_downloads} time(s)`);
}

