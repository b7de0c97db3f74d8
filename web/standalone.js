// The standalone page only: registers the service worker so the page works offline.
// (An embed on a clinic's site cannot register ours: service workers are same-origin.)
// Not before the widget is up: installing downloads every file again (bypassing the HTTP
// cache, so the offline copy is fresh), which on a phone's first visit would share the
// network with the widget's own wasm download and delay the Start button.
const widget = document.querySelector('knot-coach');

function registerServiceWorker() {
  navigator.serviceWorker.register(new URL('sw.js', import.meta.url), { type: 'classic' }).catch((error) => {
    console.warn('knot-coach: offline support is not available here.', error);
  });
}

if ('serviceWorker' in navigator) {
  // The loader sets `widget` on the element once it has mounted. On a first visit the welcome
  // part mounts and then downloads the whole widget: installing waits for that download too,
  // so the two never share a slow network. A widget that never gets there (an engine that
  // cannot run it, a download that fails) still gets offline support after 20 s.
  const started = Date.now();
  const fullLoaded = () =>
    performance.getEntriesByType('resource').some((r) => r.name.endsWith('/knot-coach-full_bg.wasm') && r.responseEnd > 0);
  const whenReady = () =>
    (widget?.widget && fullLoaded()) || Date.now() - started > 20000 ? registerServiceWorker() : setTimeout(whenReady, 100);
  whenReady();
}

// The language switch: sets the widget's `lang` (the widget follows it at once), the page's
// own `lang`, and remembers the choice on this device. With no choice yet the widget
// follows the page and the browser's languages.
const LANG_KEY = 'knot-coach:page-lang';
const select = document.getElementById('page-lang-select');

function remembered() {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

function apply(lang) {
  const french = lang === 'fr';
  document.documentElement.lang = french ? 'fr-CA' : 'en';
  if (widget) widget.setAttribute('lang', lang);
  for (const line of document.querySelectorAll('[data-lang]')) {
    line.hidden = line.dataset.lang !== lang;
  }
  if (select) select.value = lang;
}

if (select) {
  const saved = remembered();
  const browser = (navigator.languages ?? [navigator.language ?? 'en']).find((tag) => /^(en|fr)\b/i.test(tag));
  apply(saved === 'fr' || saved === 'en' ? saved : browser && /^fr/i.test(browser) ? 'fr' : 'en');
  select.addEventListener('change', () => {
    apply(select.value);
    try {
      localStorage.setItem(LANG_KEY, select.value);
    } catch {
      // Storage blocked: the choice lasts for this visit.
    }
  });
}

// Clinician mode (issue 15): `?mode=clinician` opens the prescription form, and the header
// link leads back to the coach. A prescription link never carries the query, only `#rx=`.
if (widget && new URLSearchParams(location.search).get('mode') === 'clinician') {
  widget.setAttribute('mode', 'clinician');
  for (const link of document.querySelectorAll('[data-mode-link]')) link.hidden = true;
}
