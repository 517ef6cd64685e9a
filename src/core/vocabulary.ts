// The words an editorial uses for its structure, kept as data (data/vocabulary/*.json) so that
// another language is a new file, not new code.
import english from '../../data/vocabulary/en.json';
import type { SectionKind } from './model';

export interface Vocabulary {
  readonly language: string;
  readonly labels: {
    readonly prelims: readonly string[];
    readonly mains: readonly string[];
    readonly sourceLine: readonly string[];
    readonly tags: readonly string[];
    readonly pyqSubheadingPrelims: readonly string[];
    readonly pyqSubheadingMains: readonly string[];
  };
  readonly sourcePattern: { readonly published: string };
  /** Keywords per kind; the kind whose keyword appears earliest in a heading wins. */
  readonly sectionKinds: Readonly<Partial<Record<SectionKind, readonly string[]>>>;
}

export const ENGLISH: Vocabulary = english as Vocabulary;

export const VOCABULARIES: readonly Vocabulary[] = [ENGLISH];

function normalise(text: string): string {
  return text.toLocaleLowerCase().replace(/\s+/g, ' ');
}

/** Index of `word` in `text` as a whole word (Unicode-aware), or -1. */
function wordIndex(text: string, word: string): number {
  const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{M}\p{N}]/u.test(c);
  let from = 0;
  for (;;) {
    const i = text.indexOf(word, from);
    if (i < 0) return -1;
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + word.length])) return i;
    from = i + 1;
  }
}

/**
 * The section kind a heading announces. "What Measures India Can Adopt to Enhance Ties" is
 * `measures`, "Key Areas of Friction" is `issues`: the earliest keyword decides, so a heading
 * that names two things is filed under the one it leads with.
 */
export function inferSectionKind(heading: string, vocabularies: readonly Vocabulary[] = VOCABULARIES): SectionKind {
  const text = normalise(heading);
  let best: { kind: SectionKind; at: number; len: number } | undefined;
  for (const vocabulary of vocabularies) {
    for (const [kind, words] of Object.entries(vocabulary.sectionKinds) as [SectionKind, string[]][]) {
      for (const word of words) {
        const at = wordIndex(text, normalise(word));
        if (at < 0) continue;
        if (!best || at < best.at || (at === best.at && word.length > best.len)) best = { kind, at, len: word.length };
      }
    }
  }
  return best?.kind ?? 'other';
}

/** Whether a paragraph's plain text starts with one of the labels ("For Prelims:"); returns the rest. */
export function afterLabel(plain: string, labels: readonly string[]): string | undefined {
  const text = plain.trimStart();
  for (const label of labels) {
    if (normalise(text.slice(0, label.length)) === normalise(label)) {
      const rest = text.slice(label.length);
      if (/^\s*[:：\-–—]/.test(rest)) return rest.replace(/^\s*[:：\-–—]\s*/, '');
    }
  }
  return undefined;
}
