// The PYQ radar's two readings of the index: by year (newest first), and by topic (paper →
// topic, each question under its first node's topic), and the topics × years heatmap.
import type { PyqRecord } from './pyqIndex';
import type { SyllabusTree } from './tree';

/** The topic (depth 1) or paper a question sits under; undefined when it has no node. */
export function topicOf(tree: SyllabusTree, q: PyqRecord): string | undefined {
  const first = q.nodes.find(a => tree.has(a.node));
  if (!first) return undefined;
  const lineage = tree.lineage(first.node);
  return (lineage.find(n => n.depth === 1) ?? lineage[lineage.length - 1]).id;
}

/** Years with questions, newest first; undated questions under `undefined`, last. */
export function byYear(records: readonly PyqRecord[]): { year?: number; pyqs: PyqRecord[] }[] {
  const groups = new Map<number | undefined, PyqRecord[]>();
  for (const q of records) {
    const list = groups.get(q.year);
    if (list) list.push(q); else groups.set(q.year, [q]);
  }
  return [...groups.entries()].sort(([a], [b]) => (b ?? -1) - (a ?? -1)).map(([year, pyqs]) => ({ ...(year !== undefined ? { year } : {}), pyqs }));
}

export interface TopicGroup {
  readonly paper: string;
  readonly topics: { readonly topic: string; readonly pyqs: PyqRecord[] }[];
}

/** Paper → topic → questions, papers and topics in syllabus order; questions with no node apart. */
export function byTopic(tree: SyllabusTree, records: readonly PyqRecord[]): { papers: TopicGroup[]; unplaced: PyqRecord[] } {
  const byNode = new Map<string, PyqRecord[]>();
  const unplaced: PyqRecord[] = [];
  for (const q of records) {
    const t = topicOf(tree, q);
    if (!t) { unplaced.push(q); continue; }
    const list = byNode.get(t);
    if (list) list.push(q); else byNode.set(t, [q]);
  }
  const papers: TopicGroup[] = [];
  for (const p of tree.papers) {
    const topics = [p, ...p.children].filter(n => byNode.has(n.id)).map(n => ({ topic: n.id, pyqs: byNode.get(n.id)! }));
    if (topics.length) papers.push({ paper: p.id, topics });
  }
  return { papers, unplaced };
}

export interface Heatmap {
  /** Oldest first, every year from the first to the last with a question. */
  readonly years: readonly number[];
  readonly rows: readonly { readonly topic: string; readonly counts: readonly number[]; readonly total: number }[];
  /** The largest cell, for the colour scale. */
  readonly max: number;
}

/** Topics × years: how many dated questions each topic had each year (topics in syllabus order). */
export function pyqHeatmap(tree: SyllabusTree, records: readonly PyqRecord[]): Heatmap {
  const dated = records.filter(q => q.year !== undefined);
  if (!dated.length) return { years: [], rows: [], max: 0 };
  const first = Math.min(...dated.map(q => q.year!));
  const last = Math.max(...dated.map(q => q.year!));
  // At most 30 columns: older years than that are not a radar any more.
  const from = Math.max(first, last - 29);
  const years = Array.from({ length: last - from + 1 }, (_, i) => from + i);
  const counts = new Map<string, number[]>();
  for (const q of dated) {
    if (q.year! < from) continue;
    const t = topicOf(tree, q);
    if (!t) continue;
    let row = counts.get(t);
    if (!row) counts.set(t, row = years.map(() => 0));
    row[q.year! - from]++;
  }
  const order = tree.nodes().map(n => n.id);
  const rows = [...counts.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([topic, c]) => ({ topic, counts: c, total: c.reduce((s, n) => s + n, 0) }));
  return { years, rows, max: Math.max(0, ...rows.flatMap(r => r.counts)) };
}
