// A small static server for the release build: dist/ at /, the demo blog post at /demo/,
// and end-to-end test pages at /fixtures/. Used by scripts/serve.sh, the tests and the benchmark.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Where each URL prefix is served from; `dist` is the release build to serve. */
const rootsFor = (dist) => [
  ['/demo/', join(repo, 'demo')],
  ['/fixtures/', join(repo, 'tests', 'e2e', 'fixtures')],
  // dist/ again under a deep path, as a clinic might upload it: proves the loader finds its files.
  ['/blog/assets/widgets/knot-coach/', dist],
  ['/', dist],
];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Types a web server compresses; images are compressed already. */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);
const compressors = {
  br: promisify(brotliCompress),
  gzip: promisify(gzip),
};
const compressorOptions = {
  br: { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } },
  gzip: { level: 9 },
};
/** Compressed bodies by encoding, file, size and change time: each is compressed once. */
const compressed = new Map();

/**
 * The body as a clinic's web server or CDN would send it to this request: Brotli (quality
 * 11) or gzip (-9) when the browser accepts it and the type is compressible, as static
 * precompression serves them. Returns `{ body, encoding }`.
 */
async function encodeFor(req, file, body, info) {
  if (!compressible.has(extname(file))) return { body };
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = ['br', 'gzip'].find((name) => new RegExp(`\\b${name}\\b`).test(accepted));
  if (!encoding) return { body };
  const key = `${encoding} ${file} ${info.size} ${info.mtimeMs}`;
  if (!compressed.has(key)) compressed.set(key, compressors[encoding](body, compressorOptions[encoding]));
  return { body: await compressed.get(key), encoding };
}

function locate(roots, pathname) {
  for (const [prefix, dir] of roots) {
    if (!pathname.startsWith(prefix)) continue;
    const rel = normalize(decodeURIComponent(pathname.slice(prefix.length)));
    const file = resolve(dir, rel);
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return file;
  }
  return null;
}

/** The strict policy a careful clinic might send; end-to-end pages named *-csp.html get it. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * Starts the server; resolves to { url, close } once it listens. `headers(pathname)` adds
 * headers; `dist` serves another copy of the release build (a test that changes files);
 * `compress` sends Brotli or gzip bodies, as a real web server does (the benchmark, and
 * `scripts/serve.sh`; the tests are faster without).
 */
export function startServer({ port = 0, host = '127.0.0.1', headers = () => ({}), dist = join(repo, 'dist'), compress = false } = {}) {
  const roots = rootsFor(resolve(dist));
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url, 'http://localhost');
      let file = locate(roots, pathname);
      if (file && (await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const raw = file ? await readFile(file).catch(() => null) : null;
      if (!raw) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
        return;
      }
      const { body, encoding } = compress ? await encodeFor(req, file, raw, await stat(file)) : { body: raw };
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...(compress ? { vary: 'accept-encoding' } : {}),
        ...(encoding ? { 'content-encoding': encoding } : {}),
        ...(pathname.endsWith('-csp.html') ? { 'content-security-policy': STRICT_CSP } : {}),
        ...headers(pathname),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({
        url: `http://${host}:${actual}`,
        close: () => new Promise((done) => server.close(done)),
        server,
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 8080;
  const { url } = await startServer({ port, compress: true });
  console.log(`Knot Coach is being served:`);
  console.log(`  standalone page:  ${url}/`);
  console.log(`  demo blog post:   ${url}/demo/blog.html`);
  console.log('Press Ctrl+C to stop.');
}
