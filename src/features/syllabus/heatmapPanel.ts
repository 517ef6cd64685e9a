// "UPSC: Show PYQ Heatmap": topics × years, how many previous-year questions each topic had each
// year, in a webview. Offline (no remote loads; strict CSP with a nonce; only media/heatmap.js
// runs), theme colours only, and a keyboard grid: arrow keys move between cells, Home/End to a
// row's ends, Enter or Space lists the cell's questions. Loaded with import() on first use, so
// activation never pays for it.
import * as vscode from 'vscode';
import { pyqHeatmap, topicOf } from '../../core/syllabus/pyqGroups';
import type { PyqIndex, PyqRecord } from '../../core/syllabus/pyqIndex';
import type { SyllabusTree } from '../../core/syllabus/tree';
import { DisposableStore } from '../../core/shared/disposables';
import { escapeHtml, nonce } from '../../ui/webview';
import { showLine } from '../../ui/showLine';
import { examLabel, nodeName, uiLanguage } from './syllabusLabels';

export const HEATMAP_VIEW_TYPE = 'upscEditorials.pyqHeatmap';

/** Five shades: none, then quarters of the largest cell. */
function level(count: number, max: number): number {
  return count === 0 || max === 0 ? 0 : Math.min(4, Math.ceil((count / max) * 4));
}

export class HeatmapPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly extensionUri: vscode.Uri, private readonly pyqs: PyqIndex, private readonly tree: () => SyllabusTree) {
    this.subscription = pyqs.onDidChange(() => { if (this.panel) this.render(this.panel.webview); });
  }

  show(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(HEATMAP_VIEW_TYPE, vscode.l10n.t('PYQ Heatmap'), vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [media] });
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(media, 'icon-activitybar.svg');
    const own = new DisposableStore();
    own.add(panel.onDidDispose(() => { this.panel = undefined; own.dispose(); }));
    own.add(panel.webview.onDidReceiveMessage((m: { type?: unknown; topic?: unknown; year?: unknown }) => {
      if (m?.type === 'cell' && typeof m.topic === 'string' && typeof m.year === 'number') void this.openCell(m.topic, m.year);
    }));
    this.render(panel.webview);
    return panel;
  }

  /** The questions of one cell, to pick one and open it. */
  cell(topic: string, year: number): PyqRecord[] {
    return this.pyqs.all().filter(q => q.year === year && topicOf(this.tree(), q) === topic);
  }

  private async openCell(topic: string, year: number): Promise<void> {
    const list = this.cell(topic, year);
    if (!list.length) return;
    const picked = list.length === 1 ? { q: list[0] } : await vscode.window.showQuickPick(
      list.map(q => ({ label: q.text.replace(/\s+/g, ' ').slice(0, 200), description: `${examLabel(q.exam)} · ${q.title}`, q })),
      { title: `${nodeName(this.tree(), topic)} · ${year}`, matchOnDescription: true },
    );
    if (picked) await showLine(picked.q.source.uri, picked.q.source.line, { viewColumn: vscode.ViewColumn.Beside });
  }

  /** The page: a table that is a keyboard grid (roles and labels for screen readers). */
  html(webview: vscode.Webview): string {
    const tree = this.tree();
    const map = pyqHeatmap(tree, this.pyqs.all());
    const n = nonce();
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const css = webview.asWebviewUri(vscode.Uri.joinPath(media, 'heatmap.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(media, 'heatmap.js'));
    const title = vscode.l10n.t('PYQ Heatmap');
    const lang = uiLanguage();
    const cellLabel = (topic: string, year: number, count: number) => count === 1
      ? vscode.l10n.t('{0}, {1}: 1 question', topic, year) : vscode.l10n.t('{0}, {1}: {2} questions', topic, year, count);
    let body: string;
    if (!map.rows.length) {
      body = `<p class="empty">${escapeHtml(vscode.l10n.t('No dated PYQs yet: editorials with a PYQ block, or PYQ files (pyqs/*.md), fill this map.'))}</p>`;
    } else {
      const head = map.years.map(y => `<th scope="col" role="columnheader">${y}</th>`).join('');
      const rows = map.rows.map((r, ri) => {
        const name = nodeName(tree, r.topic);
        const paper = tree.get(tree.get(r.topic)?.paper ?? '')?.id ?? '';
        const cells = r.counts.map((c, ci) => {
          const year = map.years[ci];
          // One cell in the tab order (the first); the arrow keys reach the others.
          const tab = ri === 0 && ci === 0 ? '0' : '-1';
          return `<td role="gridcell" tabindex="${tab}" class="l${level(c, map.max)}" data-topic="${escapeHtml(r.topic)}" data-year="${year}" data-count="${c}" aria-label="${escapeHtml(cellLabel(name, year, c))}">${c || ''}</td>`;
        }).join('');
        return `<tr role="row"><th scope="row" role="rowheader"><span class="paper">${escapeHtml(paper.toUpperCase())}</span> ${escapeHtml(name)}</th>${cells}<td class="total" role="gridcell" aria-label="${escapeHtml(vscode.l10n.t('{0}: {1} in all', name, r.total))}">${r.total}</td></tr>`;
      }).join('\n');
      body = `<table role="grid" aria-labelledby="title" aria-describedby="keys">
<thead><tr role="row"><th scope="col" role="columnheader">${escapeHtml(vscode.l10n.t('Topic'))}</th>${head}<th scope="col" role="columnheader">${escapeHtml(vscode.l10n.t({ message: 'All', comment: ['column of the PYQ heatmap: every year together'] }))}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
    }
    return `<!DOCTYPE html><html lang="${escapeHtml(lang)}"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${n}'">
<link href="${css}" rel="stylesheet"><title>${escapeHtml(title)}</title></head>
<body><main>
<h1 id="title">${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(vscode.l10n.t('{0} questions from {1} to {2}; a darker cell had more.', map.rows.reduce((s, r) => s + r.total, 0), map.years[0] ?? '–', map.years[map.years.length - 1] ?? '–'))}</p>
${body}
<p class="keys" id="keys">${escapeHtml(vscode.l10n.t('Keys: arrow keys move between cells, Home and End go to the ends of a row; Enter or Space lists the questions of a cell.'))}</p>
</main><script nonce="${n}" src="${js}"></script></body></html>`;
  }

  private render(webview: vscode.Webview): void {
    webview.html = this.html(webview);
  }

  dispose(): void {
    this.subscription.dispose();
    this.panel?.dispose();
  }
}
