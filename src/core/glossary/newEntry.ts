// "Create glossary entry from this term": a workspace glossary entry prefilled with what is known
// (the name, its Hindi or English form, the aliases, the editorial sentences as context) and an
// empty definition for the student to write. Inserted with jsonc-parser edits, so the rest of
// the file (comments, order, formatting) stays as the student wrote it.
import { applyEdits, findNodeAtLocation, modify, parseTree, ParseError } from 'jsonc-parser';
import type { GlossaryTerm } from './entries';
import { termId } from './entries';

export interface NewEntry {
  name: string;
  hindiName?: string;
  aliases: string[];
  definition: string;
  context?: string[];
}

const DEVANAGARI = /[\u0900-\u097F]/;
const ABBREVIATION = /^[A-Z][A-Z0-9&-]*[A-Z0-9]s?$/;

/**
 * The entry for a term: a Hindi term with an English name among its aliases ("राज्य वित्त आयोग
 * (State Finance Commission)") is named in English with the Hindi as `hindiName`, as the bundled
 * entries are; otherwise the name stays as written.
 */
export function newEntryFor(term: Pick<GlossaryTerm, 'name' | 'aliases'>, context: readonly string[]): NewEntry {
  let name = term.name;
  let hindiName: string | undefined;
  let aliases = [...term.aliases];
  const english = DEVANAGARI.test(name) ? aliases.find(a => !DEVANAGARI.test(a) && !ABBREVIATION.test(a) && /\s/.test(a)) : undefined;
  if (english) {
    hindiName = name;
    name = english;
    aliases = aliases.filter(a => a !== english);
  }
  return { name, ...(hindiName ? { hindiName } : {}), aliases, definition: '', ...(context.length ? { context: [...context] } : {}) };
}

export type Insertion =
  | { readonly text: string; /** Offset just inside the new entry's empty definition string. */ readonly definitionAt: number; readonly existing?: false }
  | { readonly existing: true; /** Offset of the entry already in the file with this name. */ readonly at: number }
  /** Why not: the file is not valid JSON, its "terms" is not a list, or the edit did not take. */
  | { readonly error: 'invalid-json' | 'terms-not-list' | 'failed' };

const FORMAT = { insertSpaces: true, tabSize: 2, eol: '\n' };

/** `fileText` with the entry added to its "terms" (undefined: a new file), or why it cannot be. */
export function insertEntry(fileText: string | undefined, entry: NewEntry): Insertion {
  const text = fileText?.trim() ? fileText : '{\n  "terms": []\n}\n';
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length || !root || root.type !== 'object') return { error: 'invalid-json' };
  const terms = findNodeAtLocation(root, ['terms']);
  if (terms && terms.type !== 'array') return { error: 'terms-not-list' };
  for (const item of terms?.children ?? []) {
    const name = findNodeAtLocation(item, ['name']);
    if (name?.type === 'string' && termId(String(name.value)) === termId(entry.name)) return { existing: true, at: item.offset };
  }
  const path = terms ? ['terms', terms.children?.length ?? 0] : ['terms'];
  const value = terms ? entry : [entry];
  const updated = applyEdits(text, modify(text, path, value, { formattingOptions: FORMAT, isArrayInsertion: !!terms }));
  const added = findNodeAtLocation(parseTree(updated)!, ['terms', (terms?.children?.length ?? 0), 'definition']);
  if (!added) return { error: 'failed' };
  return { text: updated, definitionAt: added.offset + 1 };
}
