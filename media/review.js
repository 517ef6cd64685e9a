// Review webview: shows the front, then the back on Space/Enter or the button; rates with 1–4.
// Card HTML comes pre-rendered by markdown-it with HTML disabled.
// @ts-check
(function () {
  // @ts-ignore provided by VS Code
  const vscode = acquireVsCodeApi();
  const $ = id => /** @type {HTMLElement} */ (document.getElementById(id));
  const front = $('front'), back = $('back'), meta = $('meta'), showRow = $('show-row'), rateRow = $('rate-row');
  const finished = $('finished'), source = $('source');
  const bar = /** @type {HTMLElement} */ (document.querySelector('.progress .bar'));
  const progress = /** @type {HTMLElement} */ (document.querySelector('.progress'));
  let cardId = null;
  let revealed = false;

  function reveal() {
    if (!cardId || revealed) return;
    revealed = true;
    back.hidden = false;
    showRow.hidden = true;
    rateRow.hidden = false;
    /** @type {HTMLElement} */ (rateRow.querySelector('[data-grade="3"]')).focus();
  }

  function rate(grade) {
    if (!cardId || !revealed) return;
    vscode.postMessage({ type: 'rate', grade, id: cardId });
    cardId = null;
  }

  window.addEventListener('message', e => {
    const m = e.data;
    const setProgress = (done, total) => {
      bar.style.width = total ? `${Math.round((done / total) * 100)}%` : '100%';
      progress.setAttribute('aria-valuemax', String(total));
      progress.setAttribute('aria-valuenow', String(done));
    };
    if (m.type === 'card') {
      cardId = m.id;
      revealed = false;
      front.innerHTML = m.front; // markdown-it output, html disabled in the extension
      back.innerHTML = m.back;
      back.hidden = true;
      meta.textContent = `${m.done + 1} / ${m.total}${m.meta ? ' · ' + m.meta : ''}`;
      showRow.hidden = false;
      rateRow.hidden = true;
      finished.hidden = true;
      source.hidden = !m.hasSource;
      setProgress(m.done, m.total);
      /** @type {HTMLElement} */ ($('show')).focus();
    } else if (m.type === 'finished') {
      cardId = null;
      front.textContent = '';
      back.textContent = '';
      meta.textContent = m.total ? `${m.done} / ${m.total}` : '';
      showRow.hidden = true;
      rateRow.hidden = true;
      source.hidden = true;
      finished.hidden = false;
      setProgress(m.done, m.total);
    }
  });

  document.addEventListener('keydown', e => {
    if (e.key === ' ' || e.key === 'Enter') { if (!revealed) { e.preventDefault(); reveal(); } }
    else if (['1', '2', '3', '4'].includes(e.key)) { e.preventDefault(); rate(Number(e.key)); }
  });
  $('show').addEventListener('click', reveal);
  for (const b of rateRow.querySelectorAll('[data-grade]')) b.addEventListener('click', () => rate(Number(b.getAttribute('data-grade'))));
  source.addEventListener('click', e => { e.preventDefault(); vscode.postMessage({ type: 'source' }); });
  document.addEventListener('click', e => { const a = /** @type {HTMLElement} */ (e.target).closest('a'); if (a && a !== source) e.preventDefault(); });
  vscode.postMessage({ type: 'ready' });
})();
