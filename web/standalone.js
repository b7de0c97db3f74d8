// The standalone page only: registers the service worker so the page works offline.
// (An embed on a clinic's site cannot register ours: service workers are same-origin.)
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(new URL('sw.js', import.meta.url), { type: 'classic' }).catch((error) => {
    console.warn('knot-coach: offline support is not available here.', error);
  });
}
