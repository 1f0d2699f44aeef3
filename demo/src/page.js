// What every demo page shares: fetching its data, and saying in the page (and the console) when an element could
// not draw. The page's CSP allows no inline script, so each page loads its bundled script from /js/.

/** The page's status line (role=status): a problem is written there for everyone, not only in the console. */
export function say(text) {
  const status = document.getElementById('demo-status');
  if (status) status.textContent = text;
}

/** A JSON file the demo serves, or a thrown Error naming it. */
export async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** Runs the page's setup; a failure is shown in the status line. Every element's cate-error is reported too. */
export function start(setup) {
  document.addEventListener('cate-error', (event) => {
    const { code, message } = event.detail;
    say(`A figure could not be drawn (${code}): ${message}`);
    console.error(`${event.target.localName}:`, code, message);
  });
  setup().catch((error) => {
    say(`This page could not load its data: ${error.message}`);
    console.error(error);
  });
}
