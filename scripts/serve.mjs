// A small static server for the release build: dist/ at /, the demo blog post at /demo/,
// and end-to-end test pages at /fixtures/. Used by scripts/serve.sh, the tests and the benchmark.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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
 * headers; `dist` serves another copy of the release build (a test that changes files).
 */
export function startServer({ port = 0, host = '127.0.0.1', headers = () => ({}), dist = join(repo, 'dist') } = {}) {
  const roots = rootsFor(resolve(dist));
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url, 'http://localhost');
      let file = locate(roots, pathname);
      if (file && (await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = file ? await readFile(file).catch(() => null) : null;
      if (!body) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
        return;
      }
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
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
  const { url } = await startServer({ port });
  console.log(`Knot Coach is being served:`);
  console.log(`  standalone page:  ${url}/`);
  console.log(`  demo blog post:   ${url}/demo/blog.html`);
  console.log('Press Ctrl+C to stop.');
}
