// A glossary term as markdown, for hovers, the Terms view's tooltips, completion and the term's
// virtual document. Everything that comes from a file (names, aliases, definitions, facts,
// editorial sentences, note names) goes through safeMarkdown: only text, emphasis, code and web
// links survive. The only other links are the caller's own command links (`TermLinks`), and the
// fixed words are the caller's, in the UI language (`TermWords`).
import type { GlossaryTerm } from './entries';
import type { Mention } from './glossaryIndex';
import { codeText, ownCommandLink, safeLink, safeMarkdown, safeText } from '../shared/markdown/safeMarkdown';
import { termSentences } from './termSentences';

export interface TermWords {
  also: string;
  category(category: string): string;
  /** The heading line's note on a library term ("from your editorials"). */
  fromEditorials: string;
  whatEditorialsSay: string;
  pageLink: string;
  askedInPyqs: string;
  pyq(year: number | undefined): string;
  mentionedIn: string;
  more(count: number): string;
  inNotes: string;
  related: string;
  sources: string;
  createEntry: string;
}

/** English words, for tests and for callers without a UI language. */
export const ENGLISH_TERM_WORDS: TermWords = {
  also: 'Also:',
  category: c => c,
  fromEditorials: 'from your editorials',
  whatEditorialsSay: 'What your editorials say',
  pageLink: 'Link on the page:',
  askedInPyqs: 'Asked in PYQs:',
  pyq: year => (year ? `PYQ ${year}` : 'PYQ'),
  mentionedIn: 'Mentioned in',
  more: n => `…and ${n} more`,
  inNotes: 'In your notes:',
  related: 'Related:',
  sources: 'Sources:',
  createEntry: 'Create glossary entry',
};

/** Command links the caller builds from its own command ids; omitted ones are left out. */
export interface TermLinks {
  mention?(m: Mention): string;
  term?(t: GlossaryTerm): string;
  note?(uri: string, line: number): string;
  create?(t: GlossaryTerm): string;
  /** Lists every PYQ that mentions the term, the student's own PYQ files' included. */
  pyqs?(t: GlossaryTerm): string;
}

export interface TermContext {
  readonly mentions?: readonly Mention[];
  readonly related?: readonly GlossaryTerm[];
  readonly notes?: readonly { uri: string; label: string; line: number }[];
  /** Years of the questions in the student's own PYQ files that mention the term. */
  readonly pyqFileYears?: readonly (number | undefined)[];
}

export interface TermMarkdownOptions {
  readonly headingLevel?: number;
  readonly showSources?: boolean;
}

/** "Editorial › Section (date)" for a mention. */
export function mentionLabel(m: Mention, words: TermWords = ENGLISH_TERM_WORDS): string {
  const e = m.entry.editorial;
  const where = [e.title, m.pyq ? words.pyq(m.pyq.year) : m.section?.heading.replace(/\?$/, ''), m.point?.lead].filter(Boolean).join(' › ');
  return e.source?.date ? `${where} (${e.source.date})` : where;
}

const link = (label: string, target: string | undefined) => (target ? ownCommandLink(label, target) : safeText(label));

export function termToMarkdown(term: GlossaryTerm, context: TermContext = {}, words: TermWords = ENGLISH_TERM_WORDS, links: TermLinks = {}, o: TermMarkdownOptions = {}): string {
  const name = safeText(term.name);
  const heading = o.headingLevel ? `${'#'.repeat(o.headingLevel)} ${name}` : `**${name}**`;
  const note = term.fromEditorials ? words.fromEditorials : term.category ? words.category(term.category) : undefined;
  const parts = [note ? `${heading} · *${safeText(note)}*` : heading];
  if (term.aliases.length) parts.push(`*${safeText(words.also)}* ${term.aliases.slice(0, 6).map(safeText).join(', ')}`);
  const definition = safeMarkdown(term.definition);
  if (definition) parts.push(definition);
  if (term.facts.length) parts.push(term.facts.map(f => `- ${safeText(f)}`).join('\n'));

  const mentions = context.mentions ?? [];
  let prose = mentions.filter(m => !m.pyq);
  // With no definition, what the editorials say stands in for one.
  if (!definition) {
    const said = termSentences(prose);
    // A quoted mention already links to its place: "Mentioned in" lists the others.
    const quoted = new Set(said.map(s => s.mention));
    prose = prose.filter(m => !quoted.has(m));
    if (said.length) {
      parts.push(`**${safeText(words.whatEditorialsSay)}**\n\n${said.map(s => `- ${safeText(s.sentence)} — ${link(mentionLabel(s.mention, words), links.mention?.(s.mention))}`).join('\n')}`);
    }
  }
  const href = term.fromEditorials?.href;
  if (href) parts.push(`${safeText(words.pageLink)} ${codeText(href)}`);
  const pyqs = mentions.filter(m => m.pyq);
  const fromFiles = context.pyqFileYears ?? [];
  if (pyqs.length || fromFiles.length) {
    const asked = pyqs.slice(0, 8).map(m => link(words.pyq(m.pyq?.year), links.mention?.(m)));
    // Questions from the student's PYQ files open as one list: they have no editorial to link to.
    const years = [...new Set(fromFiles)].sort((a, b) => (b ?? 0) - (a ?? 0)).slice(0, 8);
    if (years.length) asked.push(...years.map(y => link(words.pyq(y), links.pyqs?.(term))));
    parts.push(`**${safeText(words.askedInPyqs)}** ${asked.join(' · ')}`);
  }
  if (prose.length) {
    const shown = prose.slice(0, 5).map(m => `- ${link(mentionLabel(m, words), links.mention?.(m))}`);
    if (prose.length > 5) shown.push(`- ${safeText(words.more(prose.length - 5))}`);
    parts.push(`**${safeText(words.mentionedIn)}**\n\n${shown.join('\n')}`);
  }
  const notes = context.notes ?? [];
  if (notes.length) parts.push(`**${safeText(words.inNotes)}** ${notes.slice(0, 5).map(n => link(n.label, links.note?.(n.uri, n.line))).join(' · ')}`);
  const related = context.related ?? [];
  if (related.length) parts.push(`**${safeText(words.related)}** ${related.map(r => link(r.name, links.term?.(r))).join(' · ')}`);
  if (o.showSources && term.sources.length) parts.push(`**${safeText(words.sources)}** ${term.sources.map(s => safeLink(s, s)).join(' · ')}`);
  const create = term.fromEditorials && links.create?.(term);
  if (create) parts.push(ownCommandLink(words.createEntry, create));
  return parts.join('\n\n');
}
