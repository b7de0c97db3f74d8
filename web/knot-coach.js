// Knot Coach embed loader: defines <knot-coach> and mounts the widget in every such element.
// Everything it loads is found relative to this file, so dist/ can live under any path.
// French readers also download knot-coach.fr-CA.json, the French words, when they need them.
// The widget itself (its wasm, which carries its CSS, and its JS) is downloaded only when a
// <knot-coach> element comes within a screen of the viewport: a blog reader who never
// scrolls to it downloads this file alone. It comes in two parts: knot-coach-app, the
// welcome screen, and knot-coach-full, the rest, which the first part asks for (`load`).

/** Whether the element (or its page) asks for French. */
const french = (element) => /^fr/i.test(element.closest('[lang]')?.lang ?? '');

function showFallback(element) {
  // textContent, never innerHTML: nothing here is parsed as markup. In the element's (or
  // its page's) language, French or English.
  element.textContent = french(element)
    ? 'Knot Coach n’a pas pu démarrer dans ce navigateur. Essayez un navigateur à jour.'
    : 'Knot Coach could not start in this browser. Try an up-to-date browser.';
}

/** Whether `element` is within one screen of the viewport (the observer's margin below). */
function isNear(element) {
  const box = element.getBoundingClientRect();
  const height = innerHeight;
  const width = innerWidth;
  return box.top < 2 * height && box.bottom > -height && box.left < 2 * width && box.right > -width;
}

/**
 * Defines <knot-coach>. `load(element)` downloads and starts the widget, resolving to
 * `{ mount, observedAttributes }`; it is called once, with the first element to near the
 * viewport (at once where IntersectionObserver is missing).
 */
function defineKnotCoach(load) {
  let loading;
  const start = (element) => (loading ??= load(element));
  const near =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              near.unobserve(entry.target);
              entry.target.wake();
            }
          },
          // One screen ahead in every direction, so the widget is usually ready when it shows.
          { rootMargin: '100%' },
        )
      : undefined;

  class KnotCoachElement extends HTMLElement {
    connectedCallback() {
      if (this.widget) return;
      // Already within a screen of the viewport (a standalone page, or a widget near the top
      // of a post): start now rather than a frame later, when the observer would first report.
      if (near && !isNear(this)) near.observe(this);
      else this.wake();
    }

    /** Mounts the widget once it has loaded, if this element is still on the page. */
    wake() {
      start(this).then(
        ({ mount, observedAttributes }) => {
          if (this.widget || !this.isConnected) return;
          try {
            // The attribute list lives in the wasm, so changes are watched from here rather
            // than through `observedAttributes`, which is read when the element is defined.
            const watch = new MutationObserver(() => this.widget?.refresh(this));
            const attributeFilter = observedAttributes();
            this.widget = mount(this);
            this.watch = watch;
            watch.observe(this, { attributes: true, attributeFilter });
          } catch (error) {
            console.error('knot-coach: could not mount', error);
            showFallback(this);
          }
        },
        (error) => {
          console.error('knot-coach: could not load', error);
          showFallback(this);
        },
      );
    }

    disconnectedCallback() {
      near?.unobserve(this);
      // A move within the page disconnects and reconnects at once: keep the reader's place.
      queueMicrotask(() => {
        if (!this.isConnected && this.widget) {
          this.watch?.disconnect();
          this.widget.unmount();
          this.widget = undefined;
        }
      });
    }
  }

  if (!customElements.get('knot-coach')) customElements.define('knot-coach', KnotCoachElement);
}

// @boot: the single-file build (scripts/build-single-file.mjs) replaces everything below.
const here = import.meta.url;
const ok = (response) => (response.ok ? response : Promise.reject(new Error(`HTTP ${response.status}`)));
/** Downloads and starts the module `name` (`<name>.js` and `<name>_bg.wasm`, beside this file). */
const load = (name) => {
  // Two requests, side by side: the wasm (which carries the widget's stylesheet too) and
  // its JS. The wasm download and its compiling start now, beside the JS import, rather
  // than after it: the module is compiled as it streams in. (The page does not preload it: WebKit does
  // not reuse a `preload as=fetch` and would download it twice.) A server that sends the
  // wrong type gets the compile from bytes instead of the stream.
  const wasm = fetch(new URL(`${name}_bg.wasm`, here))
    .then(ok)
    .then((response) =>
      /wasm/.test(response.headers.get('content-type'))
        ? WebAssembly.compileStreaming(response)
        : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes)),
    );
  return import(`./${name}.js`).then(async (bindings) => {
    await bindings.default({ module_or_path: wasm });
    // A language's words (knot-coach.fr-CA.json) sit beside this file: the widget fetches
    // them from here, only when a reader's language is French.
    bindings.setSource(here, load);
    return bindings;
  });
};
// A reader with anything saved (knot-coach:<namespace>:<what>) has been here before, and a
// French reader's welcome screen is the whole widget's (the welcome part is in English only):
// neither opens at the welcome part, so both get the whole widget at once rather than after
// it. The welcome part itself decides every other case (src/domain/first_part.rs).
defineKnotCoach((element) => {
  let saved;
  try {
    saved = Object.keys(localStorage).some((key) => key.startsWith('knot-coach:'));
  } catch {}
  return load(saved || french(element) ? 'knot-coach-full' : 'knot-coach-app');
});
