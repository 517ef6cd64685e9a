// The syllabus keywords of every node, in both languages, as one lookup of word sequences: a text
// is read once, left to right, taking the longest keyword phrase that starts at each word. Linear
// in the text (each position tries at most as many words as the longest keyword has).
import type { SyllabusTree } from './tree';
import { phraseKey, wordsOf } from './words';

export interface KeywordHit {
  readonly node: string;
  readonly weight: number;
  /** The keyword's comparison form ("farm subsidy"). */
  readonly key: string;
}

interface Entry { readonly node: string; readonly weight: number }

export class KeywordIndex {
  /** Phrase key → the nodes that list it. */
  private readonly phrases = new Map<string, Entry[]>();
  /** Every word-prefix of a phrase key, so a scan stops as soon as no keyword can continue. */
  private readonly prefixes = new Set<string>();
  private maxWords = 1;

  constructor(tree: SyllabusTree) {
    const raw = new Map<string, Set<string>>();
    for (const node of tree.nodes()) {
      for (const k of [...node.keywords.en, ...node.keywords.hi, node.name.en, node.name.hi]) {
        const key = phraseKey(k);
        if (!key) continue;
        // A node's own name counts as a keyword only when it is a phrase: "Health" as a name is
        // kept by the keyword list; "Government policies and interventions" is a keyword itself.
        if (k === node.name.en || k === node.name.hi) { if (!key.includes(' ')) continue; }
        let nodes = raw.get(key);
        if (!nodes) raw.set(key, nodes = new Set());
        nodes.add(node.id);
      }
    }
    for (const [key, nodes] of raw) {
      const words = key.split(' ');
      this.maxWords = Math.max(this.maxWords, words.length);
      for (let n = 1; n < words.length; n++) this.prefixes.add(words.slice(0, n).join(' '));
      // A phrase says more than a word; a keyword shared by several nodes says less about each.
      const weight = (1 + 0.75 * (words.length - 1)) / Math.sqrt(nodes.size);
      this.phrases.set(key, [...nodes].map(node => ({ node, weight })));
    }
  }

  /** The keyword phrases in a text, longest first at each word, none overlapping. */
  scan(text: string): KeywordHit[] {
    const words = wordsOf(text);
    const hits: KeywordHit[] = [];
    for (let i = 0; i < words.length;) {
      let key = '';
      let found: { key: string; entries: Entry[]; length: number } | undefined;
      for (let n = 1; n <= this.maxWords && i + n <= words.length; n++) {
        key = n === 1 ? words[i] : `${key} ${words[i + n - 1]}`;
        const entries = this.phrases.get(key);
        if (entries) found = { key, entries, length: n };
        if (!this.prefixes.has(key)) break;
      }
      if (!found) { i++; continue; }
      for (const e of found.entries) hits.push({ node: e.node, weight: e.weight, key: found.key });
      i += found.length;
    }
    return hits;
  }
}
