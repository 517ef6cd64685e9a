// Placing a text on the syllabus: its fields (tags, title, headings, body …, each with a weight)
// are scanned for the nodes' keywords, and the best-supported sub-topics are picked, each with a
// confidence from 0 to 1. An editorial's "GS Paper" tags decide the papers; a field marked as a
// tag (Drishti's topic tags are syllabus phrases) makes a node near-certain. Explainable by design:
// every assignment says how it was made.
import type { KeywordIndex } from './keywordIndex';
import type { SyllabusNode, SyllabusTree } from './tree';

export type AssignedVia = 'override' | 'tags' | 'text' | 'paper' | 'inherited';

export interface Assignment {
  readonly node: string;
  /** 0–1; 1 for the student's own choice. */
  readonly confidence: number;
  readonly via: AssignedVia;
}

export interface Field {
  readonly text: string;
  readonly weight: number;
  /** A topic tag of the page ("Agricultural Marketing"): a hit here is near-certain. */
  readonly tag?: boolean;
}

export interface MapOptions {
  /** Paper ids the nodes must lie in (an editorial's tags name them); all mains papers when absent. */
  readonly papers?: readonly string[];
  /** Papers that must each get a node: the paper itself when nothing in it matched. */
  readonly requirePapers?: readonly string[];
  /** Assignments of the enclosing item (the editorial of a section), added as evidence. */
  readonly prior?: readonly Assignment[];
  readonly priorWeight?: number;
  /** At most this many nodes (default 3). */
  readonly max?: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** How sure a pick is, from its evidence and the share of all evidence it has. */
function confidenceOf(evidence: number, share: number): number {
  const strength = 1 - Math.exp(-evidence / 3);
  return round(0.2 + 0.7 * strength * (0.5 + 0.5 * Math.min(1, share)));
}

export function mapFields(tree: SyllabusTree, index: KeywordIndex, fields: readonly Field[], options: MapOptions = {}): Assignment[] {
  const papers = options.papers?.length ? new Set(options.papers) : undefined;
  const eligible = (n: SyllabusNode | undefined): n is SyllabusNode => !!n && (papers ? papers.has(n.paper) : tree.get(n.paper)?.exam === 'mains');
  const own = new Map<string, number>();
  const tagged = new Set<string>();
  const add = (id: string, w: number) => own.set(id, (own.get(id) ?? 0) + w);
  for (const f of fields) {
    if (!f.text || f.weight <= 0) continue;
    for (const hit of index.scan(f.text)) {
      if (!eligible(tree.get(hit.node))) continue;
      add(hit.node, hit.weight * f.weight);
      if (f.tag) tagged.add(hit.node);
    }
  }
  for (const p of options.prior ?? []) if (eligible(tree.get(p.node))) add(p.node, p.confidence * (options.priorWeight ?? 2));

  // A leaf's evidence: its own hits, and half its ancestors' (a paper's own words decide nothing).
  const evidence = (n: SyllabusNode) => tree.lineage(n.id).reduce((s, a, i) => s + (a.depth === 0 ? 0 : (own.get(a.id) ?? 0) * (i === 0 ? 1 : 0.5)), 0);
  const total = [...own.entries()].reduce((s, [id, w]) => s + (tree.get(id)!.depth ? w : 0), 0);
  const candidates = tree.nodes().filter(n => eligible(n) && n.depth > 0)
    .map(n => ({ n, own: own.get(n.id) ?? 0, evidence: evidence(n) }))
    .filter(c => c.own > 0);
  // Sub-topics first; a topic when the text names only the topic ("agriculture").
  const leaves = candidates.filter(c => !c.n.children.length).sort((a, b) => b.evidence - a.evidence || a.n.id.localeCompare(b.n.id));
  const topics = candidates.filter(c => c.n.children.length && !leaves.some(l => tree.isWithin(l.n.id, c.n.id)))
    .sort((a, b) => b.evidence - a.evidence || a.n.id.localeCompare(b.n.id));
  const ranked = [...leaves, ...topics].sort((a, b) => b.evidence - a.evidence);
  const max = options.max ?? 3;
  const best = ranked[0]?.evidence ?? 0;
  const picked: Assignment[] = [];
  const tagOf = (n: SyllabusNode) => tree.lineage(n.id).some(a => tagged.has(a.id) && a.depth > 0);
  const pick = (c: { n: SyllabusNode; evidence: number }) => {
    const conf = confidenceOf(c.evidence, total ? c.evidence / total : 0);
    const byTag = tagOf(c.n);
    picked.push({ node: c.n.id, confidence: byTag ? Math.max(conf, 0.85) : conf, via: byTag ? 'tags' : 'text' });
  };
  for (const c of ranked) {
    if (picked.length >= max) break;
    // The runner-up must be near the best, or be named by a tag.
    if (picked.length && c.evidence < best * 0.5 && !tagOf(c.n)) continue;
    pick(c);
  }
  for (const paper of options.requirePapers ?? []) {
    if (picked.some(a => tree.get(a.node)?.paper === paper) || !tree.has(paper)) continue;
    const inPaper = ranked.find(c => c.n.paper === paper);
    if (inPaper) pick(inPaper);
    else picked.push({ node: paper, confidence: 0.5, via: 'paper' });
  }
  return picked;
}

/**
 * The student's own topics from front matter: `syllabus: [gs2.polity.federalism, gs3.economy]`
 * (or without brackets, or quoted ids). Returns the known ids, and the unknown ones to report.
 */
export function readOverride(value: string | undefined, tree: SyllabusTree): { ids: string[]; unknown: string[] } {
  if (!value?.trim()) return { ids: [], unknown: [] };
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const raw of value.replace(/^\s*\[|\]\s*$/g, '').split(/[,\s]+/)) {
    const id = raw.replace(/^["']|["']$/g, '').trim().toLowerCase();
    if (!id) continue;
    if (tree.has(id)) { if (!ids.includes(id)) ids.push(id); } else unknown.push(id);
  }
  return { ids, unknown };
}

export const overrideAssignments = (ids: readonly string[]): Assignment[] => ids.map(node => ({ node, confidence: 1, via: 'override' as const }));

/** The papers (ids) of some assignments, each once, in order. */
export function papersOf(tree: SyllabusTree, assignments: readonly Assignment[]): string[] {
  return [...new Set(assignments.map(a => tree.get(a.node)?.paper).filter((p): p is string => !!p))];
}
