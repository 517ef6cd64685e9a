// "UPSC: Show Section Summaries": one webview panel per editorial with its sections summarised
// (rendered by core/summaryRenderer with markdown-it), live-updated when the file changes, and
// restored after a window reload. The page runs only media/summary.js (nonce CSP) and talks to
// the extension through validated messages.
import * as vscode from 'vscode';
import { SUMMARY_VIEW_TYPE } from './viewType';
import type { GlossaryIndex } from '../../core/glossary/glossaryIndex';
import type { EditorialLibrary, LibraryEntry } from '../../core/editorial/library';
import { type SectionKind, traitsOf } from '../../core/editorial/sectionKinds';
import { renderEditorial, RenderedEditorial } from '../../core/summary/render';
import { DisposableStore } from '../../core/shared/disposables';
import { COMMANDS } from '../../services/commandIds';
import type { NotesTarget } from '../../services/notesTarget';
import { insertMarkdownIntoNotes } from '../../ui/notesInsert';
import { escapeHtml, langAttribute, nonce } from '../../ui/webview';
import { showLine } from '../../ui/showLine';
import { pointCount } from '../../ui/labels';


type Message =
  | { type: 'reveal'; line: number }
  | { type: 'term'; id: string }
  | { type: 'copy' | 'insert'; section: number; mode: 'summary' | 'full' }
  | { type: 'openExternal'; href: string };

/** Messages come from a page that shows untrusted text: accept only the exact shapes we send. */
export function parseMessage(raw: unknown): Message | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const m = raw as Record<string, unknown>;
  const int = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 10_000_000;
  switch (m.type) {
    case 'reveal': return int(m.line) ? { type: 'reveal', line: m.line as number } : undefined;
    case 'term': return typeof m.id === 'string' && m.id.length < 300 ? { type: 'term', id: m.id } : undefined;
    case 'copy':
    case 'insert':
      return int(m.section) && (m.mode === 'summary' || m.mode === 'full') ? { type: m.type, section: m.section as number, mode: m.mode } : undefined;
    case 'openExternal':
      return typeof m.href === 'string' && /^https?:\/\/[^\s]+$/i.test(m.href) ? { type: 'openExternal', href: m.href } : undefined;
    default:
      return undefined;
  }
}



/** A section kind's icon in its theme colour (media/summary.js sets the colour from data-color). */
function kindIcon(kind: SectionKind): string {
  const t = traitsOf(kind);
  return `<i class="codicon codicon-${t.icon}" data-color="${escapeHtml(t.color.replace(/\./g, '-'))}" aria-hidden="true"></i>`;
}

/**
 * The page: one h1 (the title), an h2 per section whose button shows or hides the section
 * (aria-expanded/aria-controls), landmarks (banner, search, navigation, main), a polite status
 * region the script fills ("3 sections match", "Copied …"), and the editorial's own language on
 * its text when it differs from the UI's. Only media/summary.js runs (nonce); no inline styles.
 */
export function summaryHtml(webview: vscode.Webview, mediaUri: vscode.Uri, r: RenderedEditorial, uri: string, contentLang?: string): string {
  const n = nonce();
  const css = webview.asWebviewUri(vscode.Uri.joinPath(mediaUri, 'summary.css'));
  const codicons = webview.asWebviewUri(vscode.Uri.joinPath(mediaUri, 'codicons', 'codicon.css'));
  const js = webview.asWebviewUri(vscode.Uri.joinPath(mediaUri, 'summary.js'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  const uiLang = vscode.env.language || 'en';
  // The editorial's text may be in another language than the UI (a Hindi editorial, English UI):
  // say so on that text, so a screen reader reads it with the right voice.
  const lang = langAttribute(contentLang, uiLang);
  const src = r.source;
  const sourceLine = src ? [src.articleTitle && `<span${lang}>“${escapeHtml(src.articleTitle)}”</span>`, src.newspaper && `<span${lang}>${escapeHtml(src.newspaper)}</span>`, src.date && `<time datetime="${escapeHtml(src.date)}">${escapeHtml(src.date)}</time>`].filter(Boolean).join(' · ') : '';
  // Every fixed word of the page, in the UI language (escaped: a translation is text, not HTML).
  const l = {
    showEntry: escapeHtml(vscode.l10n.t('Show the glossary entry')),
    notInGlossary: escapeHtml(vscode.l10n.t('Not in the glossary')),
    shownInFull: escapeHtml(vscode.l10n.t('shown in full')),
    copyTitle: escapeHtml(vscode.l10n.t('Copy this section as markdown')),
    copy: escapeHtml(vscode.l10n.t('Copy as markdown')),
    insertTitle: escapeHtml(vscode.l10n.t('Insert this section at the cursor of your notes')),
    insert: escapeHtml(vscode.l10n.t('Insert into my notes')),
    sourceTitle: escapeHtml(vscode.l10n.t('Open the section in the editorial')),
    source: escapeHtml(vscode.l10n.t({ message: 'Source', comment: ['link to the section in the editorial file'] })),
    noMatch: escapeHtml(vscode.l10n.t('No points match the filter.')),
    prelimsTerms: escapeHtml(vscode.l10n.t('Prelims terms')),
    forMains: escapeHtml(vscode.l10n.t('For Mains:')),
    tools: escapeHtml(vscode.l10n.t('Summary tools')),
    filter: escapeHtml(vscode.l10n.t('Filter points')),
    filterHint: escapeHtml(vscode.l10n.t('Shows only the points that contain every word typed. Escape clears the filter.')),
    textShown: escapeHtml(vscode.l10n.t('Text shown')),
    summary: escapeHtml(vscode.l10n.t({ message: 'Summary', comment: ['button: show the summary of each section'] })),
    fullText: escapeHtml(vscode.l10n.t('Full text')),
    toggleAllTitle: escapeHtml(vscode.l10n.t('Collapse or expand all sections')),
    collapseAll: vscode.l10n.t('Collapse all'),
    expandAll: vscode.l10n.t('Expand all'),
    sections: escapeHtml(vscode.l10n.t({ message: 'Sections', comment: ['table of contents of the editorial'] })),
    showFull: escapeHtml(vscode.l10n.t('Show full text')),
  };
  // Words the script says in the status region; "{0}" is filled in there with a number.
  const scriptStrings = {
    collapseAll: l.collapseAll,
    expandAll: l.expandAll,
    allCollapsed: vscode.l10n.t('All sections collapsed'),
    allExpanded: vscode.l10n.t('All sections expanded'),
    oneMatch: vscode.l10n.t('1 section matches'),
    manyMatch: vscode.l10n.t('{0} sections match', '{0}'),
    noMatch: vscode.l10n.t('No sections match'),
    filterCleared: vscode.l10n.t('Filter cleared: all points shown'),
    showFull: vscode.l10n.t('Show full text'),
    showSummary: vscode.l10n.t('Show summary'),
  };
  const chips = r.prelimsTerms.map(t => `<li>${t.termId
    ? `<a class="chip" href="#term-${encodeURIComponent(t.termId)}" title="${l.showEntry}"${lang}>${escapeHtml(t.text)}</a>`
    : `<span class="chip unknown" title="${l.notInGlossary}"${lang}>${escapeHtml(t.text)}</span>`}</li>`).join('');
  const toc = r.sections.map(s => `<li><a href="#sec-${s.index}">${kindIcon(s.kind)}<span${lang}>${escapeHtml(s.heading)}</span></a>${s.pointCount ? ` <span class="count" aria-hidden="true">${s.pointCount}</span><span class="visually-hidden">, ${escapeHtml(pointCount(s.pointCount))}</span>` : ''}</li>`).join('');
  const sections = r.sections.map(s => {
    const count = s.pointCount ? escapeHtml(pointCount(s.pointCount)) : '';
    const ratio = s.verbatim ? l.shownInFull : escapeHtml(vscode.l10n.t('summary: {0}% of the words ({1} of {2})', Math.round(s.ratio * 100), s.words.kept, s.words.total));
    // One section in full while the page shows summaries (media/summary.js turns it into "Show summary").
    const fullToggle = s.verbatim ? '' : `<button type="button" class="show-full" data-section="${s.index}" aria-pressed="false" aria-describedby="h-${s.index}"><i class="codicon codicon-unfold" aria-hidden="true"></i><span>${l.showFull}</span></button>`;
    return `<section class="section kind-${s.kind}" id="sec-${s.index}" data-section="${s.index}" aria-labelledby="h-${s.index}">
<div class="section-head">
<h2 id="h-${s.index}"><button type="button" class="toggle" id="toggle-${s.index}" aria-expanded="true" aria-controls="body-${s.index}" aria-describedby="meta-${s.index}"><i class="codicon codicon-chevron-down chevron" aria-hidden="true"></i>${kindIcon(s.kind)}<span${lang}>${escapeHtml(s.heading)}</span></button></h2>
<p class="section-meta" id="meta-${s.index}">${count ? `<span class="badge">${count}</span> ` : ''}<span class="ratio">${ratio}</span></p>
</div>
<div class="section-content" id="body-${s.index}">
<div class="actions">
${fullToggle}
<button type="button" data-action="copy" data-section="${s.index}" title="${l.copyTitle}" aria-describedby="h-${s.index}"><i class="codicon codicon-copy" aria-hidden="true"></i>${l.copy}</button>
<button type="button" data-action="insert" data-section="${s.index}" title="${l.insertTitle}" aria-describedby="h-${s.index}"><i class="codicon codicon-insert" aria-hidden="true"></i>${l.insert}</button>
<a class="source-link" href="#src-${s.headingLine}" title="${l.sourceTitle}" aria-describedby="h-${s.index}"><i class="codicon codicon-go-to-file" aria-hidden="true"></i>${l.source}</a>
</div>
<div class="body summary-body"${lang}>${s.summaryHtml}</div>
<div class="body full-body"${lang}>${s.fullHtml}</div>
<p class="no-match" hidden>${l.noMatch}</p>
</div>
</section>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(uiLang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${codicons}" rel="stylesheet">
<link href="${css}" rel="stylesheet">
<title>${escapeHtml(r.title)}</title>
</head>
<body class="mode-summary" data-uri="${escapeHtml(uri)}" data-l10n="${escapeHtml(JSON.stringify(scriptStrings))}">
<header>
<h1${lang}>${escapeHtml(r.title)}</h1>
${sourceLine ? `<p class="source">${sourceLine}</p>` : ''}
${chips ? `<ul class="chips" aria-label="${l.prelimsTerms}">${chips}</ul>` : ''}
${r.mainsTopics.length ? `<p class="mains"><strong>${l.forMains}</strong> <span${lang}>${r.mainsTopics.map(escapeHtml).join('; ')}</span></p>` : ''}
</header>
<div class="toolbar" role="group" aria-label="${l.tools}">
<div class="filter" role="search">
<label for="filter" class="visually-hidden">${l.filter}</label>
<i class="codicon codicon-filter" aria-hidden="true"></i><input id="filter" type="search" placeholder="${l.filter}" aria-describedby="filter-hint" aria-controls="main" autocomplete="off" spellcheck="false">
<span id="filter-hint" class="visually-hidden">${l.filterHint}</span>
</div>
<div class="mode" role="group" aria-label="${l.textShown}">
<button type="button" id="mode-summary" data-mode="summary" aria-pressed="true">${l.summary}</button>
<button type="button" id="mode-full" data-mode="full" aria-pressed="false">${l.fullText}</button>
</div>
<button type="button" id="toggle-all" title="${l.toggleAllTitle}" aria-controls="${r.sections.map(s => `body-${s.index}`).join(' ')}"><i class="codicon codicon-fold" aria-hidden="true"></i><span>${escapeHtml(l.collapseAll)}</span></button>
<p id="status" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></p>
</div>
<nav class="toc" aria-label="${l.sections}"><ol>${toc}</ol></nav>
<main id="main">
${r.introHtml ? `<div class="intro"${lang}>${r.introHtml}</div>` : ''}
${sections}
</main>
<script nonce="${n}" src="${js}"></script>
</body>
</html>`;
}

export class SummaryPanels implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly rendered = new Map<string, RenderedEditorial>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly library: EditorialLibrary,
    private readonly glossary: GlossaryIndex,
    private readonly notes: NotesTarget,
  ) {
    this.disposables.push(
      library.onDidChange(change => {
        for (const uri of [...change.changed, ...change.added]) if (this.panels.has(uri)) this.update(uri);
        for (const uri of change.removed) this.panels.get(uri)?.dispose();
      }),
      glossary.onDidChange(() => { for (const uri of this.panels.keys()) this.update(uri); }),
    );
  }

  private get mediaUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'media');
  }

  /** Panel options: scripts on, resources only from media/. */
  webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, localResourceRoots: [this.mediaUri], enableFindWidget: true };
  }

  panelFor(uri: string): vscode.WebviewPanel | undefined {
    return this.panels.get(uri);
  }

  show(entry: LibraryEntry, section?: number): vscode.WebviewPanel {
    let panel = this.panels.get(entry.uri);
    if (panel) {
      panel.reveal(undefined, false);
    } else {
      panel = vscode.window.createWebviewPanel(SUMMARY_VIEW_TYPE, entry.editorial.title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, this.webviewOptions());
      this.attach(panel, entry.uri);
    }
    if (section !== undefined) void panel.webview.postMessage({ type: 'scrollTo', section });
    return panel;
  }

  /** Wires a new or restored panel to an editorial. */
  attach(panel: vscode.WebviewPanel, uri: string): void {
    this.panels.set(uri, panel);
    panel.iconPath = vscode.Uri.joinPath(this.mediaUri, 'icon-activitybar.svg');
    // The panel's own listeners go with it, not with the feature.
    const own = new DisposableStore();
    own.add(panel.webview.onDidReceiveMessage(raw => this.onMessage(uri, raw)));
    own.add(panel.onDidDispose(() => {
      this.panels.delete(uri);
      this.rendered.delete(uri);
      own.dispose();
    }));
    this.update(uri);
  }

  private update(uri: string): void {
    const panel = this.panels.get(uri);
    const entry = this.library.get(uri);
    if (!panel) return;
    if (!entry) {
      panel.webview.html = `<!DOCTYPE html><html lang="${escapeHtml(vscode.env.language || 'en')}"><body><main><p>${escapeHtml(vscode.l10n.t('This editorial is no longer in the library.'))}</p></main></body></html>`;
      return;
    }
    const g = this.glossary;
    // Rendered markdown: its headings go under the section's h2, and the "↗" source links get a name.
    const rendered = renderEditorial(entry.editorial, {
      scan: text => g.scan(text),
      name: id => g.get(id)?.name,
      lookup: text => g.lookup(text)?.id,
    }, { headingLevel: 3, sourceLinkLabel: vscode.l10n.t('Show this point in the editorial') });
    this.rendered.set(uri, rendered);
    panel.title = entry.editorial.title;
    panel.webview.html = summaryHtml(panel.webview, this.mediaUri, rendered, uri, entry.editorial.language);
  }

  private async onMessage(uri: string, raw: unknown): Promise<void> {
    const m = parseMessage(raw);
    if (!m) return;
    const rendered = this.rendered.get(uri);
    switch (m.type) {
      case 'reveal': {
        await showLine(uri, m.line, { viewColumn: vscode.ViewColumn.One, selectLine: true });
        break;
      }
      case 'term':
        if (this.glossary.get(m.id)) await vscode.commands.executeCommand(COMMANDS.showTerm, m.id);
        break;
      case 'copy':
      case 'insert': {
        const s = rendered?.sections[m.section];
        if (!s) return;
        const markdown = m.mode === 'summary' ? s.summaryMarkdown : s.fullMarkdown;
        if (m.type === 'copy') {
          await vscode.env.clipboard.writeText(markdown);
          const done = vscode.l10n.t('Copied "{0}" as markdown', s.heading);
          vscode.window.setStatusBarMessage(done, 2500);
          // The status bar is outside the page: say it in the page's status region too.
          void this.panels.get(uri)?.webview.postMessage({ type: 'announce', text: done });
        } else {
          await insertMarkdownIntoNotes(markdown, this.notes);
        }
        break;
      }
      case 'openExternal':
        await vscode.env.openExternal(vscode.Uri.parse(m.href));
        break;
    }
  }

  dispose(): void {
    for (const p of this.panels.values()) p.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
