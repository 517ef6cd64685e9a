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
  aliases: string[];
  href?: string;
  origin: { uri: string; line: number };
}

const isWebLink = (href: string | undefined): href is string => !!href && /^https?:\/\//i.test(href);

/** `entries` newest first (the library's visible order); `known` from knownForms of the glossary. */
export function buildLibraryTerms(entries: readonly LibraryEntry[], known: ReadonlyMap<string, string>): LibraryTerms {
  const extraAliases = new Map<string, string[]>();
  const drafts = new Map<string, Draft>();
  const order: Draft[] = [];
  for (const entry of entries) {
    const e = entry.editorial;
    const line = e.labelLines.find(l => l.label === 'prelims')?.line ?? e.titleLine;
    for (const t of e.prelimsTerms) {
      const { name, aliases } = termForms(t.text);
      if (!name) continue;
      const forms = [name, ...aliases];
      const keys = forms.map(f => formKeys(f));
      const knownId = keys.flat().map(k => known.get(k)).find(Boolean);
      if (knownId) {
        const extra = extraAliases.get(knownId) ?? [];
        forms.forEach((f, i) => { if (!keys[i].some(k => known.has(k)) && !extra.includes(f)) extra.push(f); });
        extraAliases.set(knownId, extra);
        continue;
      }
      let draft = keys.flat().map(k => drafts.get(k)).find(Boolean);
      if (!draft) {
        draft = { name, aliases: [], origin: { uri: entry.uri, line } };
        order.push(draft);
      }
      for (const f of forms) if (f !== draft.name && !draft.aliases.includes(f)) draft.aliases.push(f);
      if (!draft.href && isWebLink(t.href)) draft.href = t.href;
      for (const k of keys.flat()) if (!drafts.has(k)) drafts.set(k, draft);
    }
  }
  const terms = order.map((d): GlossaryTerm => ({
    id: termId(d.name),
    name: d.name,
    aliases: dedupeFolded(d.aliases, d.name),
    definition: '',
    facts: [],
    related: [],
    sources: [],
    fromEditorials: d.href ? { href: d.href } : {},
    origin: d.origin,
  }));
  return { terms, extraAliases };
}

/** Aliases without repeats that differ only in case, nor the name itself. */
function dedupeFolded(aliases: readonly string[], name: string): string[] {
  const seen = new Set([termId(name)]);
  return aliases.filter(a => !seen.has(termId(a)) && !!seen.add(termId(a)));
}
