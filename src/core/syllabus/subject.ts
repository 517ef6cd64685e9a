// Which GS paper and subject an editorial belongs to, from its front matter (`subject:`,
// `gs:`), else from keywords in its title and mains topics. Used to group the tree.
import type { ParsedEditorial } from '../editorial/parse/parseEditorial';
import { escapeRegExp } from '../shared/regexp';
import { VOCABULARIES } from '../editorial/vocabulary';

export interface Subject {
  /** "GS1" … "GS4", or "Other". */
  readonly paper: string;
  readonly subject: string;
}

interface Rule { paper: string; subject: string; words: string[] }

/**
 * The subject keywords of every language file merged per subject (data/vocabulary/*.json):
 * earlier subjects win ties; a keyword counts once per editorial.
 */
const RULES: Rule[] = (() => {
  const bySubject = new Map<string, Rule>();
  for (const v of VOCABULARIES) {
    for (const r of v.subjects) {
      const rule = bySubject.get(r.subject);
      if (rule) rule.words.push(...r.words);
      else bySubject.set(r.subject, { paper: r.paper, subject: r.subject, words: [...r.words] });
    }
  }
  return [...bySubject.values()];
})();

const PAPER = /\bGS[-\s]?(?:paper[-\s]?)?([1-4IV]{1,3})\b/i;
const ROMAN: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4' };

function hasWord(text: string, word: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(word)}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

export function inferSubject(editorial: ParsedEditorial): Subject {
  const fm = editorial.frontMatter;
  const paperMatch = PAPER.exec(fm.gs ?? fm.paper ?? '');
  // Front matter first, then the editorial's own "Tags:" line ("GS Paper 3", "सामान्य अध्ययन-III").
  const paperOverride = paperMatch ? `GS${ROMAN[paperMatch[1].toUpperCase()] ?? paperMatch[1]}`
    : editorial.gsPapers?.length ? `GS${editorial.gsPapers[0]}` : undefined;
  if (fm.subject) {
    const known = RULES.find(r => r.subject.toLowerCase() === fm.subject.toLowerCase());
    return { paper: paperOverride ?? known?.paper ?? 'Other', subject: known?.subject ?? fm.subject };
  }
  // Tags name subjects outright ("Agriculture", "कृषि"): a keyword in a tag counts three times.
  const tags = (editorial.tags ?? []).join(' \n ');
  const text = [editorial.title, ...editorial.mainsTopics].join(' \n ');
  let best: { rule: Rule; score: number } | undefined;
  for (const rule of RULES) {
    const score = rule.words.reduce((n, w) => n + (hasWord(tags, w) ? 3 : hasWord(text, w) ? 1 : 0), 0);
    const fits = !paperOverride || rule.paper === paperOverride;
    if (score > 0 && (!best || score > best.score || (score === best.score && fits && best.rule.paper !== paperOverride))) best = { rule, score };
  }
  if (!best) return { paper: paperOverride ?? 'Other', subject: 'Other' };
  return { paper: paperOverride ?? best.rule.paper, subject: best.rule.subject };
}
