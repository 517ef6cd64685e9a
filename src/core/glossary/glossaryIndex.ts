// All glossary terms in force: the bundled glossary overlaid by the user's files (a user entry
// replaces a bundled one of the same name), one term matcher over every name and alias, and the
// index of which editorial points mention each term.
import { Emitter } from '../shared/events';
import type { GlossaryTerm } from './entries';
import { termId } from './entries';
import type { EditorialLibrary, LibraryEntry } from '../editorial/library';
import { EditorialMentions, fromSnapshot, Mention, MentionsBuilder, MentionSnapshot, Place, pointsDepthFirst } from './editorialMentions';
import { hashText } from '../editorial/library';
import { buildLibraryTermsInSteps, entryTerms, hasEntryTerms, knownForms } from './libraryTerms';
import { matchSpellings, termForms } from './termForms';
import { background, runAtOnce } from '../shared/slices';
import { prepareTermMatcherTables } from './matcher/tables';
import type { MatcherPattern } from './matcher/patterns';
import { TermMatch, TermMatcher } from './matcher/termMatcher';

export type { Mention } from './editorialMentions';

export { nuktaSpellings } from './termForms';

/** Bumped when what a mention's numbers mean changes (editorialMentions.ts). */
const MENTION_FORMAT = 1;

export class GlossaryIndex {
  /** Sources by URI; the bundled one is marked so user files can override it. */
  private readonly sources = new Map<string, { terms: readonly GlossaryTerm[]; bundled: boolean }>();
  private termsById: Map<string, GlossaryTerm> | undefined;
  private matcherCache: TermMatcher | undefined;
  private mentionCache = new WeakMap<LibraryEntry, EditorialMentions>();
  /** Term ids as the numbers the mention index stores (given out as terms are found), and back. */
  private termNumbers = new Map<string, number>();
  private termIdsByNumber: string[] = [];
  /** Per term number, the last place (paragraph, point, question) it was found in: one mention each. */
  private lastPlace = new Int32Array(64);
  private placeCount = 0;
  /** Mentions kept from an earlier session (the persisted index), asked for before an editorial is scanned. */
  private savedMentions: ((entry: LibraryEntry, fingerprint: string) => MentionSnapshot | undefined) | undefined;
  /** How many editorials' mentions were taken from an earlier session, and how many scanned (for the log). */
  readonly mentionSources = { saved: 0, scanned: 0 };
  /** What the mentions depend on besides the editorial: every pattern the matcher looks for. */
  private fingerprintCache: string | undefined;
  private readonly changeEmitter = new Emitter<void>();
  readonly onDidChange = this.changeEmitter.event;

  /** The "For Prelims" entries the library terms were made from, to tell when they change. */
  private prelimsSignature = '';
  private readonly librarySubscription: { dispose(): void } | undefined;

  constructor(private readonly library?: EditorialLibrary) {
    this.librarySubscription = library?.onDidChange(() => {
      // Most changes (an edit to a section) leave the "For Prelims" lists alone: the terms,
      // the matcher and the other editorials' mentions stay.
      // No terms worked out yet: nothing to compare (3,000 editorials' lists take 30 ms to
      // join), only a build under way to restart.
      if (!this.termsById) { this.generation++; return; }
      if (this.prelimsSignature !== this.signature()) this.invalidate();
    });
  }

  private signature(): string {
    return (this.library?.visible() ?? []).map(e => `${e.uri}\u0001${e.editorial.prelimsTerms.map(t => `${t.text}\u0002${t.href ?? ''}`).join('\u0003')}`).join('\u0004');
  }

  setSource(uri: string, terms: readonly GlossaryTerm[], bundled = false): void {
    this.sources.set(uri, { terms, bundled });
    this.invalidate();
  }

  removeSource(uri: string): void {
    if (this.sources.delete(uri)) this.invalidate();
  }

  /** Counts changes of the terms, so that a matcher built for older ones is never kept. */
  private generation = 0;

  private invalidate(): void {
    this.generation++;
    this.termsById = undefined;
    this.matcherCache = undefined;
    this.mentionCache = new WeakMap();
    this.termNumbers = new Map();
    this.termIdsByNumber = [];
    this.patternsCache = undefined;
    this.fingerprintCache = undefined;
    this.changeEmitter.fire();
  }

  private byId(): Map<string, GlossaryTerm> {
    return (this.termsById ??= runAtOnce(this.termsInSteps()));
  }

  /**
   * The terms by id, worked out in steps (a `yield` every few hundred editorials): `byId` runs
   * them at once, `readyMatcher` one per background job.
   */
  private *termsInSteps(): Generator<void, Map<string, GlossaryTerm>> {
    const map = new Map<string, GlossaryTerm>();
    // Bundled first, then user files in a stable order: a user entry replaces a bundled one.
    const ordered = [...this.sources.entries()].sort(([a, x], [b, y]) => Number(x.bundled === false) - Number(y.bundled === false) || a.localeCompare(b));
    for (const [, source] of ordered) {
      for (const term of source.terms) {
        const existing = map.get(term.id);
        if (existing && !source.bundled && this.sources.get(existing.origin.uri)?.bundled === false) continue; // first user file wins
        map.set(term.id, term);
      }
    }
    // The student's editorials' "For Prelims" entries: new forms of known terms, and terms of their own.
    this.prelimsSignature = this.signature();
    const library = yield* buildLibraryTermsInSteps(this.library?.visible() ?? [], knownForms(map.values()));
    for (const [id, extra] of library.extraAliases) {
      const term = map.get(id);
      if (term && extra.length) map.set(id, { ...term, aliases: [...term.aliases, ...extra] });
    }
    for (const term of library.terms) if (!map.has(term.id)) map.set(term.id, term);
    return map;
  }

  terms(): GlossaryTerm[] {
    return [...this.byId().values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  get size(): number {
    return this.byId().size;
  }

  get(id: string): GlossaryTerm | undefined {
    return this.byId().get(id);
  }

  /** A term by its name or any alias, as written. */
  lookup(text: string): GlossaryTerm | undefined {
    const direct = this.byId().get(termId(text));
    if (direct) return direct;
    const m = this.matcher().scan(text).find(x => x.start === 0 && x.end === text.length);
    if (m) return this.get(m.key);
    // A "For Prelims" entry as written: "किसान उत्पादक संगठन (FPOs)" is the term of its name.
    const { name } = termForms(text);
    return name && name !== text ? this.lookup(name) : undefined;
  }

  isBundled(term: GlossaryTerm): boolean {
    return !term.fromEditorials && (this.sources.get(term.origin.uri)?.bundled ?? false);
  }

  /** The student's own glossary files, by URI, in a stable order. */
  userSources(): string[] {
    return [...this.sources.entries()].filter(([, s]) => !s.bundled).map(([uri]) => uri).sort();
  }

  /** A term made from the editorials' "For Prelims" lists, with no glossary entry. */
  isLibraryTerm(term: GlossaryTerm): boolean {
    return !!term.fromEditorials;
  }

  matcher(): TermMatcher {
    if (!this.matcherCache) {
      this.matcherCache = new TermMatcher(this.patterns());
      this.patternsDone();
    }
    return this.matcherCache;
  }

  private patternsCache: MatcherPattern[] | undefined;

  /** Every name and alias of every term, in each spelling the matcher looks for (kept until the terms change). */
  private patterns(): MatcherPattern[] {
    return (this.patternsCache ??= this.terms().flatMap(t => [t.name, ...t.aliases].flatMap(text => {
      const caseSensitive = t.exactCase?.includes(text) || undefined;
      return matchSpellings(text).map(spelling => ({ key: t.id, text: spelling, caseSensitive }));
    })));
  }

  /**
   * Names the mentions these terms find: a hash of every pattern (with its term and case rule) and
   * of the mention format. Saved mentions of another fingerprint are never used.
   */
  mentionsFingerprint(): string {
    return (this.fingerprintCache ??= `${MENTION_FORMAT}/${hashText(JSON.stringify(this.patterns().map(p => [p.key, p.text, p.caseSensitive ? 1 : 0]))).toString(36)}/${this.patterns().length}`);
  }

  /** The matcher is built: the patterns are not needed again (10k terms make 40k of them) once their fingerprint is known. */
  private patternsDone(): void {
    this.mentionsFingerprint();
    this.patternsCache = undefined;
  }

  /** Where mentions kept from an earlier session come from (the persisted editorial index). */
  useSavedMentions(source: (entry: LibraryEntry, fingerprint: string) => MentionSnapshot | undefined): void {
    this.savedMentions = source;
  }

  /**
   * An editorial's mentions to keep, when they have been worked out for the current terms: their
   * fingerprint at once, the snapshot when asked (only a shard that is written needs it).
   */
  mentionsToSave(entry: LibraryEntry): { fingerprint: string; snapshot(): MentionSnapshot } | undefined {
    const found = this.mentionCache.get(entry);
    if (!found) return undefined;
    const ids = this.termIdsByNumber;
    return { fingerprint: this.mentionsFingerprint(), snapshot: () => found.snapshot(n => ids[n]) };
  }

  /**
   * The matcher, for callers that can wait: if it is not built yet, it is built in background jobs
   * of its own (the shared tables the first time, then the automaton for every name and alias;
   * each takes 10-40 ms cold), never inside the caller's own job.
   */
  async readyMatcher(): Promise<TermMatcher> {
    if (this.matcherCache) return this.matcherCache;
    await background.run(prepareTermMatcherTables);
    // The editorials' For Prelims entries split into forms, a hundred editorials per job: with
    // thousands of editorials, doing it inside the terms' first use would block the host.
    const pending = (this.library?.visible() ?? []).filter(e => !hasEntryTerms(e));
    for (let i = 0; i < pending.length; i += 100) await background.run(() => pending.slice(i, i + 100).forEach(entryTerms));
    if (!this.termsById) {
      const generation = this.generation;
      const steps = this.termsInSteps();
      for (;;) {
        const step = await background.run(() => steps.next());
        // Worked out at once meanwhile, or the sources changed: the newer answer stands.
        if (this.termsById || this.generation !== generation) break;
        if (step.done) { this.termsById = step.value; break; }
      }
    }
    this.building ??= this.buildMatcher().finally(() => { this.building = undefined; });
    return this.building;
  }

  private building: Promise<TermMatcher> | undefined;

  /** The matcher, built one step per background job (10,000 terms in one job blocked for 300 ms). */
  private async buildMatcher(): Promise<TermMatcher> {
    const generation = this.generation;
    const patterns = await background.run(() => this.patterns());
    await background.run(() => this.mentionsFingerprint());
    const steps = TermMatcher.building(patterns);
    for (;;) {
      const step = await background.run(() => steps.next());
      // Built at once meanwhile (a caller that could not wait), or the terms changed: use or redo.
      if (this.matcherCache) return this.matcherCache;
      if (this.generation !== generation) return this.buildMatcher();
      if (step.done) {
        this.matcherCache = step.value;
        this.patternsDone();
        return step.value;
      }
    }
  }

  scan(text: string, from?: number, to?: number): TermMatch[] {
    return this.matcher().scan(text, from, to);
  }

  /** Every editorial place that mentions the term, in library order (newest editorial first). */
  mentions(id: string): Mention[] {
    const out: Mention[] = [];
    // (The term's number is looked up after each editorial is indexed: it is given out when first found.)
    for (const entry of this.library?.visible() ?? []) this.mentionsIn(entry).of(this.termNumbers.get(id) ?? -1, entry, out);
    return out;
  }

  /** How many places mention the term (mentions(id).length, without making them). */
  mentionCount(id: string): number {
    let n = 0;
    for (const entry of this.library?.visible() ?? []) n += this.mentionsIn(entry).count(this.termNumbers.get(id) ?? -1);
    return n;
  }

  /**
   * Computes the mentions of every visible editorial not yet indexed, one editorial per job of the
   * shared background slicer, so a large library never blocks the extension host for long (and
   * two callers indexing at once share one time budget instead of each taking a slice per turn).
   */
  async indexMentions(isCancelled: () => boolean = () => false): Promise<void> {
    await this.readyMatcher();
    for (const entry of this.library?.visible() ?? []) {
      if (isCancelled()) return;
      await background.run(() => this.mentionsIn(entry));
    }
  }

  /** The ids of the terms one editorial mentions (cached with its mentions). */
  termsMentionedIn(entry: LibraryEntry): Iterable<string> {
    return Array.from(this.mentionsIn(entry).terms, n => this.termIdsByNumber[n]);
  }

  private termNumber(id: string): number {
    let n = this.termNumbers.get(id);
    if (n === undefined) {
      n = this.termIdsByNumber.length;
      this.termNumbers.set(id, n);
      this.termIdsByNumber.push(id);
      if (n >= this.lastPlace.length) {
        const grown = new Int32Array(this.lastPlace.length * 2);
        grown.set(this.lastPlace);
        this.lastPlace = grown;
      }
    }
    return n;
  }

  /** Term → mentions in one editorial; cached per library entry (a changed file is a new entry). */
  private mentionsIn(entry: LibraryEntry): EditorialMentions {
    const cached = this.mentionCache.get(entry);
    if (cached) return cached;
    const saved = this.savedMentions?.(entry, this.mentionsFingerprint());
    const restored = saved && fromSnapshot(saved, entry.editorial, id => this.termNumber(id));
    if (restored) {
      this.mentionCache.set(entry, restored);
      this.mentionSources.saved++;
      return restored;
    }
    this.mentionSources.scanned++;
    const found = new MentionsBuilder();
    // One mention per paragraph, point (with its children) or question is enough for "Mentioned in":
    // each place gets a number no other has, and a term found again in the same place is skipped.
    // (Numbers start at 1: lastPlace is zeroed when it grows.)
    const inBody = new Set<number>();
    const scanPlace = (text: string, add: (term: number, start: number, end: number) => void) => {
      for (const m of this.scan(text)) {
        const term = this.termNumber(m.key);
        if (this.lastPlace[term] === this.placeCount) continue;
        this.lastPlace[term] = this.placeCount;
        add(term, m.start, m.end);
      }
    };
    const e = entry.editorial;
    e.sections.forEach((section, a) => {
      // The PYQs are read below, each question on its own.
      if (section.kind === 'pyq' && e.pyqs.length) return;
      section.paragraphs.forEach((p, b) => {
        this.placeCount++;
        scanPlace(p.plain, (term, start, end) => { inBody.add(term); found.add(term, Place.Paragraph, a, b, 0, start, end); });
      });
      section.points.forEach((point, b) => {
        this.placeCount++;
        pointsDepthFirst(point).forEach((q, c) => scanPlace(q.plain, (term, start, end) => { inBody.add(term); found.add(term, Place.Point, a, b, c, start, end); }));
      });
    });
    e.pyqs.forEach((pyq, a) => {
      this.placeCount++;
      scanPlace(pyq.text, (term, start, end) => found.add(term, Place.Pyq, a, 0, 0, start, end));
    });
    // A "For Prelims" term the body never names (CAATSA in the sample), or names only in a
    // previous-year question, is still this editorial's: "Mentioned in" lists it.
    this.placeCount++;
    for (const t of e.prelimsTerms) {
      const term = this.lookup(t.text);
      if (!term) continue;
      const n = this.termNumber(term.id);
      if (inBody.has(n) || this.lastPlace[n] === this.placeCount) continue;
      this.lastPlace[n] = this.placeCount;
      found.add(n, Place.Prelims, 0, 0, 0, 0, 0);
    }
    const mentions = found.done();
    this.mentionCache.set(entry, mentions);
    return mentions;
  }

  dispose(): void {
    this.librarySubscription?.dispose();
    this.changeEmitter.dispose();
  }
}
