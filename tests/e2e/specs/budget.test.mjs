// The release build's contents, the ceiling for what an embed downloads and the loader's budget.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  distAssets,
  embedDownload,
  EMBED_CEILING_GZIP_BYTES,
  LOADER_BUDGET_GZIP_BYTES,
  WELCOME_CEILING_GZIP_BYTES,
  WELCOME_FILES,
} from '../sizes.mjs';

test("dist holds the standalone page, the loader, and each part's wasm-bindgen JS and wasm (which carries the CSS)", async () => {
  const names = (await distAssets()).map((a) => a.name);
  for (const name of ['index.html', 'knot-coach.js', 'knot-coach-app.js', 'knot-coach-app_bg.wasm', 'knot-coach-full.js', 'knot-coach-full_bg.wasm']) {
    assert.ok(names.includes(name), `dist/${name} exists (have: ${names.join(', ')})`);
  }
  assert.ok(!names.includes('knot-coach.css'), 'no stylesheet of its own: the wasm carries it');
});

test(`what the embed downloads stays under the ${EMBED_CEILING_GZIP_BYTES / 1024} KiB gzip ceiling`, async () => {
  const { totalGzip, assets } = await embedDownload();
  const detail = assets.map((a) => `${a.name} ${a.gzip} B`).join(', ');
  assert.ok(totalGzip <= EMBED_CEILING_GZIP_BYTES, `embed total ${totalGzip} B gzip (${detail})`);
});

test(`what a first visit downloads before Start works stays under the ${WELCOME_CEILING_GZIP_BYTES / 1024} KiB gzip ceiling`, async () => {
  const { totalGzip, assets } = await embedDownload(WELCOME_FILES);
  const detail = assets.map((a) => `${a.name} ${a.gzip} B`).join(', ');
  assert.ok(totalGzip <= WELCOME_CEILING_GZIP_BYTES, `loader and welcome part ${totalGzip} B gzip (${detail})`);
});

test(`a page whose reader never scrolls to the widget downloads at most ${LOADER_BUDGET_GZIP_BYTES} B gzipped of it`, async () => {
  const loader = (await distAssets()).find((a) => a.name === 'knot-coach.js');
  assert.ok(loader.gzip <= LOADER_BUDGET_GZIP_BYTES, `knot-coach.js is ${loader.gzip} B gzip`);
});
