// Start-up measurement shared by the benchmark: cold starts of a page to a working Start
// button, split into steps from resource timing and a few probes. Chromium only (CDP throttling).

/** Cold starts per figure (BENCH_RUNS), each in a fresh context. */
export const RUNS = Number(process.env.BENCH_RUNS ?? 7);

// Records when Start is first in the DOM, laid out and enabled, relative to navigation start
// (`__knotCoachReadyMs`), and the animation frame after that (`__knotCoachFrameMs`), when it
// is painted. Checked after every change inside a widget's shadow root as well as at every
// frame: a frame-only check rounds the time up to the next frame, and WebKit's MiniBrowser on
// Xvfb draws its first frames 100 to 200 ms apart.
export const READY_PROBE = `
  (() => {
    const ready = () => {
      if (window.__knotCoachReadyMs !== undefined) return true;
      const host = document.querySelector('knot-coach');
      const button = host && host.shadowRoot && [...host.shadowRoot.querySelectorAll('button')]
        .find((b) => b.textContent === 'Start');
      if (!button || button.disabled || button.getClientRects().length === 0) return false;
      window.__knotCoachReadyMs = performance.now();
      requestAnimationFrame(() => (window.__knotCoachFrameMs = performance.now()));
      return true;
    };
    const watch = (root) => new MutationObserver(ready).observe(root, { childList: true, subtree: true, attributes: true });
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (...args) {
      const root = attachShadow.apply(this, args);
      watch(root);
      return root;
    };
    const existing = document.querySelector('knot-coach')?.shadowRoot;
    if (existing) watch(existing);
    const frame = () => ready() || requestAnimationFrame(frame);
    requestAnimationFrame(frame);
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
export const STEP_PROBE = `
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
    wrap(WebAssembly, 'compileStreaming', 'compile_start_ms', 'compile_end_ms');
    wrap(WebAssembly, 'compile', 'compile_start_ms', 'compile_end_ms');
    wrap(WebAssembly, 'instantiateStreaming', 'instantiate_start_ms', 'instantiate_end_ms');
    wrap(WebAssembly, 'instantiate', 'instantiate_start_ms', 'instantiate_end_ms');
    wrap(Element.prototype, 'attachShadow', 'mount_start_ms');
  })();
`;

/**
 * One cold start's steps in ms from navigation start, from the probes and resource timing.
 * Runs in the page (it is serialized for WebKit's `executeScript`): no outside names.
 */
export function readSteps() {
  const steps = { ...window.__knotCoachSteps, start_button_ms: window.__knotCoachReadyMs, next_frame_ms: window.__knotCoachFrameMs };
  const nav = performance.getEntriesByType('navigation')[0];
  steps.html_ms = nav ? nav.responseEnd : undefined;
  const resources = performance.getEntriesByType('resource');
  const last = (suffix) => resources.filter((r) => new URL(r.name).pathname.endsWith(suffix)).at(-1);
  steps.loader_ms = last('/knot-coach.js')?.responseEnd;
  steps.bindgen_js_ms = last('/knot-coach-app.js')?.responseEnd;
  // The first wasm the loader asks for (the welcome part's), and any second download of it. The
  // whole widget's wasm, which the welcome part asks for after its first paint, is not in it.
  const wasmFiles = resources.filter((r) => new URL(r.name).pathname.endsWith('.wasm'));
  const wasm = wasmFiles.filter((r) => r.name === wasmFiles[0]?.name);
  // The loader asks for the wasm first thing when it starts loading the widget.
  steps.load_called_ms = wasm[0]?.startTime;
  steps.wasm_download_start_ms = wasm[0]?.requestStart || wasm[0]?.startTime;
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
  ['compile_start_ms', 'wasm compiling starts (as it streams in)'],
  ['compile_end_ms', 'wasm compiled'],
  ['instantiate_start_ms', 'wasm handed to WebAssembly to instantiate'],
  ['instantiate_end_ms', 'wasm instantiated (compiled too, where not compiled before)'],
  ['mount_start_ms', 'mount: shadow root attached'],
  ['start_button_ms', 'first render: Start in the page, laid out and enabled'],
  ['next_frame_ms', 'the next animation frame: Start painted'],
];

/** Slow 4G as issue 13 names it: 1.6 Mbps down, 750 kbps up, 150 ms round trip. */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/**
 * One cold start of `url` in a fresh context (nothing cached): its steps, the Start button's
 * time included. `throttle` slows the CPU (CDP), `network` emulates a connection; both need
 * Chromium. The Start button counted must work: one tap on it must change the screen. The
 * tap comes as soon as Start works, and the time until the screen after it is up
 * (`after_start_ms`) is kept too: for the widget, until the first question shows, when the
 * whole widget had to finish loading behind the welcome screen first.
 */
async function oneColdStart(browser, url, { throttle = 1, network = null, memory = false } = {}) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = throttle !== 1 || network || memory ? await context.newCDPSession(page) : null;
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    await page.addInitScript(STEP_PROBE);
    await page.addInitScript(READY_PROBE);
    await page.goto(url);
    await page.waitForFunction(() => window.__knotCoachReadyMs !== undefined, null, { timeout: 120_000 });
    const before = await page.locator('knot-coach').evaluate((host) => host.shadowRoot.textContent);
    const tapped = await page.evaluate(() => performance.now());
    await page.locator('knot-coach').getByRole('button', { name: 'Start', exact: true }).click();
    // The welcome part's "Getting the questions ready…" is not the next screen.
    const next = await page.waitForFunction(
      (text) => {
        const now = document.querySelector('knot-coach').shadowRoot.textContent;
        return now !== text && !now.includes('questions ready') && performance.now();
      },
      before,
      { polling: 'raf', timeout: 120_000 },
    );
    const steps = await page.evaluate(readSteps);
    steps.after_start_ms = (await next.jsonValue()) - tapped;
    if (!memory) return { steps };
    await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
    const heap = await cdp.send('Runtime.getHeapUsage');
    // Both parts' memories, where the page has two (the welcome part and the whole widget).
    const wasmBytes = await page.evaluate(async () => {
      let bytes = 0;
      for (const name of ['/knot-coach-app.js', '/knot-coach-full.js']) {
        if (!performance.getEntriesByType('resource').some((r) => new URL(r.name).pathname === name)) continue;
        const exports = await (await import(name)).default();
        bytes += exports.memory.buffer.byteLength;
      }
      return bytes;
    });
    return { steps, memory: { wasm_memory_bytes: wasmBytes, js_heap_used_bytes: heap.usedSize, js_heap_total_bytes: heap.totalSize } };
  } finally {
    await context.close();
  }
}

/**
 * Where the time goes: each phase runs from one step to the next within a cold start. Their
 * medians are taken over the per-run durations, so they compare across pages (the median
 * times of two steps, from different runs, need not differ by a phase's typical length).
 */
export const PHASES = [
  ['page', null, 'loader_ms', 'navigation until the loader is received'],
  ['loader', 'loader_ms', 'load_called_ms', 'the loader runs until it starts loading the widget'],
  ['download', 'load_called_ms', 'wasm_download_end_ms', 'wasm requested and downloaded'],
  ['compile', 'wasm_download_end_ms', 'compile_end_ms', 'compiling that was still left after the download'],
  ['instantiate', 'compile_end_ms', 'instantiate_end_ms', 'instantiated'],
  ['start', 'instantiate_end_ms', 'mount_start_ms', 'wasm start-up until mount is called'],
  ['first_render', 'mount_start_ms', 'start_button_ms', 'mount and first render until Start works'],
];

/**
 * The time to the Start button (median, min, max; and each run's, in order) and the median
 * of each step and phase, over runs.
 */
export function summarize(runs) {
  const steps = {};
  for (const [key] of STEP_NAMES) {
    const values = runs.map((r) => r[key]).filter((v) => typeof v === 'number');
    if (values.length) steps[key] = stats(values).median_ms;
  }
  steps.wasm_downloads = Math.max(...runs.map((r) => r.wasm_downloads ?? 0));
  const afterStart = runs.map((r) => r.after_start_ms).filter((v) => typeof v === 'number');
  if (afterStart.length) steps.after_start_ms = stats(afterStart).median_ms;
  const phases = {};
  for (const [name, from, to] of PHASES) {
    const values = runs.map((r) => r[to] - (from ? r[from] : 0)).filter((v) => Number.isFinite(v));
    if (values.length) phases[`${name}_ms`] = stats(values).median_ms;
  }
  return { times: stats(runs.map((r) => r.start_button_ms)), steps, phases, start_button_runs_ms: runs.map((r) => r.start_button_ms) };
}

/**
 * Cold starts of several pages, interleaved (a, b, a, b, ...) RUNS times each, so a busy
 * moment on the machine slows both pages rather than one: `pages` maps a label to a URL.
 * Returns, per label, `summarize`'s figures (and the memory after the first run if asked).
 */
export async function interleavedColdStarts(browser, pages, options = {}) {
  const runs = Object.fromEntries(Object.keys(pages).map((label) => [label, []]));
  const memory = {};
  for (let i = 0; i < RUNS; i += 1) {
    for (const [label, url] of Object.entries(pages)) {
      const run = await oneColdStart(browser, url, { ...options, memory: Boolean(options.memory) && i === 0 && label === options.memory });
      runs[label].push(run.steps);
      if (run.memory) memory[label] = run.memory;
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([label, list]) => [label, { ...summarize(list), memory: memory[label] ?? null }]));
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
  if (result.steps.after_start_ms !== undefined) {
    console.log(`    ${String(result.steps.after_start_ms.toFixed(1)).padStart(7)} ms  from a tap on Start as soon as it works until the next screen is up`);
  }
  const phases = result.phases ?? {};
  if (Object.keys(phases).length) {
    console.log('    median of each phase over the runs:');
    for (const [name, , , meaning] of PHASES) {
      const ms = phases[`${name}_ms`];
      if (ms !== undefined) console.log(`    ${String(ms.toFixed(1)).padStart(7)} ms  ${meaning}`);
    }
  }
}

/**
 * The median over runs of `a`'s time to Start divided by `b`'s in the same round: runs were
 * interleaved, so each pair shared the machine's mood. A check on the ratio of the medians,
 * which a busy moment in one page's runs can move.
 */
export function pairedRatio(a, b) {
  const ratios = a.start_button_runs_ms.map((ms, i) => ms / b.start_button_runs_ms[i]).filter(Number.isFinite);
  return Math.round(stats(ratios).median_ms * 100) / 100;
}
