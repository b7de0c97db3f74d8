// Knot Coach embed loader: defines <knot-coach> and mounts the widget in every such element.
// Everything it loads is found relative to this file, so dist/ can live under any path.
import init, { mount, observedAttributes } from './knot-coach-app.js';

const fallbackText = 'Knot Coach could not start in this browser. Please try an up-to-date browser.';

function showFallback(element) {
  // textContent, never innerHTML: nothing here is parsed as markup.
  element.textContent = fallbackText;
}

/** Defines <knot-coach> once `ready` (the wasm started, resolving to the CSS text) settles. */
function defineKnotCoach(ready) {
  ready
    .then((css) => {
      class KnotCoachElement extends HTMLElement {
        static get observedAttributes() {
          return observedAttributes();
        }

        connectedCallback() {
          if (this.widget) return;
          try {
            this.widget = mount(this, css);
          } catch (error) {
            console.error('knot-coach: could not mount', error);
            showFallback(this);
          }
        }

        disconnectedCallback() {
          // A move within the page disconnects and reconnects at once: keep the reader's place.
          queueMicrotask(() => {
            if (!this.isConnected && this.widget) {
              this.widget.unmount();
              this.widget = undefined;
            }
          });
        }

        attributeChangedCallback() {
          if (this.widget) this.widget.refresh(this);
        }
      }

      if (!customElements.get('knot-coach')) customElements.define('knot-coach', KnotCoachElement);
    })
    .catch((error) => {
      console.error('knot-coach: could not load', error);
      document.querySelectorAll('knot-coach').forEach(showFallback);
    });
}

// @boot: the single-file build (scripts/build-single-file.mjs) replaces everything below.
const here = import.meta.url;
const stylesheet = fetch(new URL('knot-coach.css', here))
  .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
  .catch((error) => {
    console.warn('knot-coach: the stylesheet did not load; the widget will look plain.', error);
    return '';
  });
defineKnotCoach(
  Promise.all([init({ module_or_path: new URL('knot-coach-app_bg.wasm', here) }), stylesheet]).then(([, css]) => css),
);
