// Minifies what the embed downloads, in place in dist/ (or the folder given as the first
// argument, as for the benchmark's reference app): the wasm-bindgen JS and the loader with
// terser (the widget's stylesheet is compacted by build.rs, inside the wasm). Run after
// build-single-file.mjs, which reads the readable sources (scripts/build.sh keeps that order).
import { pathToFileURL } from 'node:url';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { minify } = require('terser');

const dist = process.argv[2] ? pathToFileURL(process.argv[2].replace(/\/?$/, '/')) : new URL('../dist/', import.meta.url);

async function rewrite(name, transform) {
  const file = new URL(name, dist);
  const before = await readFile(file, 'utf8');
  const after = await transform(before);
  await writeFile(file, after);
  console.log(`minified ${new URL(name, dist).pathname}: ${before.length} -> ${after.length} bytes`);
}

for (const name of ['knot-coach-app.js', 'knot-coach-full.js', 'knot-coach.js']) {
  if (process.argv[2] && name === 'knot-coach-full.js') continue;
  await rewrite(name, async (source) => {
    // A module keeps its exports and import.meta; only local names are shortened.
    const { code } = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
    if (!code) throw new Error(`terser produced nothing for ${name}`);
    return code;
  });
}
// The French words without the indentation translators read: the same JSON, smaller.
if (!process.argv[2]) await rewrite('knot-coach.fr-CA.json', (source) => JSON.stringify(JSON.parse(source)));
