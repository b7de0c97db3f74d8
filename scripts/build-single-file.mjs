// Builds dist/knot-coach.html: one self-contained file with the whole widget's wasm (which
// carries the widget's CSS) and JS inlined, which a clinic can email and a reader can open from disk
// (file://) with everything working, in both languages (the French words are inlined).
// Nothing is downloaded from it, so it has no welcome part to show first (issue 17): it
// mounts the whole widget at once. Run after both `trunk build`s (scripts/build.sh).
import { readFile, writeFile } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
const read = (name) => readFile(new URL(name, dist), 'utf8');

const [page, bindgen, loader, pageCss, french, wasm] = await Promise.all([
  read('index.html'),
  read('knot-coach-full.js'),
  read('knot-coach.js'),
  readFile(new URL('../styles/page.css', import.meta.url), 'utf8'),
  read('knot-coach.fr-CA.json'),
  readFile(new URL('knot-coach-full_bg.wasm', dist)),
]);

// The page itself (header and the <knot-coach> element) is the standalone page's body.
const pageBody = page.match(/<body>\s*([\s\S]*?)\s*<\/body>/)?.[1];
if (!/<knot-coach[\s>]/.test(pageBody ?? '')) throw new Error('dist/index.html has no <knot-coach> in its body');

// The wasm-bindgen module becomes plain declarations in the one inline module.
const bindgenInline = bindgen
  .replace(/^export (class|function|const|let|async function) /gm, '$1 ')
  .replace(/^export \{[^}]*\};?\s*$/gm, '');
if (/^\s*export\b/m.test(bindgenInline)) throw new Error('unexpected export left in the wasm-bindgen JS');

// The loader minus its network boot: the widget's names come from the inlined module above.
const [loaderInline] = loader.split('// @boot');
if (!loader.includes('// @boot')) throw new Error('knot-coach.js has no @boot marker');

const script = `${bindgenInline}
${loaderInline}
const wasmBase64 = ${JSON.stringify(wasm.toString('base64'))};
// The French words are inlined too (a file opened from disk cannot fetch them); the widget
// reads them only when a reader's language is French.
const frenchWords = ${JSON.stringify(JSON.stringify(JSON.parse(french)))};
defineKnotCoach(() =>
  __wbg_init({ module_or_path: Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0)) }).then(() => {
    setSource(
      (name) => (name === 'knot-coach.fr-CA.json' ? Promise.resolve(frenchWords) : Promise.reject(new Error('no ' + name))),
      undefined,
    );
    return { mount, observedAttributes };
  }),
);
`;
// Nothing inside may close the script element early.
const safeScript = script.replace(/<\/(script)/gi, '<\\/$1');

const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Knot Coach: self-care for upper-back knots</title>
    <meta name="description" content="Self-care for knots between the shoulder blades. This single file works offline; nothing leaves your device." />
    <style>${pageCss.replace(/<\/(style)/gi, '<\\/$1')}</style>
  </head>
  <body>
    ${pageBody}
    <script type="module">
${safeScript}
    </script>
  </body>
</html>
`;
await writeFile(new URL('knot-coach.html', dist), html);
console.log(`single-file build: dist/knot-coach.html (${(html.length / 1024).toFixed(1)} KiB)`);
