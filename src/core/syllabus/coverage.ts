// How far the student has got through the syllabus: per node, how many editorials, notes, answers
// and PYQs sit on it, how many of its cards are due, when it was last revised, and how many of its
// sub-topics have notes of the student's own (the coverage figure); and the gaps: sub-topics with no
// notes, and sub-topics with notes not revised in N days. An item on a node counts for its
// ancestors too, once each; a prelims area counts the items of the mains topics it draws on.
import type { Assignment } from './mapping';
import type { SyllabusNode, SyllabusTree } from './tree';

export type ItemKind = 'editorial' | 'note' | 'answer' | 'pyq';

export interface SyllabusItem {
  readonly kind: ItemKind;
  /** Unique per item (a URI, or `uri#line` for a PYQ). */
  readonly key: string;
  readonly uri: string;
  readonly line: number;
  readonly title: string;
  readonly nodes: readonly Assignment[];
  /** YYYY-MM-DD when known (an editorial's source date, a note's front-matter date). */
  readonly date?: string;
  readonly year?: number;
}

/** A flashcard as coverage needs it: the nodes of what it came from, and its review state. */
export interface CardFact {
  readonly nodes: readonly string[];
  readonly due: boolean;
  /** ISO time of its last review. */
  readonly lastReview?: string;
}

export interface NodeStats {
  readonly editorials: number;
  readonly notes: number;
  readonly answers: number;
  readonly pyqs: number;
  readonly cards: number;
  readonly cardsDue: number;
  /** ISO time of the newest review of any of its cards. */
  readonly lastRevised?: string;
  /** Sub-topics (leaves) under it with a note or answer of the student's own, and how many there are. */
  readonly coveredLeaves: number;
  readonly leaves: number;
  /** Items placed on this very node (not on a node under it), for the view to list. */
  readonly items: readonly SyllabusItem[];
}

export interface CoverageReport {
  readonly stats: ReadonlyMap<string, NodeStats>;
  /** Sub-topics without a note or answer: the ones with most editorials and PYQs first. */
  readonly noNotes: readonly string[];
  /** Sub-topics with notes whose cards were not reviewed in the last N days (or never). */
  readonly notRevised: readonly string[];
}

interface Tally {
  keys: Set<string>;
  editorials: number; notes: number; answers: number; pyqs: number;
  cards: number; cardsDue: number; lastRevised?: string;
  items: SyllabusItem[];
}

const fresh = (): Tally => ({ keys: new Set(), editorials: 0, notes: 0, answers: 0, pyqs: 0, cards: 0, cardsDue: 0, items: [] });

export function computeCoverage(
  tree: SyllabusTree, items: readonly SyllabusItem[], cards: readonly CardFact[], now: Date, revisionDays: number,
): CoverageReport {
  const tallies = new Map<string, Tally>();
  const tally = (id: string) => { let t = tallies.get(id); if (!t) tallies.set(id, t = fresh()); return t; };
  // Prelims areas count the items of the mains topics they draw on: mains id → prelims ids.
  const prelimsFor = new Map<string, string[]>();
  for (const n of tree.nodes()) for (const r of n.related) prelimsFor.set(r, [...(prelimsFor.get(r) ?? []), n.id]); // (a handful of nodes)
  /** A node, its ancestors, and (through `related`) the prelims areas and their paper. */
  const reach = (id: string): Set<string> => {
    const out = new Set<string>();
    for (const n of tree.lineage(id)) {
      out.add(n.id);
      for (const p of prelimsFor.get(n.id) ?? []) for (const a of tree.lineage(p)) out.add(a.id);
    }
    return out;
  };
  const reachCache = new Map<string, Set<string>>();
  const reachOf = (id: string) => { let r = reachCache.get(id); if (!r) reachCache.set(id, r = reach(id)); return r; };

  for (const item of items) {
    const direct = new Set(item.nodes.map(a => a.node).filter(id => tree.has(id)));
    const all = new Set<string>();
    for (const id of direct) for (const r of reachOf(id)) all.add(r);
    for (const id of all) {
      const t = tally(id);
      if (t.keys.has(item.key)) continue;
      t.keys.add(item.key);
      if (item.kind === 'editorial') t.editorials++;
      else if (item.kind === 'note') t.notes++;
      else if (item.kind === 'answer') t.answers++;
      else t.pyqs++;
    }
    for (const id of direct) tally(id).items.push(item);
  }
  for (const card of cards) {
    const all = new Set<string>();
    for (const id of card.nodes) if (tree.has(id)) for (const r of reachOf(id)) all.add(r);
    for (const id of all) {
      const t = tally(id);
      t.cards++;
      if (card.due) t.cardsDue++;
      if (card.lastReview && (!t.lastRevised || card.lastReview > t.lastRevised)) t.lastRevised = card.lastReview;
    }
  }

  const ownWork = (id: string) => { const t = tallies.get(id); return !!t && t.notes + t.answers > 0; };
  /** The leaves that make a node's coverage: its own, or for a prelims area those of its mains topics. */
  const leavesOf = (n: SyllabusNode): SyllabusNode[] => {
    if (n.related.length) return [...new Map(n.related.flatMap(r => tree.leaves(r)).map(l => [l.id, l])).values()];
    if (!n.children.length) return [n];
    return [...new Map(n.children.flatMap(leavesOf).map(l => [l.id, l])).values()];
  };
  const stats = new Map<string, NodeStats>();
  for (const n of tree.nodes()) {
    const t = tallies.get(n.id) ?? fresh();
    const leaves = leavesOf(n);
    stats.set(n.id, {
      editorials: t.editorials, notes: t.notes, answers: t.answers, pyqs: t.pyqs, cards: t.cards, cardsDue: t.cardsDue,
      ...(t.lastRevised ? { lastRevised: t.lastRevised } : {}),
      coveredLeaves: leaves.filter(l => ownWork(l.id)).length, leaves: leaves.length,
      items: t.items,
    });
  }

  // Gaps are read on the mains sub-topics: prelims areas follow from them.
  const mainsLeaves = tree.papers.filter(p => p.exam === 'mains').flatMap(p => tree.leaves(p.id));
  const weight = (id: string) => { const s = stats.get(id)!; return s.editorials + s.pyqs; };
  const noNotes = mainsLeaves.filter(l => !ownWork(l.id)).map(l => l.id)
    .sort((a, b) => weight(b) - weight(a) || a.localeCompare(b));
  const since = now.getTime() - revisionDays * 86400000;
  const notRevised = mainsLeaves.filter(l => ownWork(l.id)).filter(l => {
    const last = stats.get(l.id)!.lastRevised;
    return !last || !(Date.parse(last) >= since);
  }).map(l => l.id);
  return { stats, noNotes, notRevised };
}

/** "3 of 12 sub-topics" as a whole percentage; 0 when there are none. */
export function coveragePercent(s: Pick<NodeStats, 'coveredLeaves' | 'leaves'>): number {
  return s.leaves ? Math.round((s.coveredLeaves / s.leaves) * 100) : 0;
}
