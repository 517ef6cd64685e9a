// Section summaries webview: filter, summary/full toggle, collapse, copy/insert, and links that
// become messages to the extension. No HTML is built from strings here: the page content comes
// pre-rendered (markdown-it, html disabled) and this script only toggles classes and attributes.
// @ts-check
(function () {
  // @ts-ignore acquireVsCodeApi is provided by VS Code
  const vscode = acquireVsCodeApi();
  const body = document.body;
  const uri = body.dataset.uri || '';
  /** Words the script shows, in the UI language: the extension puts them in `data-l10n` (JSON). */
  /** @type {{collapseAll?: string, expandAll?: string}} */
  let strings = {};
  try { strings = JSON.parse(body.dataset.l10n || '{}') || {}; } catch { strings = {}; }
  const collapseAllText = strings.collapseAll || 'Collapse all';
  const expandAllText = strings.expandAll || 'Expand all';
  /** @type {{uri?: string, mode?: string, filter?: string, closed?: number[], scrollY?: number}} */
  const saved = vscode.getState() || {};
  const state = saved.uri === uri ? saved : { uri };
  const filter = /** @type {HTMLInputElement} */ (document.getElementById('filter'));
  const sections = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('section.section')]);
  const toggleAll = /** @type {HTMLButtonElement} */ (document.getElementById('toggle-all'));

  function save() {
    state.scrollY = window.scrollY;
    state.closed = sections.filter(s => !(/** @type {HTMLDetailsElement} */ (s.querySelector('details'))).open).map(s => Number(s.dataset.section));
    vscode.setState(state);
  }

  function setMode(mode) {
    state.mode = mode === 'full' ? 'full' : 'summary';
    body.classList.toggle('mode-full', state.mode === 'full');
    body.classList.toggle('mode-summary', state.mode === 'summary');
    for (const b of document.querySelectorAll('[data-mode]')) b.setAttribute('aria-pressed', String(b.getAttribute('data-mode') === state.mode));
    applyFilter();
    save();
  }

  /** Hides top-level points whose text (with sub-points) does not contain every word typed. */
  function applyFilter() {
    const words = (filter.value || '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
    state.filter = filter.value;
    for (const section of sections) {
      const bodyEl = section.querySelector(state.mode === 'full' ? '.full-body' : '.summary-body');
      if (!bodyEl) continue;
      const items = [...bodyEl.querySelectorAll(':scope > ul > li, :scope > ol > li, :scope > p')];
      let shown = 0;
      for (const li of items) {
        const text = (li.textContent || '').toLocaleLowerCase();
        const match = words.every(w => text.includes(w));
        li.classList.toggle('filtered-out', !match);
        if (match) shown++;
      }
      section.classList.toggle('no-results', words.length > 0 && shown === 0);
      const note = section.querySelector('.no-match');
      if (note) /** @type {HTMLElement} */ (note).hidden = !(words.length > 0 && shown === 0);
    }
    save();
  }

  filter.addEventListener('input', applyFilter);
  filter.addEventListener('keydown', e => { if (e.key === 'Escape') { filter.value = ''; applyFilter(); } });
  for (const b of document.querySelectorAll('[data-mode]')) b.addEventListener('click', () => setMode(b.getAttribute('data-mode')));
  for (const d of document.querySelectorAll('details')) d.addEventListener('toggle', save);
  toggleAll.addEventListener('click', () => {
    const details = /** @type {HTMLDetailsElement[]} */ ([...document.querySelectorAll('section details')]);
    const open = !details.every(d => d.open);
    for (const d of details) d.open = open;
    toggleAll.querySelector('span').textContent = open ? collapseAllText : expandAllText;
    save();
  });

  for (const b of document.querySelectorAll('button[data-action]')) {
    b.addEventListener('click', () => vscode.postMessage({
      type: b.getAttribute('data-action'),
      section: Number(b.getAttribute('data-section')),
      mode: state.mode === 'full' ? 'full' : 'summary',
    }));
  }

  // Every link is handled here: term and source links become messages; web links open outside.
  document.addEventListener('click', e => {
    const a = /** @type {HTMLElement} */ (e.target).closest('a');
    if (!a) return;
    const href = a.getAttribute('href') || '';
    e.preventDefault();
    if (href.startsWith('#term-')) vscode.postMessage({ type: 'term', id: decodeURIComponent(href.slice(6)) });
    else if (href.startsWith('#src-')) vscode.postMessage({ type: 'reveal', line: Number(href.slice(5)) });
    else if (href.startsWith('#sec-')) {
      const target = document.getElementById(href.slice(1));
      if (target) { const d = target.querySelector('details'); if (d) d.open = true; target.scrollIntoView({ block: 'start' }); target.querySelector('summary')?.focus(); }
    } else if (/^https?:\/\//i.test(href)) vscode.postMessage({ type: 'openExternal', href });
  });

  window.addEventListener('message', e => {
    const m = e.data;
    if (m && m.type === 'scrollTo' && Number.isInteger(m.section)) {
      const target = document.getElementById('sec-' + m.section);
      if (target) { const d = target.querySelector('details'); if (d) d.open = true; target.scrollIntoView({ block: 'start' }); }
    }
  });
  let scrollTimer;
  window.addEventListener('scroll', () => { clearTimeout(scrollTimer); scrollTimer = setTimeout(save, 200); });

  // Restore what the student had: mode, filter, closed sections, scroll.
  for (const n of state.closed || []) {
    const d = document.querySelector(`#sec-${Number(n)} details`);
    if (d) /** @type {HTMLDetailsElement} */ (d).open = false;
  }
  filter.value = state.filter || '';
  setMode(state.mode || 'summary');
  if (state.scrollY) window.scrollTo(0, state.scrollY);
})();
