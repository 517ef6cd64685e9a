// The persisted editorial index: every parsed editorial of the workspace, kept in the extension's
// storage so that the next start restores it instead of parsing thousands of files again. This is
// the format: shards of one JSON line per editorial after a header line, each record checked on
// its own. The service that reads and writes it is services/editorialCache.ts.
//
// A record may also keep the editorial's term mentions (core/glossary/editorialMentions.ts), named
// by the fingerprint of the terms that found them; they are checked against the editorial before
// use. A record without an editorial stands for a markdown file that content detection read and found
// not to be one (a note): a warm start need not read it again to know that.
//
// Trust. A record stands only for the file it names, with the modification time and size it had:
// the indexer restores it only when the file's stat still says so, and reads and parses the file
// otherwise. A header names the parser that made the records (its fingerprint: the extension's
// version and a hash of what it makes of the bundled sample), so a new parser never reads an old
// one's output. A line that is not a whole, well-formed record is dropped (that one file is parsed
// again); nothing here throws.
import { hashText } from './library';
import { packEditorial, unpackEditorial } from './recordPlain';
import type { ParsedEditorial } from './parse/parseEditorial';

/** Bumped when the record layout changes (2: records of files that are not editorials; 3: plain
 *  texts that follow from their markdown left out, recordPlain.ts). */
export const INDEX_FORMAT = 3;
/**
 * Editorials are spread over this many shards by a hash of their URI, so that an edited editorial
 * rewrites one shard, not the index (3,000 editorials: about 50 per shard, 1–4 MB; a shard is
 * decoded and split in one background job).
 */
export const SHARDS = 64;

export function shardOf(uri: string): number {
  return hashText(uri) % SHARDS;
}

/** What a shard holds, in one number: equal signatures, nothing to write. */
export function shardSignature(records: Iterable<Pick<IndexRecord, 'uri' | 'mtime' | 'size' | 'hash' | 'editorial'> & { readonly mentions?: Pick<SavedMentions, 'glossary'> }>): number {
  const keys = [...records].map(r => `${r.uri}\u0000${r.editorial ? r.hash : 'none'}\u0000${r.mtime}\u0000${r.size}\u0000${r.mentions?.glossary ?? ''}`).sort();
  return keys.length ? hashText(keys.join('\u0001')) : 0;
}

export interface IndexRecord {
  readonly uri: string;
  /** The file's modification time and size (vscode.FileStat) when it was parsed. */
  readonly mtime: number;
  readonly size: number;
  /** hashText of the text parsed (the library's entry hash); 0 for a file that is not an editorial. */
  readonly hash: number;
  /** Absent: content detection read the file and found it is not an editorial. */
  readonly editorial?: ParsedEditorial;
  /** The editorial's term mentions, if they had been worked out when the record was written. */
  readonly mentions?: SavedMentions;
}

/** Term mentions as kept (core/glossary/editorialMentions.ts: MentionSnapshot), with the fingerprint of the terms that found them. */
export interface SavedMentions {
  readonly glossary: string;
  readonly terms: readonly string[];
  readonly counts: readonly number[];
  readonly data: readonly number[];
}

interface ShardHeader {
  readonly upscEditorialIndex: number;
  readonly fingerprint: string;
  readonly count: number;
}

/** What a parser makes of a known text, with the extension's version: records of another parser are not read. */
export function parserFingerprint(version: string, sample: ParsedEditorial): string {
  return `${version}/${INDEX_FORMAT}/${hashText(JSON.stringify(sample)).toString(36)}`;
}

/** A shard's text: its header line, then the record lines (recordLine). */
export function shardText(fingerprint: string, lines: readonly string[]): string {
  const header: ShardHeader = { upscEditorialIndex: INDEX_FORMAT, fingerprint, count: lines.length };
  return [JSON.stringify(header), ...lines].join('\n') + '\n';
}

export function recordLine(r: IndexRecord): string {
  return JSON.stringify(r.editorial ? { uri: r.uri, mtime: r.mtime, size: r.size, hash: r.hash, editorial: packEditorial(r.editorial), mentions: r.mentions } : { uri: r.uri, mtime: r.mtime, size: r.size, hash: 0, notEditorial: true });
}

/** The record lines of a shard made by this parser; undefined for a shard of another parser, format or none. */
export function shardLines(text: string, fingerprint: string): string[] | undefined {
  const end = text.indexOf('\n');
  if (end < 0) return undefined;
  let header: Partial<ShardHeader> | undefined;
  try {
    header = JSON.parse(text.slice(0, end)) as Partial<ShardHeader>;
  } catch {
    return undefined;
  }
  if (!header || header.upscEditorialIndex !== INDEX_FORMAT || header.fingerprint !== fingerprint) return undefined;
  const lines: string[] = [];
  let from = end + 1;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to > from) lines.push(text.slice(from, to));
    from = to + 1;
  }
  return lines;
}

/** One record line, checked; undefined when it is not a whole, well-formed record. */
export function parseRecord(line: string): IndexRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const r = value as (Partial<IndexRecord> & { notEditorial?: unknown }) | null;
  if (!r || typeof r !== 'object') return undefined;
  if (typeof r.uri !== 'string' || !r.uri || !isCount(r.mtime) || !isCount(r.size) || !isCount(r.hash)) return undefined;
  if (r.notEditorial === true && r.editorial === undefined) return { uri: r.uri, mtime: r.mtime, size: r.size, hash: 0 };
  if (!looksParsed(r.editorial) || !unpackEditorial(r.editorial)) return undefined;
  // Mentions of the wrong shape are left out (the editorial is scanned again), not the record.
  const mentions = looksLikeMentions(r.mentions) ? r.mentions : undefined;
  return { uri: r.uri, mtime: r.mtime, size: r.size, hash: r.hash, editorial: r.editorial, ...(mentions && { mentions }) };
}

/** The shape of kept mentions (whether they fit the editorial is checked when they are used). */
function looksLikeMentions(m: unknown): m is SavedMentions {
  const x = m as Partial<Record<keyof SavedMentions, unknown>> | null;
  return !!x && typeof x === 'object' && typeof x.glossary === 'string' && isArray(x.terms) && isArray(x.counts) && isArray(x.data)
    && (x.terms as unknown[]).every(t => typeof t === 'string') && (x.counts as unknown[]).every(isCount) && (x.data as unknown[]).every(isCount);
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isArray = (v: unknown) => Array.isArray(v);

/** The shape every reader of a ParsedEditorial relies on (its lists are lists, its title a string). */
function looksParsed(e: unknown): e is ParsedEditorial {
  const p = e as Partial<Record<keyof ParsedEditorial, unknown>> | null;
  return !!p && typeof p === 'object' && typeof p.title === 'string' && typeof p.titleLine === 'number' && typeof p.lineCount === 'number'
    && isArray(p.sections) && isArray(p.tags) && isArray(p.gsPapers) && isArray(p.prelimsTerms) && isArray(p.pyqs) && isArray(p.faqs)
    && isArray(p.problems) && isArray(p.repairs) && isArray(p.intro) && isArray(p.mainsTopics)
    && (p.sections as unknown[]).every(s => {
      const x = s as { points?: unknown; paragraphs?: unknown; tables?: unknown } | null;
      return !!x && typeof x === 'object' && isArray(x.points) && isArray(x.paragraphs) && isArray(x.tables);
    });
}
