// Library terms: every "For Prelims" entry of the student's editorials is a term, glossary entry or
// not. An entry a glossary already knows (by its name, an alias or its Hindi name) adds its other
// forms to that entry instead, so "किसान उत्पादक संगठन (FPOs)" and the bundled FPO entry are one
// term both ways. Entries that no glossary knows are merged when they share a form and become
// terms of their own, defined by the editorials that list them.
import type { LibraryEntry } from '../editorial/library';
import type { GlossaryTerm } from './entries';
import { termId } from './entries';
import { nuktaSpellings, termForms } from './termForms';

export interface LibraryTerms {
  /** Terms no glossary file defines, newest editorial's spelling first. */
  readonly terms: GlossaryTerm[];
  /** Glossary term id → forms the editorials use for it that the entry does not list. */
  readonly extraAliases: Map<string, string[]>;
}

/** Lookup keys of a form: case-folded, both nukta spellings. */
export function formKeys(form: string): string[] {
  return nuktaSpellings(form).map(termId);
}

/** Form key → term id, for every name and alias of `terms`. */
export function knownForms(terms: Iterable<GlossaryTerm>): Map<string, string> {
  const known = new Map<string, string>();
  for (const t of terms) {
    for (const form of [t.name, ...t.aliases]) for (const key of formKeys(form)) if (!known.has(key)) known.set(key, t.id);
  }
  return known;
}

interface Draft {
  name: string;
  /** In first-seen order (a Set keeps it), without the name. */
  aliases: Set<string>;
  href?: string;
  origin: { uri: string; line: number };
}

const isWebLink = (href: string | undefined): href is string => !!href && /^https?:\/\//i.test(href);

interface EntryTerm {
  readonly forms: readonly string[];
  /** formKeys of each form, in the same order. */
  readonly keys: readonly (readonly string[])[];
  readonly href?: string;
}

/** Each editorial's For Prelims entries split into forms, once per parsed file (entries are immutable). */
const entryTermsCache = new WeakMap<LibraryEntry, readonly EntryTerm[]>();

export function entryTerms(entry: LibraryEntry): readonly EntryTerm[] {
  let terms = entryTermsCache.get(entry);
  if (!terms) {
    terms = entry.editorial.prelimsTerms.flatMap(t => {
      const { name, aliases } = termForms(t.text);
      if (!name) return [];
      const forms = [name, ...aliases];
      return [{ forms, keys: forms.map(formKeys), ...(isWebLink(t.href) ? { href: t.href } : {}) }];
    });
    entryTermsCache.set(entry, terms);
  }
  return terms;
}

/** Whether entryTerms(entry) is already worked out (so a caller can do the rest in slices). */
export function hasEntryTerms(entry: LibraryEntry): boolean {
  return entryTermsCache.has(entry);
}

/** Editorials per step of `buildLibraryTermsInSteps` (3,000 took 50-65 ms in one). */
const ENTRIES_PER_STEP = 400;

/**
 * The library terms of `entries` (newest first: the library's visible order) given `known` (from
 * knownForms of the glossary), pausing (a `yield`) every ENTRIES_PER_STEP editorials.
 */
export function* buildLibraryTermsInSteps(entries: readonly LibraryEntry[], known: ReadonlyMap<string, string>): Generator<void, LibraryTerms> {
  const extra = new Map<string, Set<string>>();
  const drafts = new Map<string, Draft>();
  const order: Draft[] = [];
  let n = 0;
  for (const entry of entries) {
    if (++n % ENTRIES_PER_STEP === 0) yield;
    const e = entry.editorial;
    const line = e.labelLines.find(l => l.label === 'prelims')?.line ?? e.titleLine;
    for (const { forms, keys, href } of entryTerms(entry)) {
      // Plain loops: this runs for every For Prelims entry of every editorial.
      let knownId: string | undefined;
      let draft: Draft | undefined;
      for (const formKeys of keys) {
        for (const k of formKeys) {
          knownId ??= known.get(k);
          draft ??= drafts.get(k);
        }
      }
      if (knownId) {
        let added = extra.get(knownId);
        if (!added) extra.set(knownId, (added = new Set()));
        for (let i = 0; i < forms.length; i++) if (!keys[i].some(k => known.has(k))) added.add(forms[i]);
        continue;
      }
      if (!draft) {
        draft = { name: forms[0], aliases: new Set(), origin: { uri: entry.uri, line } };
        order.push(draft);
      }
      for (const f of forms) if (f !== draft.name) draft.aliases.add(f);
      if (!draft.href && href) draft.href = href;
      for (const formKeys of keys) for (const k of formKeys) if (!drafts.has(k)) drafts.set(k, draft);
    }
  }
  const terms = order.map((d): GlossaryTerm => ({
    id: termId(d.name),
    name: d.name,
    aliases: dedupeFolded([...d.aliases], d.name),
    definition: '',
    facts: [],
    related: [],
    sources: [],
    fromEditorials: d.href ? { href: d.href } : {},
    origin: d.origin,
  }));
  const extraAliases = new Map<string, string[]>();
  for (const [id, forms] of extra) if (forms.size) extraAliases.set(id, [...forms]);
  return { terms, extraAliases };
}

/** Aliases without repeats that differ only in case, nor the name itself. */
function dedupeFolded(aliases: readonly string[], name: string): string[] {
  const seen = new Set([termId(name)]);
  return aliases.filter(a => !seen.has(termId(a)) && !!seen.add(termId(a)));
}
