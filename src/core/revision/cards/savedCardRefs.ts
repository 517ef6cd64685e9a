// The card refs of the library kept between sessions (features/revision/cardRefStore.ts writes
// and reads them): making every editorial's cards again was the largest piece of a start's
// background work (3,000 editorials: ~6 s of the extension host's time, more than parsing them
// all), and their ids and lines are ~8 MB.
//
// The format: shards of one JSON line per editorial after a header line. A record stands for one
// editorial text (the library's hash of it) and one set of refs; the header names what made them
// (`cardRefsFingerprint`: the extension's version, this format, the glossary's terms and what the
// card maker makes of the bundled sample), so refs of other terms or another card maker are never
// read. A line that is not a whole, well-formed record is dropped (those cards are made again);
// nothing here throws.
import { hashText } from '../../editorial/library';
import type { SavedRefLists } from './editorialCardRefs';

/** Bumped when the record layout changes. */
export const CARD_REFS_FORMAT = 1;
/** Records are spread over this many shards by a hash of their URI: an edited editorial rewrites one (~250 KB). */
export const CARD_REF_SHARDS = 32;

export interface SavedCardRefs extends SavedRefLists {
  readonly uri: string;
  /** hashText of the editorial's text (LibraryEntry.hash). */
  readonly hash: number;
}

interface Header {
  readonly upscCardRefs: number;
  readonly fingerprint: string;
}

export function cardRefShardOf(uri: string): number {
  return hashText(uri) % CARD_REF_SHARDS;
}

/** What made the refs: another version, glossary or card maker, another fingerprint. */
export function cardRefsFingerprint(version: string, glossaryFingerprint: string, sampleCardIds: readonly string[]): string {
  return `${version}/${CARD_REFS_FORMAT}/${glossaryFingerprint}/${hashText(sampleCardIds.join('\n')).toString(36)}`;
}

/** What a shard holds, in one number: equal signatures, nothing to write. */
export function cardRefShardSignature(fingerprint: string, records: Iterable<Pick<SavedCardRefs, 'uri' | 'hash'>>): number {
  const keys = [...records].map(r => `${r.uri}\u0000${r.hash}`).sort();
  return keys.length ? hashText(`${fingerprint}\u0001${keys.join('\u0001')}`) : 0;
}

export function cardRefShardText(fingerprint: string, records: readonly SavedCardRefs[]): string {
  const header: Header = { upscCardRefs: CARD_REFS_FORMAT, fingerprint };
  return [header, ...records.map(r => ({ uri: r.uri, hash: r.hash, ids: r.ids, lines: r.lines }))].map(x => JSON.stringify(x)).join('\n') + '\n';
}

/**
 * The records of a shard made with `fingerprint`, each checked on its own (the ids and lines
 * themselves are checked when they are used: PackedRefs.fromSaved); undefined for a shard of
 * another fingerprint or format, or no shard.
 */
export function parseCardRefShard(text: string, fingerprint: string): SavedCardRefs[] | undefined {
  const lines = text.split('\n');
  const header = parseLine(lines[0]) as Partial<Header> | undefined;
  if (!header || header.upscCardRefs !== CARD_REFS_FORMAT || header.fingerprint !== fingerprint) return undefined;
  const out: SavedCardRefs[] = [];
  for (let k = 1; k < lines.length; k++) {
    const r = parseLine(lines[k]) as Partial<SavedCardRefs> | undefined;
    if (r && typeof r.uri === 'string' && typeof r.hash === 'number' && Array.isArray(r.ids) && Array.isArray(r.lines) && r.ids.length === r.lines.length) {
      out.push({ uri: r.uri, hash: r.hash, ids: r.ids, lines: r.lines });
    }
  }
  return out;
}

function parseLine(line: string | undefined): unknown {
  if (!line) return undefined;
  try {
    const value: unknown = JSON.parse(line);
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}
