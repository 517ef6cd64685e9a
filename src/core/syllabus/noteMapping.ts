// The student's own files on the syllabus: notes, and mains answers (a note whose front matter
// names its editorial, as "Practise Mains Answer" writes it). A note is read by its headings
// and text, with the nodes of the editorials it links to as evidence; an answer by its question
// and text, with its editorial's nodes. Front matter `syllabus: [...]` wins.
import { splitFrontMatter } from '../shared/frontMatter';
import { findNoteLinks } from '../notes/noteLinks';
import type { KeywordIndex } from './keywordIndex';
import { type Assignment, type Field, mapFields, overrideAssignments, readOverride } from './mapping';
import type { SyllabusTree } from './tree';

export interface NoteMapping {
  readonly kind: 'note' | 'answer';
  /** The first heading (without #), else '' (the caller names it after the file). */
  readonly title: string;
  readonly nodes: readonly Assignment[];
  readonly unknownOverrides: readonly string[];
  /** The front matter's `editorial:` (an answer's editorial URI). */
  readonly editorial?: string;
  /** The front matter's `date:` when it is YYYY-MM-DD. */
  readonly date?: string;
}

/** Finds an editorial's nodes by its URI string (undefined when it is not one). */
export type EditorialNodes = (uri: string) => readonly Assignment[] | undefined;

/** A link's target resolved against the note's URI, as a decoded URI string. */
export function resolveLink(noteUri: string, target: string): string {
  const decode = (s: string) => { try { return decodeURIComponent(s); } catch { return s; } };
  const base = decode(noteUri).replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(.*)$/i.exec(base);
  const [origin, dir] = m ? [m[1], m[2]] : ['', base];
  const parts = (target.startsWith('/') ? target : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') { if (out.length > 1) out.pop(); } else if (p !== '.') out.push(p);
  }
  return origin + out.join('/');
}

const HEADING = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/;
const QUESTION = /^>\s*\*\*Q\.\*\*\s*(.+)$/;

export function mapNote(tree: SyllabusTree, index: KeywordIndex, uri: string, text: string, editorialNodes: EditorialNodes): NoteMapping {
  const { frontMatter, body } = splitFrontMatter(text);
  const override = readOverride(frontMatter.syllabus, tree);
  const editorial = frontMatter.editorial?.trim() || undefined;
  const kind = editorial ? 'answer' : 'note';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(frontMatter.date ?? '') ? frontMatter.date : undefined;
  let title = '';
  const fields: Field[] = [];
  let question = '';
  for (const line of body.split(/\r?\n/)) {
    const h = HEADING.exec(line);
    if (h) { title ||= h[1].replace(/[*_`]/g, ''); fields.push({ text: h[1], weight: 3 }); continue; }
    const q = QUESTION.exec(line);
    if (q && !question) { question = q[1]; fields.push({ text: q[1], weight: 3 }); continue; }
    if (line.trim()) fields.push({ text: line, weight: 1 });
  }
  const base = { kind, title: title || question, unknownOverrides: override.unknown, ...(editorial ? { editorial } : {}), ...(date ? { date } : {}) } as const;
  if (override.ids.length) return { ...base, nodes: overrideAssignments(override.ids) };
  const linked = kind === 'answer' ? [editorial!] : findNoteLinks(body).map(l => resolveLink(uri, l.path));
  const prior = [...new Set(linked)].flatMap(u => editorialNodes(u) ?? []);
  // An answer is about its editorial's topics unless its own words say otherwise.
  const nodes = mapFields(tree, index, fields, { prior, priorWeight: kind === 'answer' ? 4 : 2, max: 2 });
  return { ...base, nodes };
}
