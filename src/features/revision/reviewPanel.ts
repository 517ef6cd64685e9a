// "UPSC: Review Due Cards": a keyboard-driven review webview (space shows the answer, 1–4 rate
// it, U takes the last rating back) over cards generated from the glossary, the editorials and the
// student's own notes, scheduled with FSRS. The session's queue and ratings are in
// core/revision/reviewSession.ts; this is the panel, its messages, the saving and a status-bar
// item that shows how many cards are due.
import * as vscode from 'vscode';
import { allRefs, type Card, type CardRef, type CardRefs, glossaryTermFinder } from '../../core/revision/cards/card';
import { editorialCardRefs } from '../../core/revision/cards/editorialCardRefs';
import { editorialCards } from '../../core/revision/cards/editorialCards';
import { noteCards } from '../../core/revision/cards/noteCards';
import { termCards } from '../../core/revision/cards/termCards';
import { termSentences } from '../../core/glossary/termSentences';
import { mentionLabel } from '../../core/glossary/termMarkdown';
import { escapeMarkdown } from '../../core/shared/markdown/inline';
import type { GlossaryIndex } from '../../core/glossary/glossaryIndex';
import type { EditorialLibrary, LibraryEntry } from '../../core/editorial/library';
import type { Grade } from '../../core/revision/scheduler';
import { newSeenBySource, readingQueue, sourceCandidates, sourceKey, type SourceCards, withinReach } from '../../core/revision/readingQueue';
import { cardsOfSources, ReviewScope, scopeSources } from '../../core/revision/scopes';
import { deadlineInterval, type Exam } from '../../core/revision/examPlan';
import { hashText } from '../../core/editorial/library';
import { localDateKey } from '../../core/shared/dates';
import { background } from '../../core/shared/slices';
import { renderMarkdown } from '../../core/shared/markdown/engine';
import { emptyState } from '../../core/revision/reviewState';
import { ReviewQueue } from '../../core/revision/reviewSession';
import type { NoteTexts } from '../../services/noteTexts';
import type { ReviewStore } from '../../services/reviewStore';
import type { CardRefStore } from '../../services/cardRefStore';
import type { ReadingLog } from '../../services/readingLog';
import type { Config } from '../../services/config';
import { COMMANDS } from '../../services/commandIds';
import { DisposableStore } from '../../core/shared/disposables';
import { escapeHtml, nonce } from '../../ui/webview';
import { showLine } from '../../ui/showLine';
import { cardKindLabel, categoryWord } from '../../ui/labels';

export const REVIEW_VIEW_TYPE = 'upscEditorials.review';

export class ReviewSession implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private queue = new ReviewQueue([], emptyState());
  /** What the open session reviews; cramming reviews every card of it and saves no rating. */
  private session: { scope: ReviewScope; label?: string; cram: boolean } = { scope: { kind: 'all' }, cram: false };
  private readonly status = vscode.window.createStatusBarItem('upscEditorials.due', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [this.status];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly library: EditorialLibrary,
    private readonly glossary: GlossaryIndex,
    private readonly notes: NoteTexts,
    readonly store: ReviewStore,
    private readonly config: Config,
    private readonly reading: ReadingLog,
    /** Card refs kept from earlier sessions; makes those of the editorials not seen yet. */
    readonly keptRefs: CardRefStore,
  ) {
    this.status.name = vscode.l10n.t('UPSC cards due');
    this.status.command = COMMANDS.reviewDueCards;
    this.disposables.push(
      library.onDidChange(() => this.scheduleStatus()),
      glossary.onDidChange(() => {
        // Term lookups changed: every card may read differently.
        this.termCardCache = undefined;
        this.noteTerms.clear();
        this.scheduleStatus();
      }),
      { dispose: () => clearTimeout(this.statusTimer) },
    );
  }

  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  /** The due count follows edits and scans, at most once a second. */
  private scheduleStatus(): void {
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => void this.updateStatus(), 1000);
  }
  private termCardCache: Card[] | undefined;

  /** An editorial's cards, whole (made again each time: only the refs are kept). */
  private cardsOf(entry: LibraryEntry): Card[] {
    return editorialCards(entry.uri, entry.editorial, glossaryTermFinder(this.glossary));
  }

  private refsOf(entry: LibraryEntry): CardRefs {
    return editorialCardRefs(entry, this.glossary);
  }

  private termCards(): Card[] {
    return (this.termCardCache ??= termCards(this.glossary.terms(), t => termSentences(this.glossary.mentions(t.id).filter(m => !m.pyq), 2)
      .map(s => `> ${escapeMarkdown(s.sentence)}\n>\n> — *${escapeMarkdown(mentionLabel(s.mention))}*`).join('\n\n')));
  }

  /** Every card there is now, as refs: terms, editorial points and clozes, the student's own note cards. */
  allCards(): CardRef[] {
    return [
      ...this.termCards(),
      ...this.library.visible().flatMap(e => allRefs(this.refsOf(e))),
      ...this.notes.notes().flatMap(([uri, text]) => this.noteCardsOf(uri, text)),
    ];
  }

  /**
   * The whole cards of `refs`, in their order: term and note cards are in the lists whole already
   * (allCards, due), an editorial's are made again (once per editorial that has a ref in `refs`,
   * one editorial per background job).
   */
  private async wholeCards(refs: readonly CardRef[]): Promise<Card[]> {
    const made = new Map<string, Card>();
    const editorials = new Set(refs.filter(r => !isWhole(r) && r.source).map(r => r.source!.uri));
    for (const uri of editorials) {
      const entry = this.library.get(uri);
      if (entry) for (const c of await background.run(() => this.cardsOf(entry))) made.set(c.id, c);
    }
    return refs.map(r => (isWhole(r) ? r : made.get(r.id))).filter((c): c is Card => !!c);
  }

  /** Makes the cards of editorials not seen yet, one editorial per background job, so the host
   *  never stalls (and the shared slicer's budget covers this too); refs kept from an earlier
   *  session are taken first (CardRefStore.prepare). */
  private async prepareCards(): Promise<void> {
    await this.keptRefs.prepare(this.library.visible());
  }

  private newPerDay(): number {
    return this.config.get('review.newCardsPerDay');
  }

  /**
   * The session's queue (core/revision/readingQueue.ts): due cards, with the day's new cards from
   * the most recent reading spread among them.
   */
  async due(now = new Date(), scope: ReviewScope = { kind: 'all' }, cram = false): Promise<CardRef[]> {
    await this.prepareCards();
    const state = await this.store.load();
    const seen = state.newSeen.date === localDateKey(now) ? state.newSeen.count : 0;
    const sources = await this.termSources();
    const termSources = (card: CardRef) => (card.termId && sources.get(card.termId)) || [];
    const inScope = scopeSources(scope, this.library.visible());
    const states = cram ? {} : state.cards;
    const readAt = memo(uri => this.readAt(uri));
    // Each editorial's candidates (sourceCandidates: the queue is the same), one editorial per
    // background job: the queue then sorts thousands of cards, not every card of the library
    // (350,000 for 3,000 editorials), and looking through those never blocks the host at once.
    const perSource = this.config.get('review.newCardsPerSource');
    const newAllowed = cram ? Infinity : this.newPerDay() - seen;
    const newLimit = Math.max(0, Math.min(newAllowed, perSource));
    const known = new Map(Object.entries(states));
    const editorials: SourceCards<CardRef>[] = [];
    for (const entry of this.library.visible()) {
      if (inScope && !inScope.has(entry.uri)) continue;
      const cards = cram ? allRefs(this.refsOf(entry)) : await background.run(() => sourceCandidates(this.refsOf(entry), known, newLimit));
      editorials.push({ key: entry.uri, readAt: readAt(entry.uri), cards });
    }
    const terms = this.termCards();
    const noteTexts = this.notes.notes();
    const notes = noteTexts.flatMap(([uri, text]) => this.noteCardsOf(uri, text));
    this.forgetDeletedNotes(noteTexts);
    // Today's new cards per source, for the cards rated at all (the log's, a few hundred).
    const events = cram ? [] : await this.store.events();
    const rated = new Set(events.flatMap(e => (e.kind === 'review' ? [e.card] : [])));
    const keys = new Map<string, string>();
    for (const list of [terms, ...editorials.map(e => e.cards), notes]) {
      for (const c of list) if (rated.has(c.id)) keys.set(c.id, sourceKey(c));
    }
    const seenBySource = newSeenBySource(events, id => keys.get(id), now);
    const seenToday = (key: string) => seenBySource.get(key) ?? 0;
    // Only the most recent reading's new cards can be reached today (withinReach: same queue).
    const reach = cram ? editorials.flatMap(e => e.cards) : withinReach(editorials, known, { newAllowed, newPerSource: perSource, seenToday });
    const cards = cardsOfSources([...terms, ...reach, ...notes], inScope, termSources);
    return readingQueue(cards, states, {
      newPerSource: cram ? undefined : perSource,
      seenToday,
      now,
      newAllowed: cram ? cards.length : newAllowed,
      readAt,
      termSources,
      // A scope's own terms are asked for by choosing the scope.
      allTerms: this.config.get('review.allGlossaryTerms') || !!inScope,
    });
  }

  /** A note's cards, made again only when its text changed (due() runs after every edit). */
  private noteCardsOf(uri: string, text: string): Card[] {
    const known = this.noteCardCache.get(uri);
    if (known?.text === text) return known.cards;
    const cards = noteCards(uri, text);
    this.noteCardCache.set(uri, { text, cards });
    return cards;
  }
  private readonly noteCardCache = new Map<string, { text: string; cards: Card[] }>();
  private forgetDeletedNotes(notes: readonly [string, string][]): void {
    if (this.noteCardCache.size <= notes.length) return;
    const current = new Set(notes.map(([uri]) => uri));
    for (const uri of this.noteCardCache.keys()) if (!current.has(uri)) this.noteCardCache.delete(uri);
  }

  /** The session's queue as whole cards (due() gives refs: counting needs no texts). */
  async dueCards(now = new Date(), scope: ReviewScope = { kind: 'all' }, cram = false): Promise<Card[]> {
    return this.wholeCards(await this.due(now, scope, cram));
  }

  /**
   * The cards to export: every card of the editorials and notes, and the glossary cards of the
   * terms they mention (all glossary cards with `review.allGlossaryTerms`).
   */
  async exportableCards(): Promise<Card[]> {
    await this.notes.load();
    await this.prepareCards();
    const sources = await this.termSources();
    const all = this.config.get('review.allGlossaryTerms');
    return await this.wholeCards(this.allCards().filter(c => c.kind !== 'term' || all || !!(c.termId && sources.get(c.termId)?.length)));
  }

  /** The exam dates the student set, in the order they come. */
  exams(): Exam[] {
    return [
      { name: vscode.l10n.t('Prelims'), date: this.config.get('exam.prelimsDate') },
      { name: vscode.l10n.t('Mains'), date: this.config.get('exam.mainsDate') },
    ].filter(e => e.date);
  }

  /** When a source was read; an editorial never opened counts from its own date. */
  private readAt(uri: string): number | undefined {
    const read = this.reading.readAt(uri);
    if (read !== undefined) return read;
    const date = this.library.get(uri)?.editorial.source?.date;
    const t = date ? Date.parse(`${date}T00:00:00`) : NaN;
    return Number.isFinite(t) ? t : undefined;
  }

  /** Note URI → the text it was scanned as and the terms it mentions. */
  private readonly noteTerms = new Map<string, { hash: number; ids: readonly string[] }>();

  /** Term id → the editorials and notes that mention it, each scanned in a background job. */
  private async termSources(): Promise<Map<string, string[]>> {
    const sources = new Map<string, string[]>();
    const add = (id: string, uri: string) => {
      const list = sources.get(id);
      if (!list) sources.set(id, [uri]);
      else if (list[list.length - 1] !== uri) list.push(uri);
    };
    for (const entry of this.library.visible()) {
      const ids = await background.run(() => [...this.glossary.termsMentionedIn(entry)]);
      for (const id of ids) add(id, entry.uri);
    }
    for (const [uri, text] of this.notes.notes()) {
      const hash = hashText(text);
      let known = this.noteTerms.get(uri);
      if (known?.hash !== hash) {
        known = { hash, ids: await background.run(() => [...new Set(this.glossary.scan(text).map(m => m.key))]) };
        this.noteTerms.set(uri, known);
      }
      for (const id of known.ids) add(id, uri);
    }
    return sources;
  }

  async updateStatus(): Promise<number> {
    const n = (await this.due()).length;
    this.status.text = `$(mortar-board) ${n}`;
    this.status.tooltip = vscode.l10n.t('{0} UPSC cards due: click to review', n);
    if (n > 0) this.status.show(); else this.status.hide();
    return n;
  }

  /**
   * Opens the review of `scope` (every card by default); `cram` reviews all its cards now, due or
   * not, and saves no rating. `label` names the scope on the page.
   */
  async start(scope: ReviewScope = { kind: 'all' }, options: { cram?: boolean; label?: string } = {}): Promise<vscode.WebviewPanel> {
    await this.notes.load();
    this.session = { scope, label: options.label, cram: !!options.cram };
    const due = await this.dueCards(new Date(), scope, this.session.cram);
    // With an exam ahead, every rating is scheduled to come back before it (deadline mode).
    this.queue = new ReviewQueue(due, await this.store.load(), undefined, { maximumInterval: deadlineInterval(this.exams(), new Date()) });
    if (!this.panel) {
      const media = vscode.Uri.joinPath(this.extensionUri, 'media');
      this.panel = vscode.window.createWebviewPanel(REVIEW_VIEW_TYPE, vscode.l10n.t('UPSC Review'), vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [media] });
      this.panel.iconPath = vscode.Uri.joinPath(media, 'icon-activitybar.svg');
      // The panel's own listeners go with it, not with the feature.
      const own = new DisposableStore();
      own.add(this.panel.webview.onDidReceiveMessage(m => this.onMessage(m)));
      own.add(this.panel.onDidDispose(() => { this.panel = undefined; own.dispose(); }));
      this.panel.webview.html = this.html(this.panel.webview);
    } else {
      this.panel.reveal();
      this.show();
    }
    return this.panel;
  }

  /**
   * The page: an h1, the card's question and answer under h2s, a polite status region for the
   * progress ("Card 2 of 20"), the answer when it is shown and a rating taken back, the keys
   * written out on the page and on each button (aria-keyshortcuts). Only media/review.js runs (nonce); no inline styles.
   */
  private html(webview: vscode.Webview): string {
    const n = nonce();
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const css = webview.asWebviewUri(vscode.Uri.joinPath(media, 'review.css'));
    const codicons = webview.asWebviewUri(vscode.Uri.joinPath(media, 'codicons', 'codicon.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(media, 'review.js'));
    const rating = (grade: number, label: string) => `<button type="button" data-grade="${grade}" aria-keyshortcuts="${grade}">${escapeHtml(label)} <kbd>${grade}</kbd></button>`;
    // Words the script says in the status region; "{0}" and "{1}" are filled in there.
    const strings = {
      progress: vscode.l10n.t('Card {0} of {1}', '{0}', '{1}'),
      answer: vscode.l10n.t('Answer: {0}', '{0}'),
      finished: vscode.l10n.t('Session finished: {0} of {1} cards reviewed', '{0}', '{1}'),
      undone: vscode.l10n.t('Last rating undone: card {0} of {1}', '{0}', '{1}'),
    };
    return `<!DOCTYPE html><html lang="${escapeHtml(vscode.env.language || 'en')}"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; font-src ${webview.cspSource}; script-src 'nonce-${n}'">
<link href="${codicons}" rel="stylesheet"><link href="${css}" rel="stylesheet"><title>${escapeHtml(vscode.l10n.t('UPSC Review'))}</title></head>
<body data-l10n="${escapeHtml(JSON.stringify(strings))}">
<div class="progress" role="progressbar" aria-label="${escapeHtml(vscode.l10n.t('Session progress'))}" aria-valuemin="0" aria-valuemax="1" aria-valuenow="0"><div class="bar"></div></div>
<main>
<h1 class="page-title">${escapeHtml(vscode.l10n.t('UPSC Review'))}</h1>
<p class="meta" id="meta"></p>
<p id="status" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></p>
<section class="card" aria-labelledby="front-heading">
<h2 id="front-heading" class="visually-hidden">${escapeHtml(vscode.l10n.t({ message: 'Question', comment: ['the front of a flashcard'] }))}</h2>
<div class="front" id="front"></div>
<div class="back" id="back" hidden>
<h2 class="visually-hidden">${escapeHtml(vscode.l10n.t({ message: 'Answer', comment: ['the back of a flashcard'] }))}</h2>
<div id="back-text"></div>
</div>
</section>
<div class="actions" id="show-row"><button type="button" id="show" aria-describedby="front" aria-keyshortcuts="Space Enter">${escapeHtml(vscode.l10n.t('Show answer'))} <kbd>${escapeHtml(vscode.l10n.t({ message: 'Space', comment: ['the key on the keyboard'] }))}</kbd></button></div>
<div class="actions" id="rate-row" hidden role="group" aria-label="${escapeHtml(vscode.l10n.t('Rate your recall'))}">
${rating(1, vscode.l10n.t({ message: 'Again', comment: ['flashcard rating: not recalled'] }))}
${rating(2, vscode.l10n.t({ message: 'Hard', comment: ['flashcard rating: recalled with difficulty'] }))}
${rating(3, vscode.l10n.t({ message: 'Good', comment: ['flashcard rating: recalled'] }))}
${rating(4, vscode.l10n.t({ message: 'Easy', comment: ['flashcard rating: recalled easily'] }))}
</div>
<div class="actions" id="undo-row" hidden><button type="button" id="undo" aria-keyshortcuts="u">${escapeHtml(vscode.l10n.t({ message: 'Undo', comment: ['take back the last flashcard rating'] }))} <kbd>U</kbd></button></div>
<p class="source"><a href="#" id="source" hidden><i class="codicon codicon-go-to-file" aria-hidden="true"></i>${escapeHtml(vscode.l10n.t({ message: 'Open source', comment: ['open the editorial or note the card comes from'] }))}</a></p>
<p class="finished" id="finished" tabindex="-1" hidden>${escapeHtml(vscode.l10n.t('No cards due. Well done: come back tomorrow.'))}</p>
<p class="shortcuts" id="shortcuts">${escapeHtml(vscode.l10n.t('Keys: Space or Enter shows the answer; then 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy) rates it; U undoes the last rating.'))}</p>
</main>
<script nonce="${n}" src="${js}"></script>
</body></html>`;
  }

  /** Sends the current card (or "finished") to the page; `undone` when a rating was just taken back. */
  private show(undone = false): void {
    const card = this.queue.current;
    const { done, total, canUndo } = this.queue;
    if (!card) {
      void this.panel?.webview.postMessage({ type: 'finished', done, total, canUndo });
      return;
    }
    void this.panel?.webview.postMessage({
      type: 'card',
      id: card.id,
      kind: card.kind,
      // A card's own headings sit under the page's "Question"/"Answer" h2s.
      front: renderMarkdown(card.front, { headingLevel: 3 }),
      back: renderMarkdown(card.back, { headingLevel: 3 }),
      meta: [
        this.session.cram ? vscode.l10n.t({ message: 'Cram (ratings not saved)', comment: ['reviewing every card now, outside the schedule'] }) : undefined,
        this.session.label,
        card.kind === 'term' ? card.category && categoryWord(card.category) : card.editorialTitle,
        cardKindLabel(card.kind),
      ].filter(Boolean).join(' · '),
      hasSource: !!card.source,
      done,
      total,
      canUndo,
      undone,
    });
  }

  /** Rates the current card: schedules it, saves, moves on. "Again" puts it back at the end. */
  async rate(grade: Grade, now = new Date()): Promise<void> {
    if (!this.queue.rate(grade, now) || !this.queue.lastEvent) return;
    if (!this.session.cram) await this.store.record(this.queue.lastEvent);
    this.show();
    void this.updateStatus();
  }

  /** Takes back the last rating (the wrong key pressed): that card again, as it was before. */
  async undo(): Promise<void> {
    if (!this.queue.undo() || !this.queue.lastEvent) return;
    if (!this.session.cram) await this.store.record(this.queue.lastEvent);
    this.show(true);
    void this.updateStatus();
  }

  /** The progress file is read again (a review setting changed; the file may have moved): the
   *  session goes on from what it holds. */
  async reloadState(): Promise<void> {
    this.store.reset();
    await this.followStore();
  }

  /** The session goes on from the log as it is now (read again by the store when it changed). */
  async followStore(): Promise<void> {
    this.queue.continueFrom(await this.store.load());
  }

  private async onMessage(raw: unknown): Promise<void> {
    const m = raw as { type?: unknown; grade?: unknown; id?: unknown };
    if (m?.type === 'ready') this.show();
    else if (m?.type === 'rate' && (m.grade === 1 || m.grade === 2 || m.grade === 3 || m.grade === 4) && m.id === this.queue.current?.id) await this.rate(m.grade);
    else if (m?.type === 'undo') await this.undo();
    else if (m?.type === 'source' && this.queue.current?.source) {
      const { uri, line } = this.queue.current.source;
      await showLine(uri, line, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
    }
  }

  /** The cards still to review in the open session, the current one first. */
  get queued(): readonly Card[] {
    return this.queue.queued;
  }

  get current(): Card | undefined {
    return this.queue.current;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** A ref that is a whole card (term and note cards are listed whole; only editorials' are refs). */
const isWhole = (r: CardRef): r is Card => 'front' in r;

/** `f` asked once per argument: the queue asks when each card's source was read, and thousands of
 *  cards share a few sources. */
function memo<T>(f: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return key => {
    if (!known.has(key)) known.set(key, f(key));
    return known.get(key) as T;
  };
}
