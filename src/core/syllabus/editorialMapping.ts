// An editorial, its sections and its points on the syllabus. The editorial's GS-paper tags
// ("सामान्य अध्ययन-III", "GS Paper 2") decide its papers and each named paper gets a node; its
// topic tags, title, "For Mains" topics, headings and mains question decide the topics. A section
// is read against its editorial (its papers, its nodes as evidence); a point against its section.
// Front matter `syllabus: [...]` wins over all of it.
import type { ParsedEditorial } from '../editorial/parse/parseEditorial';
import type { Point, Section } from '../editorial/model';
import { sectionIndexAt } from '../editorial/sectionAt';
import { traitsOf } from '../editorial/sectionKinds';
import { gsPaperOf } from '../editorial/vocabulary';
import type { KeywordIndex } from './keywordIndex';
import { type Assignment, type Field, mapFields, overrideAssignments, papersOf, readOverride } from './mapping';
import type { SyllabusTree } from './tree';

export interface EditorialMapping {
  readonly nodes: readonly Assignment[];
  /** One list per section of `editorial.sections`, in order. */
  readonly sections: readonly (readonly Assignment[])[];
  /** Ids in the front matter's `syllabus:` that the syllabus does not have. */
  readonly unknownOverrides: readonly string[];
}

/**
 * The topics of one card of the editorial: its section's, or the editorial's own for an FAQ card
 * (FAQs speak of the whole editorial) or a card whose line is in no section.
 */
export function cardNodes(mapping: EditorialMapping, sections: readonly Pick<Section, 'range'>[], card: { readonly kind: string; readonly source?: { readonly line: number } }): readonly Assignment[] {
  const i = sectionIndexAt(sections, card.source?.line ?? -1);
  return i >= 0 && card.kind !== 'faq' ? mapping.sections[i] : mapping.nodes;
}

const flatPoints = (points: readonly Point[]): Point[] => points.flatMap(p => [p, ...flatPoints(p.children)]);

/** The papers an editorial names: its GS tags, or front matter `gs:` / `paper:`. */
export function namedPapers(tree: SyllabusTree, e: ParsedEditorial): string[] {
  const fm = e.frontMatter.gs ?? e.frontMatter.paper;
  const fromFront = fm ? gsPaperOf(fm) : undefined;
  const numbers = fromFront ? [fromFront] : e.gsPapers;
  return numbers.map(n => tree.gsPaper(n)?.id).filter((p): p is string => !!p);
}

/** Weaker copies of the editorial's nodes, for a part that says nothing of its own. */
const inherit = (nodes: readonly Assignment[]): Assignment[] =>
  nodes.map(a => ({ node: a.node, confidence: Math.round(a.confidence * 80) / 100, via: a.via === 'override' ? 'override' : 'inherited' }));

export function sectionFields(s: Section): Field[] {
  return [
    { text: s.heading, weight: 3 },
    ...s.points.map(p => ({ text: p.lead, weight: 1 })),
    ...flatPoints(s.points).map(p => ({ text: p.plain, weight: 0.3 })),
    ...s.paragraphs.map(p => ({ text: p.plain, weight: 0.3 })),
    ...s.tables.filter(t => !t.box).map(t => ({ text: [...t.header, ...t.rows.map(r => r[0] ?? '')].join(' \n '), weight: 0.5 })),
  ];
}

export function mapEditorial(tree: SyllabusTree, index: KeywordIndex, e: ParsedEditorial): EditorialMapping {
  const override = readOverride(e.frontMatter.syllabus, tree);
  const papers = namedPapers(tree, e);
  let nodes: Assignment[];
  if (override.ids.length) {
    nodes = overrideAssignments(override.ids);
  } else {
    const topicTags = e.tags.filter(t => gsPaperOf(t) === undefined);
    const open = e.sections.filter(s => !traitsOf(s.kind).closing);
    const fields: Field[] = [
      ...topicTags.map(text => ({ text, weight: 4, tag: true })),
      { text: e.title, weight: 3 },
      ...e.mainsTopics.map(text => ({ text, weight: 2 })),
      { text: e.mainsQuestion ?? '', weight: 2 },
      ...open.map(s => ({ text: s.heading, weight: 1.5 })),
      ...e.prelimsTerms.map(t => ({ text: t.text, weight: 0.5 })),
      ...e.intro.map(p => ({ text: p.plain, weight: 0.5 })),
      ...open.flatMap(s => s.points.map(p => ({ text: p.lead, weight: 0.3 }))),
    ];
    nodes = mapFields(tree, index, fields, { papers, requirePapers: papers, max: Math.max(3, papers.length) });
  }
  const within = papersOf(tree, nodes);
  const sections = e.sections.map(s => {
    if (traitsOf(s.kind).closing || s.untitled) return inherit(nodes);
    // An override fixes the editorial's topics; its sections still find their own among them.
    const found = mapFields(tree, index, sectionFields(s), { papers: within, prior: nodes, priorWeight: 2, max: 2 })
      .filter(a => !override.ids.length || override.ids.some(id => tree.isWithin(a.node, id) || tree.isWithin(id, a.node)));
    return found.length ? found : inherit(nodes);
  });
  return { nodes, sections, unknownOverrides: override.unknown };
}

/** One point's node, read against its section's. */
export function mapPoint(tree: SyllabusTree, index: KeywordIndex, point: Point, section: readonly Assignment[]): Assignment[] {
  const fields: Field[] = [{ text: point.lead, weight: 3 }, { text: point.plain, weight: 1 }];
  const found = mapFields(tree, index, fields, { papers: papersOf(tree, section), prior: section, priorWeight: 3, max: 1 });
  return found.length ? found : inherit(section.slice(0, 1));
}
