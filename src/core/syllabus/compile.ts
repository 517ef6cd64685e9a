// "Compile Month by GS Paper": one markdown file for a month, to revise from or print. Grouped
// GS1 … GS4 (then Essay) → topic → sub-topic, it lists the month's editorial points (each with a
// link back to its line) and the student's own notes on the topic. Pure: links and fixed words
// come from the caller (relative paths, the UI language).
import type { ParsedEditorial } from '../editorial/parse/parseEditorial';
import type { Point } from '../editorial/model';
import { traitsOf } from '../editorial/sectionKinds';
import { escapeMarkdown } from '../shared/markdown/inline';
import type { EditorialMapping } from './editorialMapping';
import { mapPoint } from './editorialMapping';
import type { KeywordIndex } from './keywordIndex';
import type { Assignment } from './mapping';
import type { SyllabusTree } from './tree';

/**
 * The first line of a generated compilation: regenerating may replace a file that still has it,
 * and such a file is not one of the student's notes.
 */
export const COMPILATION_MARKER = '<!-- upsc-editorial-companion: compilation; regenerate with "UPSC: Compile Month by GS Paper" -->';

export interface CompileEditorial {
  readonly uri: string;
  readonly editorial: ParsedEditorial;
  readonly mapping: EditorialMapping;
}

export interface CompileNote {
  readonly uri: string;
  readonly title: string;
  readonly nodes: readonly Assignment[];
}

export interface CompileLabels {
  /** "Editorials of August 2026 by GS paper" */
  readonly title: string;
  /** "12 editorials, 87 points, 4 notes; compiled 2026-09-01." */
  readonly summary: string;
  readonly myNotes: string;
  /** For points whose topic the syllabus could not tell. */
  readonly unplaced: string;
}

export interface CompileInput {
  readonly tree: SyllabusTree;
  readonly index: KeywordIndex;
  readonly editorials: readonly CompileEditorial[];
  readonly notes: readonly CompileNote[];
  readonly language: string;
  readonly labels: CompileLabels;
  /** A markdown link target for a line of a file (relative to the compilation, with "#L…"). */
  readonly link: (uri: string, line: number) => string;
}

interface Entry { readonly markdown: string }

const pointLine = (p: Point) => (p.lead ? `**${escapeMarkdown(p.lead)}:** ${p.body}`.trim() : p.body).replace(/\s*\n\s*/g, ' ');

/** Editorials whose source date falls in the month ("2026-08"), oldest first. */
export function editorialsOfMonth<T extends { editorial: ParsedEditorial }>(entries: readonly T[], month: string): T[] {
  return entries.filter(e => e.editorial.source?.date?.startsWith(month + '-'))
    .sort((a, b) => (a.editorial.source!.date! < b.editorial.source!.date! ? -1 : 1));
}

export function buildMonthlyCompilation(input: CompileInput): string {
  const { tree, index, labels } = input;
  // Node id (a topic or a sub-topic) → its points and notes, in the order they come.
  const points = new Map<string, Entry[]>();
  const notes = new Map<string, Entry[]>();
  const push = (map: Map<string, Entry[]>, id: string, e: Entry) => { const list = map.get(id); if (list) list.push(e); else map.set(id, [e]); };
  const UNPLACED = '';
  for (const { uri, editorial: e, mapping } of input.editorials) {
    e.sections.forEach((s, i) => {
      if (traitsOf(s.kind).closing || !s.points.length) return;
      for (const p of s.points) {
        const where = mapPoint(tree, index, p, mapping.sections[i] ?? mapping.nodes)[0];
        const node = where && tree.has(where.node) ? where.node : UNPLACED;
        const source = `[${escapeMarkdown(e.title)} › ${escapeMarkdown(s.heading.replace(/[\s?:：]+$/u, ''))}](${input.link(uri, p.range.start)})`;
        const children = p.children.map(c => `  - ${pointLine(c)}`);
        push(points, node, { markdown: [`- ${pointLine(p)} — ${source}`, ...children].join('\n') });
      }
    });
  }
  for (const n of input.notes) {
    for (const a of n.nodes) if (tree.has(a.node)) push(notes, a.node, { markdown: `- [${escapeMarkdown(n.title)}](${input.link(n.uri, 0)})` });
  }

  const name = (id: string) => escapeMarkdown(tree.nameOf(id, input.language));
  const out: string[] = [`# ${escapeMarkdown(labels.title)}`, '', labels.summary, ''];
  const section = (id: string) => {
    const own = [...(notes.get(id) ?? [])];
    const pts = points.get(id) ?? [];
    const body: string[] = [];
    if (pts.length) body.push(...pts.map(p => p.markdown), '');
    if (own.length) body.push(`**${escapeMarkdown(labels.myNotes)}**`, '', ...own.map(n => n.markdown), '');
    return body;
  };
  const hasAny = (id: string): boolean => {
    for (const key of [...points.keys(), ...notes.keys()]) if (key && tree.isWithin(key, id)) return true;
    return false;
  };
  const mains = [...tree.papers.filter(p => p.exam === 'mains' && p.gsPaper).sort((a, b) => a.gsPaper! - b.gsPaper!), ...tree.papers.filter(p => p.exam === 'mains' && !p.gsPaper)];
  for (const paper of mains) {
    if (!hasAny(paper.id)) continue;
    out.push(`## ${name(paper.id)}`, '', ...section(paper.id));
    for (const topic of paper.children) {
      if (!hasAny(topic.id)) continue;
      out.push(`### ${name(topic.id)}`, '', ...section(topic.id));
      for (const sub of topic.children) {
        if (!hasAny(sub.id)) continue;
        out.push(`#### ${name(sub.id)}`, '', ...section(sub.id));
      }
    }
  }
  const unplaced = points.get(UNPLACED) ?? [];
  if (unplaced.length) out.push(`## ${escapeMarkdown(labels.unplaced)}`, '', ...unplaced.map(p => p.markdown), '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
