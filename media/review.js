// Review webview: shows the front, then the back on Space/Enter or the button; rates with 1–4;
// U (or the Undo button, shown once there is a rating to take back) brings the last card back.
// Card HTML comes pre-rendered by markdown-it with HTML disabled.
// Keyboard and screen readers: the keys are written on the page and on the buttons; they act
// only when focus is not in a text field or on another control (Enter on "Open source" opens
// the source), and never with Ctrl/Alt/Meta (VS Code's own shortcuts). Focus follows the
// session: "Show answer" on each new card, "Good" once the answer shows, the closing message at
// the end. A polite status region says the progress and the answer.
// @ts-check
(function () {
  // @ts-ignore provided by VS Code
  const vscode = acquireVsCodeApi();
  const $ = id => /** @type {HTMLElement} */ (document.getElementById(id));
  const front = $('front'), back = $('back'), backText = $('back-text'), meta = $('meta'), showRow = $('show-row'), rateRow = $('rate-row');
  const finished = $('finished'), source = $('source'), status = $('status'), show = $('show');
  const undoRow = $('undo-row'), undoButton = $('undo');
  const bar = /** @type {HTMLElement} */ (document.querySelector('.progress .bar'));
  const progress = /** @type {HTMLElement} */ (document.querySelector('.progress'));
  /** @type {{progress?: string, answer?: string, finished?: string, undone?: string}} */
  let strings = {};
  try { strings = JSON.parse(document.body.dataset.l10n || '{}') || {}; } catch { strings = {}; }
  const fill = (/** @type {string | undefined} */ template, /** @type {(string | number)[]} */ ...args) =>
    (template || args.join(' / ')).replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
  let cardId = null;
  let revealed = false;

  let statusTimer;
  /** Says `text` in the polite status region (emptied first, so the same words are read again). */
  function announce(text) {
    clearTimeout(statusTimer);
    status.textContent = '';
    statusTimer = setTimeout(() => { status.textContent = text; }, 60);
  }

  function reveal() {
    if (!cardId || revealed) return;
    revealed = true;
    back.hidden = false;
    showRow.hidden = true;
    rateRow.hidden = false;
    /** @type {HTMLElement} */ (rateRow.querySelector('[data-grade="3"]')).focus();
    announce(fill(strings.answer, (backText.textContent || '').replace(/\s+/g, ' ').trim()));
  }

  function rate(grade) {
    if (!cardId || !revealed) return;
    vscode.postMessage({ type: 'rate', grade, id: cardId });
    cardId = null;
  }

  /** Asks for the last rating back; nothing more is rated or taken back until the card comes. */
  function undo() {
    if (undoRow.hidden) return;
    undoRow.hidden = true;
    cardId = null;
    vscode.postMessage({ type: 'undo' });
  }

  window.addEventListener('message', e => {
    const m = e.data;
    const setProgress = (done, total) => {
      bar.style.width = total ? `${Math.round((done / total) * 100)}%` : '100%';
      progress.setAttribute('aria-valuemax', String(Math.max(total, 1)));
      progress.setAttribute('aria-valuenow', String(total ? done : 1));
      progress.setAttribute('aria-valuetext', `${done} / ${total}`);
    };
    if (m.type === 'card') {
      cardId = m.id;
      revealed = false;
      front.innerHTML = m.front; // markdown-it output, html disabled in the extension
      backText.innerHTML = m.back;
      back.hidden = true;
      meta.textContent = `${m.done + 1} / ${m.total}${m.meta ? ' · ' + m.meta : ''}`;
      showRow.hidden = false;
      rateRow.hidden = true;
      finished.hidden = true;
      source.hidden = !m.hasSource;
      undoRow.hidden = !m.canUndo;
      setProgress(m.done, m.total);
      // The next card's "Show answer" (its description is the question, so it is read out too).
      show.focus();
      announce(fill(m.undone ? strings.undone : strings.progress, m.done + 1, m.total));
    } else if (m.type === 'finished') {
      cardId = null;
      front.textContent = '';
      backText.textContent = '';
      back.hidden = true;
      meta.textContent = m.total ? `${m.done} / ${m.total}` : '';
      showRow.hidden = true;
      rateRow.hidden = true;
      source.hidden = true;
      undoRow.hidden = !m.canUndo;
      finished.hidden = false;
      setProgress(m.done, m.total);
      finished.focus();
      if (m.total) announce(fill(strings.finished, m.done, m.total));
    }
  });

  /** Keys typed into a field, or meant for another control, are not review shortcuts. */
  function ownKey(/** @type {KeyboardEvent} */ e) {
    if (e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return false;
    const t = /** @type {HTMLElement | null} */ (e.target);
    if (t && (t.isContentEditable || t.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))) return false;
    return true;
  }

  document.addEventListener('keydown', e => {
    if (!ownKey(e)) return;
    const t = /** @type {HTMLElement | null} */ (e.target);
    const onOtherControl = !!t && t !== show && !!t.closest('a, button, [tabindex]:not([tabindex="-1"])');
    if (e.key === ' ' || e.key === 'Enter') {
      // Space/Enter on "Open source" or a rating button does what that control does.
      if (!revealed && cardId && !onOtherControl) { e.preventDefault(); reveal(); }
    } else if (['1', '2', '3', '4'].includes(e.key)) {
      if (e.repeat) return;
      e.preventDefault();
      rate(Number(e.key));
    } else if (e.key === 'u' || e.key === 'U' || (e.code === 'KeyU' && !/^[a-z]$/i.test(e.key))) {
      // The U key also where the layout types no Latin letter there (Hindi InScript types ह).
      if (e.repeat) return;
      e.preventDefault();
      undo();
    }
  });
  show.addEventListener('click', reveal);
  undoButton.addEventListener('click', undo);
  for (const b of rateRow.querySelectorAll('[data-grade]')) b.addEventListener('click', () => rate(Number(b.getAttribute('data-grade'))));
  source.addEventListener('click', e => { e.preventDefault(); vscode.postMessage({ type: 'source' }); });
  document.addEventListener('click', e => { const a = /** @type {HTMLElement} */ (e.target).closest('a'); if (a && a !== source) e.preventDefault(); });
  vscode.postMessage({ type: 'ready' });
})();
