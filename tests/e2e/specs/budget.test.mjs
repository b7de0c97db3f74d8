// The release build's contents and the size budget for what an embed downloads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distAssets, embedDownload, EMBED_BUDGET_GZIP_BYTES } from '../sizes.mjs';

test('dist holds the standalone page, the loader, the wasm-bindgen JS, the wasm and the CSS', async () => {
  const names = (await distAssets()).map((a) => a.name);
  for (const name of ['index.html', 'knot-coach.js', 'knot-coach-app.js', 'knot-coach-app_bg.wasm', 'knot-coach.css']) {
    assert.ok(names.includes(name), `dist/${name} exists (have: ${names.join(', ')})`);
  }
});

test(`what the embed downloads is at most ${EMBED_BUDGET_GZIP_BYTES / 1000} KB gzipped`, async () => {
  const { totalGzip, assets } = await embedDownload();
  const detail = assets.map((a) => `${a.name} ${a.gzip} B`).join(', ');
  assert.ok(totalGzip <= EMBED_BUDGET_GZIP_BYTES, `embed total ${totalGzip} B gzip (${detail})`);
});
