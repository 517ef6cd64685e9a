// Mains-answer practice: "UPSC: Practise Mains Answer" opens a new answer file for an editorial's
// mains question or a PYQ, with a word target and an outline, and starts a timer in the status
// bar; "UPSC: Check My Answer" compares the answer with the editorial (points and terms covered
// and missed), locally and explainably, in a side panel with links to the missed points.
import * as vscode from 'vscode';
import { answerOf, answerScaffold, answerWordCount, checkAnswer, Coverage, wordTarget } from '../../core/practice/answerCheck';
import { glossaryTermFinder } from '../../core/revision/cards/card';
import type { GlossaryIndex } from '../../core/glossary/glossaryIndex';
import type { EditorialLibrary, LibraryEntry } from '../../core/editorial/library';
import { splitFrontMatter } from '../../core/shared/frontMatter';
import { uniqueFileName } from '../../core/shared/fileNames';
import { ANSWERS_FOLDER, answerFileName } from '../../core/practice/answerFiles';
import { localDateKey } from '../../core/shared/dates';
import { escapeHtml, langAttribute, nonce } from '../../ui/webview';
import { pickEditorial } from '../../ui/editorialPicker';
import { showLine } from '../../ui/showLine';
import { COMMANDS } from '../../services/commandIds';
import type { WorkspaceFiles } from '../../services/workspaceFiles';
import { DisposableStore } from '../../core/shared/disposables';
import type { NoteTexts } from '../../services/noteTexts';
import { directiveOf, type Directive } from '../../core/practice/directives';
import { answerStructure, dimensionCoverage, factLines, unusedNoteFacts, type DimensionCoverage, type FactLine, type NoteFact, type Structure } from '../../core/practice/answerCoach';
import { hashText } from '../../core/editorial/library';
import { markdownToPlain } from '../../core/summary/summarize';

/** What the coach shows beside an answer. */
export interface Coaching {
  readonly coverage: Coverage;
  readonly question?: string;
  readonly directive?: Directive;
  readonly structure: Structure;
  readonly dimensions: DimensionCoverage;
  readonly noteFacts: readonly NoteFact[];
}

/** The question an answer file answers: the scaffold's quoted "**Q.**" line. */
function questionOf(text: string): string | undefined {
  const m = /^>\s*\*\*Q\.\*\*\s*(.+)$/m.exec(text);
  return m ? markdownToPlain(m[1]).trim() : undefined;
}

/** Words of an editorial the dimensions are read from: its points and paragraphs, not its questions. */
function editorialText(e: LibraryEntry['editorial']): string {
  const points = (ps: readonly { plain: string; children: readonly unknown[] }[]): string => ps.map(p => `${p.plain}\n${points(p.children as typeof ps)}`).join('\n');
  return e.sections.map(s => `${s.heading}\n${points(s.points)}\n${s.paragraphs.map(p => p.plain).join('\n')}`).join('\n');
}




/** The coach's advice on the answer's structure, in the UI language. */
const ADVICE = (): Record<Structure['advice'][number], string> => ({
  'intro-long': vscode.l10n.t('The introduction is long: two or three lines of context are enough.'),
  'intro-short': vscode.l10n.t('The introduction is thin: open with a fact, a figure or a recent event from the editorial.'),
  'no-intro': vscode.l10n.t('No introduction yet: start with the context in two or three lines.'),
  'conclusion-long': vscode.l10n.t('The conclusion is long: keep it to a balanced, forward-looking close.'),
  'conclusion-short': vscode.l10n.t('The conclusion is thin: end with a way forward.'),
  'no-conclusion': vscode.l10n.t('No conclusion yet: close with a way forward.'),
});

/** Names of the dimensions (core/practice/answerCoach.ts), in the UI language. */
const DIMENSION_NAMES = (): Record<string, string> => ({
  economic: vscode.l10n.t('economic'),
  social: vscode.l10n.t('social'),
  political: vscode.l10n.t('political'),
  legal: vscode.l10n.t('legal and constitutional'),
  environmental: vscode.l10n.t('environmental'),
  security: vscode.l10n.t('security'),
  international: vscode.l10n.t('international'),
  technological: vscode.l10n.t('technological'),
  ethical: vscode.l10n.t('ethical'),
});

export class MainsPractice implements vscode.Disposable {
  private readonly timer = vscode.window.createStatusBarItem('upscEditorials.answerTimer', vscode.StatusBarAlignment.Left, 49);
  private tick: ReturnType<typeof setInterval> | undefined;
  private started = 0;
  private panel: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [this.timer];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly library: EditorialLibrary,
    private readonly glossary: GlossaryIndex,
    private readonly files: WorkspaceFiles,
    private readonly notes: NoteTexts,
  ) {}

  /** Each note's fact lines, made once per note text: the coach runs on every pause in typing. */
  private readonly noteFacts = new Map<string, { hash: number; facts: FactLine[] }>();
  /** An editorial's text for its dimensions, once per version of the file. */
  private readonly editorialTexts = new WeakMap<LibraryEntry, string>();

  private factLinesOf(uri: string, text: string): FactLine[] {
    const hash = hashText(text);
    let known = this.noteFacts.get(uri);
    if (known?.hash !== hash) this.noteFacts.set(uri, known = { hash, facts: factLines(text) });
    return known.facts;
  }

  private editorialTextOf(entry: LibraryEntry): string {
    let text = this.editorialTexts.get(entry);
    if (text === undefined) this.editorialTexts.set(entry, text = editorialText(entry.editorial));
    return text;
  }

  /** The notes whose lines the panel lists (the only ones its links may open). */
  private shownNotes = new Set<string>();
  /** The answer the coach follows while its panel is open. */
  private following: { uri: string; timer?: ReturnType<typeof setTimeout>; listener: vscode.Disposable } | undefined;

  /** Creates the answer file; `question`/`marks` skip the pickers (tests, links). */
  async practise(entry?: LibraryEntry, question?: string, marks?: number): Promise<vscode.Uri | undefined> {
    entry ??= await pickEditorial(this.library, vscode.l10n.t('Practise Mains Answer: choose an editorial'), e => !!e.editorial.mainsQuestion || e.editorial.pyqs.length > 0);
    if (!entry) return undefined;
    const e = entry.editorial;
    if (!question) {
      const options = [
        ...(e.mainsQuestion ? [{ label: e.mainsQuestion, description: vscode.l10n.t('Drishti Mains Question') }] : []),
        ...e.pyqs.filter(q => q.exam !== 'prelims').map(q => ({ label: q.text, description: q.year ? vscode.l10n.t('PYQ {0}', q.year) : vscode.l10n.t('PYQ') })),
      ];
      if (!options.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This editorial has no mains question or PYQ.'));
        return undefined;
      }
      question = options.length === 1 ? options[0].label : (await vscode.window.showQuickPick(options, { title: vscode.l10n.t('Choose the question') }))?.label;
      if (!question) return undefined;
    }
    if (marks === undefined) {
      const picked = await vscode.window.showQuickPick([
        { label: vscode.l10n.t('{0} marks', 15), description: vscode.l10n.t('{0} words', 250), marks: 15 },
        { label: vscode.l10n.t('{0} marks', 10), description: vscode.l10n.t('{0} words', 150), marks: 10 },
      ], { title: vscode.l10n.t('Marks') });
      if (!picked) return undefined;
      marks = picked.marks;
    }
    const folder = vscode.workspace.workspaceFolders?.[0];
    const body = `---\neditorial: ${entry.uri}\nmarks: ${marks}\n---\n\n${answerScaffold(question, e, marks)}\n`;
    let uri: vscode.Uri;
    if (folder) {
      const dir = vscode.Uri.joinPath(folder.uri, ANSWERS_FOLDER);
      const existing = new Set((await this.files.list(dir) ?? []).map(([n]) => n));
      uri = vscode.Uri.joinPath(dir, uniqueFileName(answerFileName(localDateKey(new Date()), e.title), existing));
      await this.files.write(uri, body);
    } else {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: body });
      uri = doc.uri;
    }
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    this.startTimer(uri, wordTarget(marks));
    return uri;
  }

  private startTimer(uri: vscode.Uri, target: number): void {
    this.started = Date.now();
    clearInterval(this.tick);
    const minutes = target <= 150 ? 7 : 11; // about 7 and 11 minutes per answer in the exam
    // Counted again only when the answer changed: the timer ticks every second, and counting a
    // long file every tick kept the extension host busy for nothing.
    let counted: { doc: vscode.TextDocument; version: number; words: number } | undefined;
    const update = () => {
      const s = Math.floor((Date.now() - this.started) / 1000);
      const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
      if (doc && (counted?.doc !== doc || counted.version !== doc.version)) counted = { doc, version: doc.version, words: answerWordCount(answerOf(doc.getText())) };
      const words = doc ? counted?.words ?? 0 : 0;
      this.timer.text = `$(watch) ${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')} · ${words}/${target}`;
      this.timer.tooltip = vscode.l10n.t('Answer time (aim for about {0} minutes) and words written against the target. Click to check the answer.', minutes);
      this.timer.backgroundColor = s > minutes * 60 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    };
    this.timer.command = COMMANDS.checkAnswer;
    update();
    this.timer.show();
    this.tick = setInterval(update, 1000);
  }

  /**
   * Coaches the active (or given) answer file against its editorial, in a panel beside it that
   * follows the answer as it is typed. Returns the coverage (what the panel shows first).
   */
  async check(uri?: vscode.Uri): Promise<Coverage | undefined> {
    const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!doc) return undefined;
    const coaching = await this.coach(doc, true);
    if (!coaching) return undefined;
    this.follow(doc.uri);
    return coaching.coverage;
  }

  /** Everything the coach says about an answer document; undefined when it names no editorial. */
  async coach(doc: vscode.TextDocument, tell = false): Promise<Coaching | undefined> {
    const text = doc.getText();
    const { frontMatter } = splitFrontMatter(text);
    const entry = frontMatter.editorial ? this.library.get(frontMatter.editorial) : undefined;
    if (!entry) {
      if (tell) void vscode.window.showInformationMessage(vscode.l10n.t('Open an answer made with "UPSC: Practise Mains Answer" (its front matter names the editorial).'));
      return undefined;
    }
    const answer = answerOf(text);
    const coverage = checkAnswer(answer, entry.editorial, glossaryTermFinder(this.glossary));
    const marks = Number(frontMatter.marks);
    if (Number.isFinite(marks)) coverage.target = wordTarget(marks);
    const question = questionOf(text) ?? entry.editorial.mainsQuestion;
    await this.notes.load();
    const terms = [...coverage.coveredTerms, ...coverage.missedTerms];
    const notes = this.notes.notes().filter(([u]) => u !== doc.uri.toString() && !/\/answers\//.test(u)).map(([u, t]) => [u, this.factLinesOf(u, t)] as const);
    const coaching: Coaching = {
      coverage,
      question,
      directive: question ? directiveOf(question) : undefined,
      structure: answerStructure(answer),
      dimensions: dimensionCoverage(this.editorialTextOf(entry), markdownToPlain(answer)),
      noteFacts: unusedNoteFacts(notes, terms, answer),
    };
    this.showCoverage(entry, coaching);
    return coaching;
  }

  /** While the panel is open, the answer's edits update it (a moment after typing stops). */
  private follow(uri: vscode.Uri): void {
    if (this.following?.uri === uri.toString()) return;
    this.stopFollowing();
    const listener = vscode.workspace.onDidChangeTextDocument(e => {
      const f = this.following;
      if (!f || e.document.uri.toString() !== f.uri || !this.panel) return;
      clearTimeout(f.timer);
      f.timer = setTimeout(() => void this.coach(e.document), 400);
    });
    this.following = { uri: uri.toString(), listener };
  }

  private stopFollowing(): void {
    clearTimeout(this.following?.timer);
    this.following?.listener.dispose();
    this.following = undefined;
  }

  /** The editorial the open panel's page was written for. */
  private shownFor: string | undefined;

  private showCoverage(entry: LibraryEntry, coaching: Coaching): void {
    const c = coaching.coverage;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('upscEditorials.coverage', vscode.l10n.t('Answer coach'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [media] });
      // The panel's own listeners go with it, not with the feature.
      const own = new DisposableStore();
      own.add(this.panel.onDidDispose(() => { this.panel = undefined; this.shownFor = undefined; this.stopFollowing(); own.dispose(); }));
      // Shown again after being hidden, the page is the one last written whole: write it anew.
      own.add(this.panel.onDidChangeViewState(e => {
        const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === this.following?.uri);
        if (!e.webviewPanel.visible || !doc) return;
        this.shownFor = undefined;
        void this.coach(doc);
      }));
      own.add(this.panel.webview.onDidReceiveMessage(async (m: { type?: unknown; line?: unknown; uri?: unknown }) => {
        if (typeof m?.line !== 'number' || typeof m.uri !== 'string') return;
        // Only lines of an editorial, or of a note the panel listed: the page cannot open anything else.
        const known = m.type === 'reveal' ? this.library.has(m.uri) : m.type === 'revealNote' && this.shownNotes.has(m.uri);
        if (known) await showLine(m.uri, m.line, { viewColumn: vscode.ViewColumn.Beside });
      }));
    }
    const w = this.panel.webview;
    const n = nonce();
    const none = escapeHtml(vscode.l10n.t({ message: 'None', comment: ['no points or terms in this list'] }));
    const uiLang = vscode.env.language || 'en';
    const lang = langAttribute(entry.editorial.language, uiLang);
    const showPoint = escapeHtml(vscode.l10n.t('Show this point in the editorial'));
    const list = (id: string, items: { lead: string; line: number }[]) => `<ul aria-labelledby="${id}">${items.map(p => `<li><a href="#" data-line="${p.line}" title="${showPoint}"${lang}>${escapeHtml(p.lead)}</a></li>`).join('') || `<li class="none">${none}</li>`}</ul>`;
    const pct = (a: number, b: number) => (a + b ? Math.round((a / (a + b)) * 100) : 0);
    const title = vscode.l10n.t('Answer coach');
    const hindi = entry.editorial.language === 'hi' || uiLang.startsWith('hi');
    const d = coaching.directive;
    const directive = d
      ? `<p><strong>${escapeHtml(d.word)}</strong>: <span${hindi ? ' lang="hi"' : ''}>${escapeHtml(hindi ? d.asksHi : d.asks)}</span></p>`
      : `<p class="none">${escapeHtml(vscode.l10n.t('No directive word found in the question: answer what it asks, in full.'))}</p>`;
    const s = coaching.structure;
    const advice = s.advice.map(a => `<li>${escapeHtml(ADVICE()[a])}</li>`).join('');
    const structure = `<p>${escapeHtml(vscode.l10n.t('Introduction {0}% · body {1}% · conclusion {2}% (aim for about 15 : 75 : 10)', s.percent.intro, s.percent.body, s.percent.conclusion))}</p>${advice ? `<ul>${advice}</ul>` : ''}`;
    const dimension = (id: string) => escapeHtml(DIMENSION_NAMES()[id] ?? id);
    const dims = coaching.dimensions;
    const dimensions = dims.covered.length + dims.missed.length
      ? `<p>${escapeHtml(vscode.l10n.t('Covered'))}: ${dims.covered.map(dimension).join(', ') || none}</p><p>${escapeHtml(vscode.l10n.t('Missed'))}: ${dims.missed.map(id => `${dimension(id)} <span class="why">(${escapeHtml((dims.evidence.get(id) ?? []).join(', '))})</span>`).join('; ') || none}</p>`
      : `<p class="none">${escapeHtml(vscode.l10n.t('The editorial shows no dimension clearly.'))}</p>`;
    this.shownNotes = new Set(coaching.noteFacts.map(f => f.uri));
    const facts = coaching.noteFacts.length
      ? `<ul>${coaching.noteFacts.map(f => `<li><a href="#" data-note="${escapeHtml(f.uri)}" data-line="${f.line}">${escapeHtml(f.text)}</a></li>`).join('')}</ul>`
      : `<p class="none">${escapeHtml(vscode.l10n.t('Nothing from your notes on these terms that the answer leaves out.'))}</p>`;
    const question = coaching.question ? `<p class="question"${lang}>${escapeHtml(coaching.question)}</p>` : '';
    const main = `<h1${lang}>${escapeHtml(entry.editorial.title)}</h1>
${question}
<p class="meta">${escapeHtml(vscode.l10n.t('{0} / {1} words · points {2}% · terms {3}%', c.wordCount, c.target, pct(c.coveredPoints.length, c.missedPoints.length), pct(c.coveredTerms.length, c.missedTerms.length)))}</p>
<h2>${escapeHtml(vscode.l10n.t('What the question asks'))}</h2>${directive}
<h2>${escapeHtml(vscode.l10n.t('Structure'))}</h2>${structure}
<h2>${escapeHtml(vscode.l10n.t('Dimensions'))}</h2>${dimensions}
<h2 id="missed-points">${escapeHtml(vscode.l10n.t('Missed points ({0})', c.missedPoints.length))}</h2>${list('missed-points', c.missedPoints)}
<h2 id="covered-points">${escapeHtml(vscode.l10n.t('Covered points ({0})', c.coveredPoints.length))}</h2>${list('covered-points', c.coveredPoints)}
<h2>${escapeHtml(vscode.l10n.t('Terms missed'))}</h2><p>${c.missedTerms.length ? `<span${lang}>${c.missedTerms.map(escapeHtml).join(', ')}</span>` : none}</p>
<h2>${escapeHtml(vscode.l10n.t('Terms used'))}</h2><p>${c.coveredTerms.length ? `<span${lang}>${c.coveredTerms.map(escapeHtml).join(', ')}</span>` : none}</p>
<h2>${escapeHtml(vscode.l10n.t('From your notes, not used yet'))}</h2>${facts}
`;
    // While the student types, the page is updated in place (its scroll position kept); the
    // whole page is written only when it opens or shows another editorial.
    if (this.shownFor === entry.uri && this.panel.visible) {
      void w.postMessage({ type: 'update', html: main });
      return;
    }
    this.shownFor = entry.uri;
    w.html = `<!DOCTYPE html><html lang="${escapeHtml(uiLang)}"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${w.cspSource}; script-src 'nonce-${n}'">
<link href="${w.asWebviewUri(vscode.Uri.joinPath(media, 'review.css'))}" rel="stylesheet"><title>${escapeHtml(title)}</title></head>
<body data-uri="${escapeHtml(entry.uri)}"><main>
${main}</main>
<script nonce="${n}">
const vscode = acquireVsCodeApi();
const uri = document.body.dataset.uri;
document.addEventListener('click', e => { const a = e.target.closest('a[data-line]'); if (!a) return; e.preventDefault();
  if (a.dataset.note) vscode.postMessage({ type: 'revealNote', uri: a.dataset.note, line: Number(a.dataset.line) });
  else vscode.postMessage({ type: 'reveal', uri, line: Number(a.dataset.line) }); });
// The extension's own markup (escaped there), the page's main part after an edit.
window.addEventListener('message', e => { if (e.data && e.data.type === 'update' && typeof e.data.html === 'string') document.querySelector('main').innerHTML = e.data.html; });
</script></body></html>`;
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  dispose(): void {
    clearInterval(this.tick);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
