// The names a term is asked by in previous-year questions: shared by the term hover (its "Asked in
// PYQs" line) and the syllabus feature's "PYQs that mention…" list, so both find the same questions.
import type { GlossaryTerm } from '../core/glossary/entries';

/** The names a term is asked by: its name, aliases and Hindi name. */
export function termNames(term: GlossaryTerm): string[] {
  return [term.name, ...term.aliases, ...(term.hindiName ? [term.hindiName] : [])];
}
