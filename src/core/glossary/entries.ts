// Glossary files (JSON with data/glossary.schema.json, or markdown "## Term" pages) → terms, with
// problems at line and column for every bad entry. A bad entry never stops the good ones.
import { Node, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { tokenizeMarkdown } from '../shared/markdown/engine';
import { jsonDepth, MAX_JSON_DEPTH } from './jsonDepth';
import { inlineToMarkdown, inlineToPlain } from '../shared/markdown/inline';

export const CATEGORIES = [
  'defence', 'space', 'trade', 'energy', 'grouping', 'law', 'organisation', 'exercise', 'technology',
  'agreement', 'initiative', 'economy', 'diplomacy', 'polity', 'geography', 'environment',
  'constitution', 'body', 'committee', 'scheme', 'other',
] as const;

export interface GlossaryTerm {
  /** Lower-cased canonical name: the key overrides and lookups use. */
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly category?: string;
  readonly definition: string;
  readonly facts: readonly string[];
  readonly related: readonly string[];
  readonly sources: readonly string[];
  /** The term's name in Hindi (also matched in notes, like an alias). */
  readonly hindiName?: string;
  /** Where each fact can be checked, in words ("Constitution of India, Part III, Article 21"). */
  readonly sourceNote?: string;
  /**
   * Names or aliases matched only in exactly this case: spellings like "IN-SPACe", whose folded
   * form ("in space") is ordinary words. Short all-caps abbreviations are exact-case anyway.
   */
  readonly exactCase?: readonly string[];
  /**
   * Set on a library term: a "For Prelims" entry of the student's editorials that no glossary file
   * defines. It has no definition; what the editorials say about it stands in for one. `href` is
   * the link the page gave it, shown as text.
   */
  readonly fromEditorials?: { readonly href?: string };
  /** Where the entry is defined (file URI string, zero-based line). */
  readonly origin: { readonly uri: string; readonly line: number };
}

export interface GlossaryProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Zero-based positions. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface GlossaryFileResult {
  readonly terms: GlossaryTerm[];
  readonly problems: GlossaryProblem[];
}

export function termId(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase().replace(/\s+/g, ' ');
}

/** Offsets → zero-based line/column. */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo, column: offset - this.starts[lo] };
  }
}

// "context": sentences from the student's editorials kept beside an entry they are writing
// ("Create glossary entry from this term"); read by no one but the student.
const KNOWN_KEYS = new Set(['name', 'hindiName', 'aliases', 'category', 'definition', 'facts', 'related', 'sources', 'sourceNote', 'exactCase', 'context']);

export function parseGlossaryJson(text: string, uri: string): GlossaryFileResult {
  const lines = new LineIndex(text);
  const problems: GlossaryProblem[] = [];
  const report = (severity: GlossaryProblem['severity'], message: string, offset: number, length: number) => {
    const a = lines.at(offset);
    const b = lines.at(offset + Math.max(length, 1));
    problems.push({ severity, message, line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
  };
  const nesting = jsonDepth(text);
  if (nesting.at !== undefined) {
    report('error', `This file nests arrays and objects ${nesting.depth} levels deep (a glossary needs 4; the limit is ${MAX_JSON_DEPTH}): it was not loaded.`, nesting.at, 1);
    return { terms: [], problems };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) report('error', `JSON syntax error: ${printParseErrorCode(e.error)}`, e.offset, e.length);
  if (!root) return { terms: [], problems };
  if (root.type !== 'object') {
    report('error', 'A glossary file is an object: { "terms": [ … ] }', root.offset, root.length);
    return { terms: [], problems };
  }
  const termsProp = root.children?.find(p => p.children?.[0]?.value === 'terms');
  const termsNode = termsProp?.children?.[1];
  if (!termsNode || termsNode.type !== 'array') {
    const at = termsNode ?? root;
    report('error', 'Missing "terms": an array of { "name": …, "definition": … } entries.', at.offset, termsNode ? at.length : 1);
    return { terms: [], problems };
  }

  const terms: GlossaryTerm[] = [];
  const seen = new Map<string, number>();
  for (const entry of termsNode.children ?? []) {
    const term = readJsonEntry(entry, uri, (severity, message, node) => report(severity, message, node.offset, node.length), lines);
    if (!term) continue;
    const first = seen.get(term.id);
    if (first !== undefined) {
      report('warning', `Duplicate term "${term.name}" (first defined on line ${first + 1}); this entry is ignored.`, entry.offset, 1);
      continue;
    }
    seen.set(term.id, term.origin.line);
    terms.push(term);
  }
  return { terms, problems };
}

type Reporter = (severity: GlossaryProblem['severity'], message: string, node: Node) => void;

function readJsonEntry(entry: Node, uri: string, report: Reporter, lines: LineIndex): GlossaryTerm | undefined {
  if (entry.type !== 'object') {
    report('error', 'Each term is an object with at least "name" and "definition".', entry);
    return undefined;
  }
  const props = new Map<string, Node>();
  for (const prop of entry.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (!key || !value) continue;
    if (!KNOWN_KEYS.has(String(key.value))) report('warning', `Unknown property "${key.value}" (allowed: ${[...KNOWN_KEYS].join(', ')}).`, key);
    props.set(String(key.value), value);
  }
  const str = (key: string, required: boolean): string | undefined => {
    const node = props.get(key);
    if (!node) {
      if (required) report('error', `Term is missing "${key}".`, entry);
      return undefined;
    }
    if (node.type !== 'string' || !String(node.value).trim()) {
      report('error', `"${key}" must be a non-empty string.`, node);
      return undefined;
    }
    return String(node.value).trim();
  };
  const list = (key: string): string[] => {
    const node = props.get(key);
    if (!node) return [];
    if (node.type !== 'array') {
      report('error', `"${key}" must be an array of strings.`, node);
      return [];
    }
    const out: string[] = [];
    for (const item of node.children ?? []) {
      if (item.type === 'string' && String(item.value).trim()) out.push(String(item.value).trim());
      else report('error', `Items of "${key}" must be non-empty strings.`, item);
    }
    return out;
  };
  const name = str('name', true);
  const definition = str('definition', true);
  const hindiName = str('hindiName', false);
  const sourceNote = str('sourceNote', false);
  let category = str('category', false);
  if (category && !(CATEGORIES as readonly string[]).includes(category)) {
    report('warning', `Unknown category "${category}" (one of: ${CATEGORIES.join(', ')}).`, props.get('category')!);
    category = 'other';
  }
  const aliases = list('aliases');
  const facts = list('facts');
  const related = list('related');
  const sources = list('sources');
  const exactCase = list('exactCase');
  if (!name || !definition) return undefined;
  for (const text of exactCase) {
    if (text !== name && !aliases.includes(text)) report('warning', `"exactCase" lists "${text}", which is not the name or an alias of "${name}".`, props.get('exactCase')!);
  }
  return {
    id: termId(name), name, aliases: dedupe(hindiName ? [hindiName, ...aliases] : aliases, name), category, definition, facts, related, sources,
    ...(hindiName ? { hindiName } : {}),
    ...(sourceNote ? { sourceNote } : {}),
    ...(exactCase.length ? { exactCase } : {}),
    origin: { uri, line: lines.at(entry.offset).line },
  };
}

/** Quote variants as one: "America’s" and "America's" are the same alias (the matcher folds them too). */
const quoteKey = (text: string) => text.replace(/[‘’ʼ′`]/g, "'").replace(/[“”„]/g, '"');

/** The aliases without repeats of each other or of the name, quote style ignored; the first spelling kept. */
function dedupe(aliases: string[], name: string): string[] {
  const seen = new Set([quoteKey(name)]);
  return aliases.filter(a => !seen.has(quoteKey(a)) && !!seen.add(quoteKey(a)));
}

/**
 * A markdown glossary: each "## Term" heading opens an entry; an optional "Aliases: a, b" line,
 * "Category: x" line, the paragraphs below as definition and a bullet list as facts.
 */
export function parseGlossaryMarkdown(text: string, uri: string): GlossaryFileResult {
  const tokens = tokenizeMarkdown(text);
  const terms: GlossaryTerm[] = [];
  const problems: GlossaryProblem[] = [];
  let current: { name: string; line: number; aliases: string[]; category?: string; paragraphs: string[]; facts: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    const definition = current.paragraphs.join('\n\n');
    if (!definition) {
      problems.push({ severity: 'warning', message: `Term "${current.name}" has no definition below its heading.`, line: current.line, column: 0, endLine: current.line, endColumn: 200 });
    } else if (terms.some(t => t.id === termId(current!.name))) {
      problems.push({ severity: 'warning', message: `Duplicate term "${current.name}"; this entry is ignored.`, line: current.line, column: 0, endLine: current.line, endColumn: 200 });
    } else {
      terms.push({ id: termId(current.name), name: current.name, aliases: dedupe(current.aliases, current.name), category: current.category,
        definition, facts: current.facts, related: [], sources: [], origin: { uri, line: current.line } });
    }
    current = undefined;
  };
  let listDepth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'heading_open' && t.tag === 'h2') {
      flush();
      const name = inlineToPlain(tokens[i + 1].children ?? []).trim();
      const line = t.map?.[0] ?? 0;
      if (!name) problems.push({ severity: 'warning', message: 'A "## " heading without a term name; the text below it is ignored.', line, column: 0, endLine: line, endColumn: 200 });
      current = name ? { name, line, aliases: [], paragraphs: [], facts: [] } : undefined;
    } else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') listDepth++;
    else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') listDepth--;
    else if (t.type === 'inline' && current && tokens[i - 1]?.type === 'paragraph_open') {
      const plain = inlineToPlain(t.children ?? []);
      const label = /^(aliases|category)\s*:\s*(.*)$/i.exec(plain);
      if (label && listDepth === 0) {
        if (label[1].toLowerCase() === 'aliases') current.aliases.push(...label[2].split(/[,;]/).map(s => s.trim()).filter(Boolean));
        else current.category = (CATEGORIES as readonly string[]).includes(label[2].trim().toLowerCase()) ? label[2].trim().toLowerCase() : 'other';
      } else if (listDepth > 0) current.facts.push(inlineToMarkdown(t.children ?? []));
      else current.paragraphs.push(inlineToMarkdown(t.children ?? []));
    }
  }
  flush();
  return { terms, problems };
}
