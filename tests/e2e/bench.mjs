// Benchmark: dist sizes; start-up (steps, with and without 4x CPU and slow 4G, against a
// one-button Yew reference); memory after start; the page far below the fold; the progress
// screen; Lighthouse; drift and CPU over a real 60 s session.
// Prints the figures and writes them to target/bench/results.json. Times are reported, never asserted.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { distAssets, embedDownload, EMBED_CEILING_GZIP_BYTES, WELCOME_CEILING_GZIP_BYTES, WELCOME_FILES } from './sizes.mjs';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import { firefox } from 'playwright-core-ff';
import { CHROMIUM_ARGS, launch } from './support.mjs';
import { startServer } from '../../scripts/serve.mjs';

import { READY_PROBE, RUNS, SLOW_4G, STEP_PROBE, interleavedColdStarts, pairedRatio, printSteps, readSteps, stats, summarize } from './startup.mjs';
import { launchWebKit } from './webkit/driver.mjs';

/** `a`'s median time to the Start button over `b`'s, to a hundredth. */
const ratio = (a, b) => Math.round((a.times.median_ms / b.times.median_ms) * 100) / 100;
/** Both ratios of `cold`'s widget to its reference: of the medians, and per interleaved round. */
const ratios = (cold) => ({
  ratio_to_reference: ratio(cold.knot_coach, cold.reference),
  paired_ratio_to_reference: pairedRatio(cold.knot_coach, cold.reference),
});

const OUT = fileURLToPath(new URL('../../target/bench/results.json', import.meta.url));
const REFERENCE_DIST = fileURLToPath(new URL('../../target/bench/hello-yew/', import.meta.url));

// A 60 s routine (5 s get ready, 25 s hold, 5 s rest, 25 s hold), seeded as a session about
// to be played, so the player's drift over a real minute can be measured.
const SIXTY_SECOND_JOURNEY = JSON.stringify({
  schema_version: 1,
  journey: {
    started: true,
    questionnaire: { answers: {}, position: { at: 'finished' }, changing: false },
    stage: 'playing',
    active: {
      id: 'bench',
      started_ms: Date.now(),
      pain_before: null,
      routine: [
        {
          exercise_id: 'chest-stretch',
          name: 'Chest stretch',
          dose: { sets: 2, work: { kind: 'hold', hold_s: 25 }, per_side: false, rest_s: 5 },
        },
      ],
      player: null,
      completed: [],
    },
  },
});

/** Plays the 60 s routine in real time; returns drift at the end and CPU time per minute. */
async function playMinute(env, { hidden }) {
  const context = await env.browser.newContext();
  await context.addInitScript((journey) => {
    if (!sessionStorage.getItem('bench-seeded')) {
      localStorage.setItem('knot-coach:default:journey', journey);
      sessionStorage.setItem('bench-seeded', '1');
    }
    document.addEventListener('click', () => (window.__benchStart ??= performance.now()), true);
  }, SIXTY_SECOND_JOURNEY);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(env.baseUrl + '/');
  const start = page.locator('knot-coach').getByRole('button', { name: 'Start session', exact: true });
  await start.waitFor();
  await page.locator('knot-coach').evaluate((host) => {
    const live = host.shadowRoot.querySelector('[aria-live="polite"]');
    new MutationObserver(() => {
      if (live.textContent.startsWith('Session complete')) window.__benchEnd ??= performance.now();
    }).observe(live, { childList: true, characterData: true, subtree: true });
  });
  await cdp.send('Performance.enable');
  const before = await cdp.send('Performance.getMetrics');
  await start.click();
  if (hidden) {
    // Headless Chromium keeps every page visible, so the hidden state is emulated through
    // CDP (Runtime.evaluate): the app sees "hidden" and stops its display refresh, leaving
    // only the phase-boundary timer and the audio cues.
    await cdp.send('Runtime.evaluate', {
      expression: `Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
        document.dispatchEvent(new Event('visibilitychange'));`,
    });
  }
  await page.waitForFunction(() => window.__benchEnd !== undefined, null, { timeout: 90_000, polling: 250 });
  const after = await cdp.send('Performance.getMetrics');
  const { startMs, endMs } = await page.evaluate(() => ({ startMs: window.__benchStart, endMs: window.__benchEnd }));
  const metric = (m, name) => m.metrics.find((x) => x.name === name)?.value ?? 0;
  const cpuS = metric(after, 'TaskDuration') - metric(before, 'TaskDuration');
  const wallS = (endMs - startMs) / 1000;
  await context.close();
  return {
    planned_ms: 60_000,
    actual_ms: Math.round(endMs - startMs),
    drift_ms: Math.round(endMs - startMs - 60_000),
    cpu_ms_per_minute: Math.round((cpuS / wallS) * 60_000),
    cpu_percent_of_one_core: Math.round((cpuS / wallS) * 1000) / 10,
  };
}

/** Scrolls the page's widget into view, as a reader does, and returns the ms until its Start button is ready. */
async function scrollToReadyMs(page) {
  const started = await page.evaluate(() => {
    document.querySelector('knot-coach').scrollIntoView();
    return performance.now();
  });
  await page.evaluate(READY_PROBE);
  await page.waitForFunction(() => window.__knotCoachReadyMs !== undefined, null, { timeout: 60_000 });
  return (await page.evaluate(() => window.__knotCoachReadyMs)) - started;
}

/**
 * A blog post with the widget far below the fold: which of the widget's files a reader who
 * never scrolls down downloads (gzip -9 sizes from dist/), and how long the widget takes to
 * be ready once the reader scrolls to it (median over RUNS).
 */
async function farBelowTheFold(env, assets) {
  const gzipOf = (path) => assets.find((a) => '/' + a.name === path)?.gzip ?? 0;
  const times = [];
  let beforeScroll = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(env.baseUrl + '/fixtures/far-below.html');
    await page.waitForLoadState('networkidle');
    beforeScroll = requested.filter((path) => path.startsWith('/knot-coach'));
    times.push(await scrollToReadyMs(page));
    await context.close();
  }
  return {
    files_before_scroll: beforeScroll,
    gzip_bytes_before_scroll: beforeScroll.reduce((sum, path) => sum + gzipOf(path), 0),
    scroll_to_start_button: stats(times),
  };
}

/** Lighthouse's performance, accessibility and best-practices scores for the standalone page. */
async function lighthouseScores(baseUrl) {
  const port = 9300 + Math.floor(Math.random() * 500);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    const result = await lighthouse(`${baseUrl}/`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const categories = result?.lhr?.categories ?? {};
    const score = (key) => (categories[key]?.score == null ? null : Math.round(categories[key].score * 100));
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      best_practices: score('best-practices'),
    };
  } finally {
    await browser.close();
  }
}

/** A progress document with `count` sessions, three a week, pain easing slowly. */
function progressDocument(count) {
  const day = 86_400_000;
  const start = Date.UTC(2026, 0, 5, 7, 30);
  const routine = [
    { exercise_id: 'chest-stretch', name: 'Chest stretch', dose: { sets: 3, work: { kind: 'hold', hold_s: 30 }, per_side: false, rest_s: 10 } },
    { exercise_id: 'prone-swimmers', name: 'Prone swimmers', dose: { sets: 3, work: { kind: 'reps', reps: 10, tempo: { up_s: 3, hold_s: 0, down_s: 3 } }, per_side: false, rest_s: 30 } },
  ];
  const sessions = Array.from({ length: count }, (_, i) => {
    const started_ms = start + Math.floor(i / 3) * 7 * day + (i % 3) * 2 * day;
    return {
      id: `bench-${i}`,
      started_ms,
      ended_ms: started_ms + 600_000,
      routine,
      completed: ['chest-stretch', 'prone-swimmers'],
      pain_before: Math.max(1, 7 - Math.floor(i / 200)),
      pain_after: Math.max(0, 5 - Math.floor(i / 200)),
      feedback: { 'prone-swimmers': i % 5 === 0 ? 'too-easy' : 'just-right' },
    };
  });
  return JSON.stringify({ created_ms: start, format: 'knot-coach-progress', history: { sessions }, schema_version: 2, settings: {} });
}

const PROGRESS_JOURNEY = JSON.stringify({
  schema_version: 1,
  journey: { started: true, questionnaire: { answers: {}, position: { at: 'finished' }, changing: false }, stage: 'progress', active: null },
});

/** Median ms from navigation to the progress screen drawn, with `count` sessions stored. */
async function progressLoad(env, count) {
  const doc = progressDocument(count);
  const times = [];
  for (let i = 0; i < Math.max(3, Math.min(RUNS, 5)); i += 1) {
    const context = await env.browser.newContext();
    await context.addInitScript(([journey, progress]) => {
      localStorage.setItem('knot-coach:default:journey', journey);
      localStorage.setItem('knot-coach:default:progress', progress);
      const check = () => {
        const host = document.querySelector('knot-coach');
        const h = host && host.shadowRoot && host.shadowRoot.querySelector('h2');
        if (h && h.textContent === 'Your progress') window.__progressMs = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, [PROGRESS_JOURNEY, doc]);
    const page = await context.newPage();
    await page.goto(env.baseUrl + '/');
    await page.waitForFunction(() => window.__progressMs !== undefined, null, { timeout: 60_000 });
    times.push(await page.evaluate(() => window.__progressMs));
    await context.close();
  }
  return { ...stats(times), document_bytes: Buffer.byteLength(doc) };
}

/**
 * In one Playwright browser: cold starts (navigation to a working Start button, split into
 * steps) of the widget and of the reference app, interleaved, and scroll-to-ready (the
 * reader scrolls to a widget far below the fold, to its Start button). A fresh context each
 * run, so nothing is cached. `measured` passes figures this run already has (Chromium's),
 * so nothing is measured twice.
 */
async function playwrightEngine(browser, baseUrl, referenceUrl, measured = {}) {
  const cold = measured.cold ?? (await interleavedColdStarts(browser, { knot_coach: baseUrl + '/', reference: referenceUrl + '/' }));
  if (measured.scroll) {
    return { cold_start: cold, ...ratios(cold), scroll_to_start_button: measured.scroll };
  }
  const scroll = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseUrl + '/fixtures/far-below.html');
    await page.waitForLoadState('networkidle');
    scroll.push(await scrollToReadyMs(page));
    await context.close();
  }
  return { cold_start: cold, ...ratios(cold), scroll_to_start_button: stats(scroll) };
}

/** Waits for the READY_PROBE's mark in WebKit; returns it (ms from navigation). */
async function webkitReady(driver) {
  for (let i = 0; i < 600; i += 1) {
    const ms = await driver.executeScript('return window.__knotCoachReadyMs ?? null');
    if (ms !== null) return ms;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('WebKit: the Start button never showed');
}

/** One cold start in WebKit (a fresh MiniBrowser session, so nothing is cached): its steps. */
async function webkitColdStart(dist) {
  const wk = await launchWebKit({ firstScript: STEP_PROBE + READY_PROBE, dist, compress: true });
  try {
    await wk.driver.get(wk.baseUrl + '/');
    await webkitReady(wk.driver);
    return await wk.driver.executeScript(`return (${readSteps})()`);
  } finally {
    await wk.close();
  }
}

/** The same in WebKit (MiniBrowser through WebKitWebDriver). */
async function webkitEngine() {
  const runs = { knot_coach: [], reference: [] };
  const scroll = [];
  for (let i = 0; i < RUNS; i += 1) {
    runs.knot_coach.push(await webkitColdStart());
    runs.reference.push(await webkitColdStart(REFERENCE_DIST));
    const wk = await launchWebKit({ firstScript: READY_PROBE, compress: true });
    try {
      await wk.driver.get(wk.baseUrl + '/fixtures/far-below.html');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const started = await wk.driver.executeScript(`
        window.__knotCoachReadyMs = undefined;
        document.querySelector('knot-coach').scrollIntoView();
        const now = performance.now();
        ${READY_PROBE}
        return now;`);
      scroll.push((await webkitReady(wk.driver)) - started);
    } finally {
      await wk.close();
    }
  }
  const cold = { knot_coach: summarize(runs.knot_coach), reference: summarize(runs.reference) };
  return { cold_start: cold, ...ratios(cold), scroll_to_start_button: stats(scroll) };
}

/**
 * Cold start and scroll-to-ready in Chromium, Firefox and WebKit, in the same run;
 * Chromium's are the figures `chromium` already holds.
 */
async function perEngine(env, referenceUrl, chromium) {
  const firefoxBrowser = await firefox.launch({ channel: 'moz-firefox', executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr' });
  try {
    return {
      chromium: await playwrightEngine(env.browser, env.baseUrl, referenceUrl, chromium),
      firefox: await playwrightEngine(firefoxBrowser, env.baseUrl, referenceUrl),
      webkit: await webkitEngine().catch((error) => ({ error: String(error) })),
    };
  } finally {
    await firefoxBrowser.close();
  }
}

const assets = await distAssets();
const embed = await embedDownload();
const welcome = await embedDownload(WELCOME_FILES);
// Served as a web server would: Brotli or gzip, whichever the browser accepts.
const env = await launch({ compress: true });
// The reference: a one-button Yew app built and loaded exactly as the widget is (bench/hello-yew,
// built by scripts/bench.sh), served the same way and measured in the same run.
const reference = await startServer({ dist: REFERENCE_DIST, compress: true });
const referenceAssets = await distAssets(REFERENCE_DIST);
// Each compressed body is made once per run: made now, so no measured load waits for Brotli.
for (const [url, list] of [[env.baseUrl, assets], [reference.url, referenceAssets]]) {
  for (const asset of list) {
    for (const encoding of ['br', 'gzip']) {
      await fetch(`${url}/${asset.name}`, { headers: { 'accept-encoding': encoding } }).then((r) => r.arrayBuffer());
    }
  }
}
let results;
try {
  const pages = { knot_coach: env.baseUrl + '/', reference: reference.url + '/' };
  const plain = await interleavedColdStarts(env.browser, pages, { memory: 'knot_coach' });
  const cpu4 = await interleavedColdStarts(env.browser, pages, { throttle: 4 });
  const phone = await interleavedColdStarts(env.browser, pages, { throttle: 4, network: SLOW_4G });
  const [normal, slow, slowPhone] = [plain.knot_coach, cpu4.knot_coach, phone.knot_coach];
  const [referenceNormal, referenceSlow, referenceSlowPhone] = [plain.reference, cpu4.reference, phone.reference];
  const far = await farBelowTheFold(env, assets);
  results = {
    startup: {
      knot_coach: { no_throttling: normal, cpu_throttling_4x: slow, slow_4g_and_cpu_4x: slowPhone },
      reference_one_button_yew: {
        assets: referenceAssets,
        no_throttling: referenceNormal,
        cpu_throttling_4x: referenceSlow,
        slow_4g_and_cpu_4x: referenceSlowPhone,
      },
      ratio_to_reference: {
        no_throttling: ratio(normal, referenceNormal),
        cpu_throttling_4x: ratio(slow, referenceSlow),
        slow_4g_and_cpu_4x: ratio(slowPhone, referenceSlowPhone),
      },
      paired_ratio_to_reference: {
        no_throttling: pairedRatio(normal, referenceNormal),
        cpu_throttling_4x: pairedRatio(slow, referenceSlow),
        slow_4g_and_cpu_4x: pairedRatio(slowPhone, referenceSlowPhone),
      },
    },
    date: new Date().toISOString(),
    dist_assets: assets,
    embed: {
      files: embed.assets.map((a) => a.name),
      total_raw_bytes: embed.totalRaw,
      total_gzip_bytes: embed.totalGzip,
      total_brotli_bytes: embed.totalBrotli,
      ceiling_gzip_bytes: EMBED_CEILING_GZIP_BYTES,
    },
    before_start: {
      files: welcome.assets.map((a) => a.name),
      total_raw_bytes: welcome.totalRaw,
      total_gzip_bytes: welcome.totalGzip,
      total_brotli_bytes: welcome.totalBrotli,
      ceiling_gzip_bytes: WELCOME_CEILING_GZIP_BYTES,
    },
    cold_start_to_start_button: { no_throttling: normal.times, cpu_throttling_4x: slow.times, slow_4g_and_cpu_4x: slowPhone.times },
    memory_after_start: normal.memory,
    widget_far_below_the_fold: far,
    engines: await perEngine(env, reference.url, { cold: plain, scroll: far.scroll_to_start_button }),
    progress_screen_load: {
      sessions_0: await progressLoad(env, 0),
      sessions_1000: await progressLoad(env, 1000),
    },
    lighthouse: await lighthouseScores(env.baseUrl).catch((error) => ({ error: String(error) })),
    session_player_60s: {
      visible: await playMinute(env, { hidden: false }),
      hidden_emulated: await playMinute(env, { hidden: true }),
    },
  };
} finally {
  await env.close();
  await reference.close();
}

const kb = (b) => `${(b / 1024).toFixed(1)} KiB`;
console.log('\nKnot Coach benchmark\n');
console.log('dist assets (raw / gzip -9 / brotli 11):');
for (const a of assets) console.log(`  ${a.name.padEnd(28)} ${kb(a.raw).padStart(11)} ${kb(a.gzip).padStart(11)} ${kb(a.brotli).padStart(11)}`);
console.log(`embed download: ${kb(embed.totalRaw)} raw, ${kb(embed.totalGzip)} gzip, ${kb(embed.totalBrotli)} brotli (ceiling ${kb(EMBED_CEILING_GZIP_BYTES)} gzip)`);
console.log(`before Start works (loader and welcome part): ${kb(welcome.totalRaw)} raw, ${kb(welcome.totalGzip)} gzip, ${kb(welcome.totalBrotli)} brotli (ceiling ${kb(WELCOME_CEILING_GZIP_BYTES)} gzip)`);
console.log('\nstart-up, from navigation to a working Start button (each step: median time from navigation):');
const startup = results.startup;
for (const label of Object.keys(startup.knot_coach)) {
  console.log(`${label}:`);
  printSteps('Knot Coach', startup.knot_coach[label]);
  printSteps('one-button Yew reference', startup.reference_one_button_yew[label]);
  console.log(`  ratio Knot Coach / reference: ${startup.ratio_to_reference[label]} (median of the medians); ${startup.paired_ratio_to_reference[label]} (median of each round's ratio)`);
}
const refGzip = referenceAssets.filter((a) => /\.(wasm|js|css)$/.test(a.name)).reduce((sum, a) => sum + a.gzip, 0);
console.log(`reference app: ${kb(refGzip)} gzip in all`);
const far = results.widget_far_below_the_fold;
console.log(`widget far below the fold: ${far.files_before_scroll.join(', ')} fetched before the reader scrolls (${kb(far.gzip_bytes_before_scroll)} gzip)`);
console.log(`  scroll to Start button: median ${far.scroll_to_start_button.median_ms} ms, min ${far.scroll_to_start_button.min_ms} ms, max ${far.scroll_to_start_button.max_ms} ms`);
console.log('\nper engine, no throttling (the same steps; interleaved with the reference app):');
for (const [engine, r] of Object.entries(results.engines)) {
  if (r.error) {
    console.log(`${engine}: ${r.error}`);
    continue;
  }
  console.log(`${engine}:`);
  printSteps('Knot Coach', r.cold_start.knot_coach);
  printSteps('one-button Yew reference', r.cold_start.reference);
  console.log(`  ratio Knot Coach / reference: ${r.ratio_to_reference} (median of the medians); ${r.paired_ratio_to_reference} (median of each round's ratio)`);
  console.log(`  scroll to a widget far below the fold, to its Start button: median ${r.scroll_to_start_button.median_ms} ms`);
}
const m = results.memory_after_start;
for (const [label, r] of Object.entries(results.session_player_60s)) {
  console.log(`60 s session (${label}): ended after ${r.actual_ms} ms, drift ${r.drift_ms} ms (goal: 20 ms or less), CPU ${r.cpu_ms_per_minute} ms per minute = ${r.cpu_percent_of_one_core} % of one core (goal: 2 % or less)`);
}
for (const [label, r] of Object.entries(results.progress_screen_load)) {
  console.log(`progress screen from navigation (${label}): median ${r.median_ms} ms (min ${r.min_ms}, max ${r.max_ms}); stored document ${kb(r.document_bytes)}`);
}
console.log(`lighthouse (standalone page): ${JSON.stringify(results.lighthouse)}`);
console.log(`after start: wasm memory ${kb(m.wasm_memory_bytes)}, JS heap used ${kb(m.js_heap_used_bytes)}`);
await mkdir(new URL('../../target/bench/', import.meta.url), { recursive: true });
await writeFile(OUT, JSON.stringify(results, null, 2) + '\n');
console.log(`\nwritten to ${OUT}`);
