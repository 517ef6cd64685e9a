// PYQ heatmap webview: the table is a keyboard grid. One cell is in the tab order at a time
// (roving tabindex); the arrow keys move it, Home/End go to the ends of the row, Ctrl+Home/End
// to the first and last cell; Enter, Space or a click asks the extension for the cell's questions.
// Keys with Alt or Meta are left to VS Code.
// @ts-check
(function () {
  // @ts-ignore provided by VS Code
  const vscode = acquireVsCodeApi();
  /** @type {HTMLTableCellElement[][]} */
  const grid = Array.from(document.querySelectorAll('tbody tr')).map(tr => /** @type {HTMLTableCellElement[]} */ (Array.from(tr.querySelectorAll('td[data-topic]'))));
  if (!grid.length) return;
  let row = 0, col = 0;

  function focus(r, c) {
    row = Math.max(0, Math.min(grid.length - 1, r));
    col = Math.max(0, Math.min(grid[row].length - 1, c));
    for (const cells of grid) for (const cell of cells) cell.tabIndex = -1;
    const cell = grid[row][col];
    cell.tabIndex = 0;
    cell.focus();
  }

  function open(cell) {
    if (Number(cell.dataset.count) > 0) vscode.postMessage({ type: 'cell', topic: cell.dataset.topic, year: Number(cell.dataset.year) });
  }

  document.addEventListener('keydown', e => {
    const cell = /** @type {HTMLElement} */ (e.target);
    if (!cell.matches || !cell.matches('td[data-topic]') || e.altKey || e.metaKey) return;
    const moves = {
      ArrowUp: () => focus(row - 1, col), ArrowDown: () => focus(row + 1, col),
      ArrowLeft: () => focus(row, col - 1), ArrowRight: () => focus(row, col + 1),
      Home: () => (e.ctrlKey ? focus(0, 0) : focus(row, 0)),
      End: () => (e.ctrlKey ? focus(grid.length - 1, grid[grid.length - 1].length - 1) : focus(row, grid[row].length - 1)),
      Enter: () => open(cell), ' ': () => open(cell),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    move();
  });

  document.addEventListener('click', e => {
    const cell = /** @type {HTMLElement} */ (e.target).closest('td[data-topic]');
    if (!cell) return;
    grid.forEach((cells, r) => { const c = cells.indexOf(/** @type {HTMLTableCellElement} */ (cell)); if (c >= 0) focus(r, c); });
    open(cell);
  });
})();
