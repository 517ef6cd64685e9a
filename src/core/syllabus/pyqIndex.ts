// The PYQ radar's index: every previous-year question of the workspace, from the editorials' PYQ
// blocks and the student's PYQ files, with its year, exam, paper and syllabus nodes; which
// questions mention a term ("asked in PYQ 2019, 2023"). Fed per source file, so one changed file
// re-indexes only its own questions.
import type { Pyq } from '../editorial/model';
import { Emitter } from '../shared/events';
import type { KeywordIndex } from './keywordIndex';
import { type Assignment, mapFields, overrideAssignments, readOverride } from './mapping';
import type { PyqFileQuestion } from './pyqFile';
import type { SyllabusTree } from './tree';
import { wordsOf } from './words';

export interface PyqRecord {
  /** `uri#line`: unique and stable while the file keeps its lines. */
  readonly id: string;
  readonly text: string;
  readonly lines: readonly string[];
  readonly year?: number;
  readonly exam: 'prelims' | 'mains';
  /** Paper id: "prelims" for a prelims question; a mains question's when known. */
  readonly paper?: string;
  readonly options?: readonly string[];
  readonly answer?: string;
  /** Most specific first: a prelims question's prelims area, then the mains topic it draws on. */
  readonly nodes: readonly Assignment[];
  readonly source: { readonly uri: string; readonly line: number };
  readonly from: 'editorial' | 'file';
  /** The editorial's or PYQ file's title. */
  readonly title: string;
}

interface Indexed { readonly record: PyqRecord; readonly words: string }

/**
 * A prelims area for a mains topic: the prelims node whose `related` holds the topic or one of its
 * ancestors ("gs1.culture.architecture" → "prelims.history").
 */
export function prelimsNodeFor(tree: SyllabusTree, mainsNode: string): string | undefined {
  const lineage = new Set(tree.lineage(mainsNode).map(n => n.id));
  for (const paper of tree.papers.filter(p => p.exam === 'prelims')) {
    for (const n of paper.children) if (n.related.some(r => lineage.has(r))) return n.id;
  }
  return undefined;
}

/** A question's nodes: the ids it names, else found from its text (within its paper when known). */
export function mapPyq(
  tree: SyllabusTree, index: KeywordIndex,
  q: { text: string; exam: 'prelims' | 'mains'; paper?: string; overrides?: readonly string[] },
  prior: readonly Assignment[] = [],
): Assignment[] {
  const named = readOverride((q.overrides ?? []).join(','), tree).ids;
  if (named.length) return overrideAssignments(named);
  const paper = q.paper && tree.get(q.paper)?.exam === 'mains' ? [q.paper] : undefined;
  const mains = mapFields(tree, index, [{ text: q.text, weight: 3 }], { papers: paper, prior, priorWeight: 1.5, max: 1 });
  if (q.exam !== 'prelims') return mains;
  const area = mains[0] && prelimsNodeFor(tree, mains[0].node);
  return area ? [{ node: area, confidence: mains[0].confidence, via: mains[0].via }, ...mains] : mains;
}

export function editorialPyqRecords(
  tree: SyllabusTree, index: KeywordIndex, uri: string, title: string, pyqs: readonly Pyq[], editorialNodes: readonly Assignment[],
): PyqRecord[] {
  return pyqs.map(q => ({
    id: `${uri}#${q.range.start}`, text: q.text, lines: q.lines, year: q.year, exam: q.exam ?? 'mains',
    ...(q.exam === 'prelims' ? { paper: 'prelims' } : {}),
    ...(q.options ? { options: q.options } : {}), ...(q.answer ? { answer: q.answer } : {}),
    nodes: mapPyq(tree, index, { text: q.text, exam: q.exam ?? 'mains' }, editorialNodes),
    source: { uri, line: q.range.start }, from: 'editorial' as const, title,
  }));
}

export function filePyqRecords(tree: SyllabusTree, index: KeywordIndex, uri: string, title: string, questions: readonly PyqFileQuestion[]): PyqRecord[] {
  return questions.map(q => ({
    id: `${uri}#${q.line}`, text: q.text, lines: q.lines, year: q.year, exam: q.exam ?? 'mains',
    ...(q.paper ? { paper: q.paper } : q.exam === 'prelims' ? { paper: 'prelims' } : {}),
    ...(q.options ? { options: q.options } : {}), ...(q.answer ? { answer: q.answer } : {}),
    nodes: mapPyq(tree, index, { text: q.text, exam: q.exam ?? 'mains', paper: q.paper, overrides: q.overrides }),
    source: { uri, line: q.line }, from: 'file' as const, title,
  }));
}

/** Newest year first (undated last), then by source and line. */
export function comparePyqs(a: PyqRecord, b: PyqRecord): number {
  return (b.year ?? 0) - (a.year ?? 0) || a.source.uri.localeCompare(b.source.uri) || a.source.line - b.source.line;
}

/**
 * The questions that mention any of `names` as whole words (case, plurals and nukta spellings
 * aside): a term's name, aliases and Hindi name. Questions asked twice (the same text from two
 * editorials) count once.
 */
export function pyqsMentioning(records: Iterable<{ record: PyqRecord; words: string }>, names: readonly string[]): PyqRecord[] {
  const keys = [...new Set(names.map(n => wordsOf(n).join(' ')).filter(k => k.length >= 2))].map(k => ` ${k} `);
  if (!keys.length) return [];
  const seen = new Set<string>();
  const out: PyqRecord[] = [];
  for (const { record, words } of records) {
    if (!keys.some(k => words.includes(k))) continue;
    const same = `${record.year ?? ''}|${words}`;
    if (seen.has(same)) continue;
    seen.add(same);
    out.push(record);
  }
  return out.sort(comparePyqs);
}

export class PyqIndex {
  private readonly bySource = new Map<string, Indexed[]>();
  private readonly emitter = new Emitter<void>();
  readonly onDidChange = this.emitter.event;

  /** Replaces the questions of one source file (an editorial or a PYQ file). */
  set(uri: string, records: readonly PyqRecord[]): void {
    if (!records.length && !this.bySource.has(uri)) return;
    if (records.length) this.bySource.set(uri, records.map(record => ({ record, words: ` ${wordsOf(record.text).join(' ')} ` })));
    else this.bySource.delete(uri);
    this.emitter.fire();
  }

  delete(uri: string): void {
    if (this.bySource.delete(uri)) this.emitter.fire();
  }

  /** Drops every source not in `keep` (files gone, editorials no longer shown). */
  retain(keep: ReadonlySet<string>): void {
    let changed = false;
    for (const uri of [...this.bySource.keys()]) if (!keep.has(uri)) changed = this.bySource.delete(uri) || changed;
    if (changed) this.emitter.fire();
  }

  all(): PyqRecord[] {
    return [...this.bySource.values()].flatMap(list => list.map(i => i.record)).sort(comparePyqs);
  }

  get size(): number {
    let n = 0;
    for (const list of this.bySource.values()) n += list.length;
    return n;
  }

  /** The questions that mention a term: its names (name, aliases, Hindi name). */
  mentioning(names: readonly string[]): PyqRecord[] {
    const all = [...this.bySource.values()].flat();
    return pyqsMentioning(all, names);
  }

  /** The years a term was asked in, each once, newest first. */
  yearsMentioning(names: readonly string[]): number[] {
    return [...new Set(this.mentioning(names).map(r => r.year).filter((y): y is number => y !== undefined))];
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
