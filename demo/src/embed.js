// "Embed this chart": a select of every section (`cate embed --list`), the snippet the built `cate embed SECTION`
// prints (served by the demo at /embed/snippet/SECTION.txt, so the CLI stays the one source of the snippet), a
// copy button, and a live preview of that section drawn from this demo's publication.
import '@cate/charts/cate-chart.js';
import { fetchJson, say, start } from './page.js';

const select = document.getElementById('section');
const snippet = document.getElementById('snippet');
const preview = document.getElementById('preview');
const copy = document.getElementById('copy');
const copied = document.getElementById('copy-status');

async function show(id) {
  const response = await fetch(`/embed/snippet/${encodeURIComponent(id)}.txt`);
  if (!response.ok) throw new Error(`no snippet for "${id}" (HTTP ${response.status})`);
  snippet.textContent = await response.text();
  copied.textContent = '';
  const chart = document.createElement('cate-chart');
  chart.setAttribute('section', id);
  chart.setAttribute('src', '/data/publication.json');
  preview.replaceChildren(chart);
  const url = new URL(location.href);
  url.searchParams.set('section', id);
  history.replaceState(null, '', url);
}

async function copySnippet() {
  const text = snippet.textContent;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard permission (an insecure origin, a browser setting): copy the selected text instead.
    getSelection().selectAllChildren(snippet);
    if (!document.execCommand('copy')) {
      copied.textContent = 'Could not copy: the snippet is selected, press Ctrl+C (⌘C) to copy it.';
      return;
    }
  }
  // Cleared first, so that a second press is announced again.
  copied.textContent = '';
  requestAnimationFrame(() => (copied.textContent = 'Copied'));
}

start(async () => {
  const sections = await fetchJson('/embed/list.json');
  for (const { id, title } of sections) select.add(new Option(`${title} (${id})`, id));
  const wanted = new URL(location.href).searchParams.get('section');
  select.value = sections.some((s) => s.id === wanted) ? wanted : sections[0].id;
  select.addEventListener('change', () => show(select.value).catch((error) => say(error.message)));
  copy.addEventListener('click', () => copySnippet());
  copy.disabled = false;
  await show(select.value);
});
