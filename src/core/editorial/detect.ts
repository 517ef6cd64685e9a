// Whether a markdown file outside the editorials folder is an editorial: it has a
// "For Prelims:" label line (in any known language) or front matter `type: editorial`.
// Cheap: looks at the first 20 KB with one regular expression, no parse.
import { splitFrontMatter } from '../shared/frontMatter';
import { escapeRegExp } from '../shared/regexp';
import { VOCABULARIES } from './vocabulary';

/** A label's words, with spaces or bold markers between them: Hindi pages set "प्रिलिम्स के
 *  लिये" as two bold runs ("**प्रिलिम्स** **के लिये:**"), which the parser reads too. */
const labelPattern = (label: string) => label.trim().split(/\s+/).map(escapeRegExp).join('(?:[ \\t]|\\*\\*|__)+');
const LABEL = new RegExp(
  `^[ \\t]*(?:[-*][ \\t]+)?(?:\\*\\*|__)?[ \\t]*(?:${VOCABULARIES.flatMap(v => v.labels.prelims).map(labelPattern).join('|')})[ \\t]*(?:\\*\\*|__)?[ \\t]*[:：]`,
  'imu',
);

export function looksLikeEditorial(text: string): boolean {
  const head = text.slice(0, 20000);
  if (/^\uFEFF?---/.test(head) && /^editorial$/i.test(splitFrontMatter(head).frontMatter.type ?? '')) return true;
  return LABEL.test(head);
}
