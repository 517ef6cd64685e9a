// Section summaries webview: filter, summary/full toggle, collapse, copy/insert, and links that
// become messages to the extension. No HTML is built from strings here: the page content comes
// pre-rendered (markdown-it, html disabled) and this script only toggles classes and attributes
// and sets the text of the status region.
// Keyboard and screen readers: every action is a <button> or a link (Tab, Enter, Space); each
// section's heading holds a button with aria-expanded/aria-controls; results of the filter and
// of actions are said in a polite status region; focus goes where the action leads.
// @ts-check
(function () {
  // @ts-ignore acquireVsCodeApi is provided by VS Code
  const vscode = acquireVsCodeApi();
  const body = document.body;
  const uri = body.dataset.uri || '';
  /** Words the script shows, in the UI language: the extension puts them in `data-l10n` (JSON). */
  /** @type {{collapseAll?: string, expandAll?: string, allCollapsed?: string, allExpanded?: string, oneMatch?: string, manyMatch?: string, noMatch?: string, filterCleared?: string, showFull?: string, showSummary?: string}} */
  let strings = {};
  try { strings = JSON.parse(body.dataset.l10n || '{}') || {}; } catch { strings = {}; }
  const collapseAllText = strings.collapseAll || 'Collapse all';
  const expandAllText = strings.expandAll || 'Expand all';
  /** @type {{uri?: string, mode?: string, filter?: string, closed?: number[], full?: number[], scrollY?: number}} */
  const saved = vscode.getState() || {};
  const state = saved.uri === uri ? saved : { uri };
  const filter = /** @type {HTMLInputElement} */ (document.getElementById('filter'));
  const sections = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('section.section')]);
  const toggleAll = /** @type {HTMLButtonElement} */ (document.getElementById('toggle-all'));
  const status = /** @type {HTMLElement} */ (document.getElementById('status'));

  // Each section kind's icon takes its theme colour (data-color, from the kinds table), set here
  // through the CSSOM: the page's CSP allows no inline styles.
  for (const icon of /** @type {HTMLElement[]} */ ([...document.querySelectorAll('[data-color]')])) {
    const color = icon.dataset.color || '';
    if (/^[a-z0-9-]+$/i.test(color)) icon.style.color = `var(--vscode-${color})`;
  }

  /** The button in a section's heading, and the part it shows or hides. */
  const toggleOf = (/** @type {Element} */ section) => /** @type {HTMLButtonElement} */ (section.querySelector('button.toggle'));
  const contentOf = (/** @type {Element} */ section) => /** @type {HTMLElement} */ (section.querySelector('.section-content'));
  const isOpen = (/** @type {Element} */ section) => toggleOf(section).getAttribute('aria-expanded') === 'true';

  /** Says `text` in the polite status region (screen readers read it without moving focus). */
  let statusTimer;
  function announce(text) {
    clearTimeout(statusTimer);
    // Emptied first, so the same words said twice are read twice.
    status.textContent = '';
    statusTimer = setTimeout(() => { status.textContent = text || ''; }, 60);
  }

  function save() {
    state.scrollY = window.scrollY;
    state.closed = sections.filter(s => !isOpen(s)).map(s => Number(s.dataset.section));
    state.full = sections.filter(s => s.classList.contains('show-full')).map(s => Number(s.dataset.section));
    vscode.setState(state);
  }

  function updateToggleAll() {
    const allOpen = sections.every(isOpen);
    const span = toggleAll.querySelector('span');
    if (span) span.textContent = allOpen ? collapseAllText : expandAllText;
    const icon = toggleAll.querySelector('.codicon');
    if (icon) { icon.classList.toggle('codicon-fold', allOpen); icon.classList.toggle('codicon-unfold', !allOpen); }
  }

  /** Shows or hides a section's content and keeps its button's aria-expanded in step. */
  function setOpen(/** @type {Element} */ section, /** @type {boolean} */ open) {
    toggleOf(section).setAttribute('aria-expanded', String(open));
    contentOf(section).hidden = !open;
    section.classList.toggle('collapsed', !open);
  }

  /** What a section shows: the page's mode, or its full text when its own button asks for it. */
  const modeOf = (/** @type {Element} */ section) => (state.mode === 'full' || section.classList.contains('show-full') ? 'full' : 'summary');

  /** One section's "Show full text" / "Show summary" button (in the summary mode of the page). */
  function setSectionFull(/** @type {Element} */ section, /** @type {boolean} */ full) {
    section.classList.toggle('show-full', full);
    const button = section.querySelector('button.show-full');
    if (!button) return;
    button.setAttribute('aria-pressed', String(full));
    const span = button.querySelector('span');
    if (span) span.textContent = full ? (strings.showSummary || 'Show summary') : (strings.showFull || 'Show full text');
    const icon = button.querySelector('.codicon');
    if (icon) { icon.classList.toggle('codicon-unfold', !full); icon.classList.toggle('codicon-fold', full); }
  }

  function setMode(mode) {
    state.mode = mode === 'full' ? 'full' : 'summary';
    body.classList.toggle('mode-full', state.mode === 'full');
    body.classList.toggle('mode-summary', state.mode === 'summary');
    for (const b of document.querySelectorAll('[data-mode]')) b.setAttribute('aria-pressed', String(b.getAttribute('data-mode') === state.mode));
    return applyFilter();
  }

  /**
   * Hides top-level points whose text (with sub-points) does not contain every word typed.
   * Returns how many sections still show a point, or -1 when there is no filter.
   */
  function applyFilter() {
    const words = (filter.value || '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
    state.filter = filter.value;
    let matching = 0;
    for (const section of sections) {
      const bodyEl = section.querySelector(modeOf(section) === 'full' ? '.full-body' : '.summary-body');
      if (!bodyEl) continue;
      const itemsOf = (/** @type {Element | null} */ el) => el ? [...el.querySelectorAll(':scope > ul > li, :scope > ol > li, :scope > p')] : [];
      const items = itemsOf(bodyEl);
      // A summary keeps a point's lead and claim: the words typed may be in the rest of it, so
      // each summarised point is matched with its full text too (same order, one item per point).
      const fullItems = modeOf(section) === 'full' ? [] : itemsOf(section.querySelector('.full-body'));
      let shown = 0;
      for (const [i, li] of items.entries()) {
        const text = `${li.textContent || ''} ${fullItems[i]?.textContent || ''}`.toLocaleLowerCase();
        const match = words.every(w => text.includes(w));
        li.classList.toggle('filtered-out', !match);
        if (match) shown++;
      }
      const none = words.length > 0 && shown === 0;
      section.classList.toggle('no-results', none);
      const note = section.querySelector('.no-match');
      if (note) /** @type {HTMLElement} */ (note).hidden = !none;
      if (!none) matching++;
    }
    save();
    return words.length ? matching : -1;
  }

  /** "3 sections match", said once the student stops typing. */
  let filterTimer;
  let filtered = false;
  function announceFilter(/** @type {number} */ matching, delay = 400) {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(() => {
      if (matching < 0) {
        if (filtered) announce(strings.filterCleared || '');
        filtered = false;
        return;
      }
      filtered = true;
      announce(matching === 0 ? (strings.noMatch || '') : matching === 1 ? (strings.oneMatch || '') : (strings.manyMatch || '{0}').replace('{0}', String(matching)));
    }, delay);
  }

  filter.addEventListener('input', () => announceFilter(applyFilter()));
  filter.addEventListener('keydown', e => {
    if (e.key === 'Escape' && filter.value) { e.preventDefault(); e.stopPropagation(); filter.value = ''; announceFilter(applyFilter(), 0); }
  });
  for (const b of document.querySelectorAll('[data-mode]')) {
    b.addEventListener('click', () => {
      const matching = setMode(b.getAttribute('data-mode'));
      if (matching >= 0) announceFilter(matching, 0);
      save();
    });
  }
  for (const section of sections) {
    toggleOf(section).addEventListener('click', () => {
      setOpen(section, !isOpen(section));
      updateToggleAll();
      save();
    });
  }
  toggleAll.addEventListener('click', () => {
    const open = !sections.every(isOpen);
    for (const s of sections) setOpen(s, open);
    updateToggleAll();
    announce(open ? (strings.allExpanded || '') : (strings.allCollapsed || ''));
    save();
  });

  for (const b of document.querySelectorAll('button.show-full')) {
    b.addEventListener('click', () => {
      const section = b.closest('section.section');
      if (!section) return;
      setSectionFull(section, !section.classList.contains('show-full'));
      applyFilter();
    });
  }
  for (const b of document.querySelectorAll('button[data-action]')) {
    b.addEventListener('click', () => {
      const section = b.closest('section.section');
      vscode.postMessage({
        type: b.getAttribute('data-action'),
        section: Number(b.getAttribute('data-section')),
        mode: section ? modeOf(section) : state.mode === 'full' ? 'full' : 'summary',
      });
    });
  }

  /** Opens a section, scrolls to it and (when asked) puts focus on its heading's button. */
  function goToSection(/** @type {number} */ index, /** @type {boolean} */ focus) {
    const target = document.getElementById('sec-' + index);
    if (!target) return;
    setOpen(target, true);
    updateToggleAll();
    target.scrollIntoView({ block: 'start' });
    if (focus) toggleOf(target).focus({ preventScroll: true });
    save();
  }

  // Every link is handled here: term and source links become messages; web links open outside.
  document.addEventListener('click', e => {
    const a = /** @type {HTMLElement} */ (e.target).closest('a');
    if (!a) return;
    const href = a.getAttribute('href') || '';
    e.preventDefault();
    if (href.startsWith('#term-')) vscode.postMessage({ type: 'term', id: decodeURIComponent(href.slice(6)) });
    else if (href.startsWith('#src-')) vscode.postMessage({ type: 'reveal', line: Number(href.slice(5)) });
    else if (href.startsWith('#sec-')) goToSection(Number(href.slice(5)), true);
    else if (/^https?:\/\//i.test(href)) vscode.postMessage({ type: 'openExternal', href });
  });

  window.addEventListener('message', e => {
    const m = e.data;
    if (m && m.type === 'scrollTo' && Number.isInteger(m.section)) goToSection(m.section, document.hasFocus());
    else if (m && m.type === 'announce' && typeof m.text === 'string') announce(m.text);
  });
  let scrollTimer;
  window.addEventListener('scroll', () => { clearTimeout(scrollTimer); scrollTimer = setTimeout(save, 200); });

  // Restore what the student had: mode, filter, closed sections, scroll.
  for (const n of state.closed || []) {
    const s = document.getElementById('sec-' + Number(n));
    if (s) setOpen(s, false);
  }
  for (const n of state.full || []) {
    const s = document.getElementById('sec-' + Number(n));
    if (s) setSectionFull(s, true);
  }
  updateToggleAll();
  filter.value = state.filter || '';
  setMode(state.mode || 'summary');
  if (state.scrollY) window.scrollTo(0, state.scrollY);
})();
