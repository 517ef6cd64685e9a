// The syllabus tree (data/syllabus.json, schema data/syllabus.schema.json): papers → topics →
// sub-topics, each with a stable id, English and Hindi names and keywords. `parseSyllabus` reads and
// checks a file without ever throwing: a bad node is dropped with a problem that names it, and the
// rest of the tree is kept.

export type Language = 'en' | 'hi';

export interface SyllabusNode {
  /** Stable, dotted: the parent's id plus one segment ("gs2.polity.federalism"). */
  readonly id: string;
  readonly name: Readonly<Record<Language, string>>;
  readonly description?: string;
  readonly keywords: Readonly<Record<Language, readonly string[]>>;
  /** Mains topics whose items count for this node too (a prelims area and its mains topics). */
  readonly related: readonly string[];
  readonly children: readonly SyllabusNode[];
  /** The id of the paper it belongs to ("gs2"); a paper's own id for a paper. */
  readonly paper: string;
  readonly parent?: string;
  readonly depth: number;
  /** Papers only. */
  readonly exam?: 'prelims' | 'mains';
  /** Mains General Studies papers only: 1–4. */
  readonly gsPaper?: number;
}

export interface SyllabusProblem {
  /** Where: a node id, or a JSON path when there is no id. */
  readonly at: string;
  readonly message: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export class SyllabusTree {
  private readonly byId = new Map<string, SyllabusNode>();

  constructor(readonly papers: readonly SyllabusNode[]) {
    const visit = (n: SyllabusNode) => { this.byId.set(n.id, n); n.children.forEach(visit); };
    papers.forEach(visit);
  }

  get(id: string): SyllabusNode | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Every node, papers first in file order, each followed by its subtree. */
  nodes(): SyllabusNode[] {
    const out: SyllabusNode[] = [];
    const visit = (n: SyllabusNode) => { out.push(n); n.children.forEach(visit); };
    this.papers.forEach(visit);
    return out;
  }

  /** The node and its ancestors, nearest first. */
  lineage(id: string): SyllabusNode[] {
    const out: SyllabusNode[] = [];
    for (let n = this.byId.get(id); n; n = n.parent ? this.byId.get(n.parent) : undefined) out.push(n);
    return out;
  }

  /** The leaves under a node (the node itself when it has no children). */
  leaves(id: string): SyllabusNode[] {
    const node = this.byId.get(id);
    if (!node) return [];
    const out: SyllabusNode[] = [];
    const visit = (n: SyllabusNode) => { if (!n.children.length) out.push(n); else n.children.forEach(visit); };
    visit(node);
    return out;
  }

  /** Whether `id` is `ancestor` or lies under it. */
  isWithin(id: string, ancestor: string): boolean {
    return id === ancestor || id.startsWith(ancestor + '.');
  }

  /** The mains paper a GS number names (2 → the "gs2" node). */
  gsPaper(n: number): SyllabusNode | undefined {
    return this.papers.find(p => p.gsPaper === n);
  }

  /** The node's name in the language, falling back to English. */
  nameOf(id: string, language: string): string {
    const n = this.byId.get(id);
    if (!n) return id;
    return language.startsWith('hi') ? n.name.hi : n.name.en;
  }
}

function readNames(v: unknown): Record<Language, string> | string {
  if (!isObject(v) || !isText(v.en) || !isText(v.hi)) return 'needs "name": { "en": …, "hi": … }, both non-empty';
  return { en: v.en.trim(), hi: v.hi.trim() };
}

function readKeywords(v: unknown, problems: SyllabusProblem[], at: string): Record<Language, string[]> {
  const out: Record<Language, string[]> = { en: [], hi: [] };
  if (v === undefined) return out;
  if (!isObject(v)) {
    problems.push({ at, message: '"keywords" is not an object of "en" and "hi" lists; ignored' });
    return out;
  }
  for (const lang of ['en', 'hi'] as const) {
    const list = v[lang];
    if (list === undefined) continue;
    if (!Array.isArray(list)) { problems.push({ at, message: `"keywords.${lang}" is not a list; ignored` }); continue; }
    for (const k of list) {
      if (isText(k)) out[lang].push(k.trim());
      else problems.push({ at, message: `a keyword in "keywords.${lang}" is not a non-empty string; dropped` });
    }
  }
  return out;
}

interface Context {
  readonly problems: SyllabusProblem[];
  readonly seen: Set<string>;
  readonly related: { at: string; id: string; list: string[] }[];
}

function readNode(v: unknown, where: string, parent: SyllabusNode | undefined, ctx: Context): SyllabusNode | undefined {
  if (!isObject(v)) { ctx.problems.push({ at: where, message: 'not an object; dropped' }); return undefined; }
  const id = v.id;
  if (typeof id !== 'string' || !ID.test(id)) {
    ctx.problems.push({ at: where, message: `bad "id" ${JSON.stringify(id)}: lower-case words and digits joined by "-", segments by "."; dropped` });
    return undefined;
  }
  if (parent && !(id.startsWith(parent.id + '.') && !id.slice(parent.id.length + 1).includes('.'))) {
    ctx.problems.push({ at: id, message: `the id must be its parent's ("${parent.id}") plus one segment; dropped` });
    return undefined;
  }
  if (!parent && id.includes('.')) { ctx.problems.push({ at: id, message: 'a paper\'s id has no "."; dropped' }); return undefined; }
  if (ctx.seen.has(id)) { ctx.problems.push({ at: id, message: 'the id is used twice; the second is dropped' }); return undefined; }
  const name = readNames(v.name);
  if (typeof name === 'string') { ctx.problems.push({ at: id, message: `${name}; dropped` }); return undefined; }
  ctx.seen.add(id);
  const exam = v.exam === 'prelims' || v.exam === 'mains' ? v.exam : undefined;
  if (!parent && !exam) ctx.problems.push({ at: id, message: 'a paper needs "exam": "prelims" or "mains"; read as mains' });
  const gsPaper = typeof v.gsPaper === 'number' && Number.isInteger(v.gsPaper) && v.gsPaper >= 1 && v.gsPaper <= 4 ? v.gsPaper : undefined;
  if (v.gsPaper !== undefined && gsPaper === undefined) ctx.problems.push({ at: id, message: '"gsPaper" must be 1, 2, 3 or 4; ignored' });
  const related: string[] = [];
  if (Array.isArray(v.related)) for (const r of v.related) if (typeof r === 'string') { related.push(r); ctx.related.push({ at: id, id: r, list: related }); }
  const node: SyllabusNode & { children: SyllabusNode[] } = {
    id, name,
    ...(isText(v.description) ? { description: v.description.trim() } : {}),
    keywords: readKeywords(v.keywords, ctx.problems, id),
    related,
    children: [],
    paper: parent?.paper ?? id,
    ...(parent ? { parent: parent.id } : {}),
    depth: parent ? parent.depth + 1 : 0,
    ...(!parent ? { exam: exam ?? 'mains' } : {}),
    ...(!parent && gsPaper ? { gsPaper } : {}),
  };
  if (v.children !== undefined && !Array.isArray(v.children)) ctx.problems.push({ at: id, message: '"children" is not a list; ignored' });
  if (Array.isArray(v.children)) {
    v.children.forEach((c, i) => {
      const child = readNode(c, `${id}.children[${i}]`, node, ctx);
      if (child) node.children.push(child);
    });
  }
  return node;
}

/** Reads a syllabus file. Never throws: what cannot be read is reported, the rest kept. */
export function parseSyllabus(text: string): { tree: SyllabusTree; problems: SyllabusProblem[] } {
  const problems: SyllabusProblem[] = [];
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { tree: new SyllabusTree([]), problems: [{ at: '$', message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` }] };
  }
  if (!isObject(doc) || !Array.isArray(doc.papers)) return { tree: new SyllabusTree([]), problems: [{ at: '$', message: 'needs a "papers" list' }] };
  if (doc.version !== 1) problems.push({ at: '$.version', message: `unknown version ${JSON.stringify(doc.version)}; read as version 1` });
  const ctx: Context = { problems, seen: new Set(), related: [] };
  const papers: SyllabusNode[] = [];
  doc.papers.forEach((p, i) => {
    const paper = readNode(p, `papers[${i}]`, undefined, ctx);
    if (paper) papers.push(paper);
  });
  for (const r of ctx.related) {
    if (ctx.seen.has(r.id)) continue;
    problems.push({ at: r.at, message: `"related" names "${r.id}", which is not in the syllabus; ignored` });
    r.list.splice(r.list.indexOf(r.id), 1);
  }
  const tree = new SyllabusTree(papers);
  return { tree, problems };
}
