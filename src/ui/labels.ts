// Words the UI shows for values that come from the core or the data (counts, month numbers, GS
// subjects, glossary categories, card kinds), in the UI language through vscode.l10n. Every
// message is a literal, so test/unit/l10n.test.ts can check that each one is translated.
// A value the core or a user's file adds later, and that is not listed here, is shown as it is.
import * as vscode from 'vscode';

// Counts: English has two forms ("1 point", "7 points"); a translation may use one for both.
export const editorialCount = (n: number) => (n === 1 ? vscode.l10n.t('1 editorial') : vscode.l10n.t('{0} editorials', n));
export const pointCount = (n: number) => (n === 1 ? vscode.l10n.t('1 point') : vscode.l10n.t('{0} points', n));
export const subPointCount = (n: number) => (n === 1 ? vscode.l10n.t('1 sub-point') : vscode.l10n.t('{0} sub-points', n));
export const paragraphCount = (n: number) => (n === 1 ? vscode.l10n.t('1 paragraph') : vscode.l10n.t('{0} paragraphs', n));
export const questionCount = (n: number) => (n === 1 ? vscode.l10n.t('1 question') : vscode.l10n.t('{0} questions', n));
export const mentionCount = (n: number) => (n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', n));

/** Month name for 1–12 (as in the "By month" groups of the Editorials view). */
export function monthName(month: number): string | undefined {
  switch (month) {
    case 1: return vscode.l10n.t({ message: 'January', comment: ['month'] });
    case 2: return vscode.l10n.t({ message: 'February', comment: ['month'] });
    case 3: return vscode.l10n.t({ message: 'March', comment: ['month'] });
    case 4: return vscode.l10n.t({ message: 'April', comment: ['month'] });
    case 5: return vscode.l10n.t({ message: 'May', comment: ['month'] });
    case 6: return vscode.l10n.t({ message: 'June', comment: ['month'] });
    case 7: return vscode.l10n.t({ message: 'July', comment: ['month'] });
    case 8: return vscode.l10n.t({ message: 'August', comment: ['month'] });
    case 9: return vscode.l10n.t({ message: 'September', comment: ['month'] });
    case 10: return vscode.l10n.t({ message: 'October', comment: ['month'] });
    case 11: return vscode.l10n.t({ message: 'November', comment: ['month'] });
    case 12: return vscode.l10n.t({ message: 'December', comment: ['month'] });
    default: return undefined;
  }
}

/** A subject of core/subject.ts (or "Other"); a subject from a file's front matter stays as written. */
export function subjectLabel(subject: string): string {
  switch (subject) {
    case 'International Relations': return vscode.l10n.t('International Relations');
    case 'Polity and Governance': return vscode.l10n.t('Polity and Governance');
    case 'Social Justice': return vscode.l10n.t('Social Justice');
    case 'Economy': return vscode.l10n.t({ message: 'Economy', comment: ['GS paper subject'] });
    case 'Environment': return vscode.l10n.t({ message: 'Environment', comment: ['GS paper subject'] });
    case 'Science and Technology': return vscode.l10n.t('Science and Technology');
    case 'Internal Security': return vscode.l10n.t('Internal Security');
    case 'Disaster Management': return vscode.l10n.t('Disaster Management');
    case 'History and Culture': return vscode.l10n.t('History and Culture');
    case 'Society and Geography': return vscode.l10n.t('Society and Geography');
    case 'Ethics': return vscode.l10n.t('Ethics');
    case 'Other': return vscode.l10n.t({ message: 'Other', comment: ['GS paper subject'] });
    default: return subject;
  }
}

/** The categories of core/glossary.ts, capitalised as in the Terms view. */
function knownCategory(category: string): string | undefined {
  switch (category) {
    case 'defence': return vscode.l10n.t('Defence');
    case 'space': return vscode.l10n.t('Space');
    case 'trade': return vscode.l10n.t('Trade');
    case 'energy': return vscode.l10n.t('Energy');
    case 'grouping': return vscode.l10n.t('Grouping');
    case 'law': return vscode.l10n.t('Law');
    case 'organisation': return vscode.l10n.t('Organisation');
    case 'exercise': return vscode.l10n.t({ message: 'Exercise', comment: ['military or naval exercise'] });
    case 'technology': return vscode.l10n.t('Technology');
    case 'agreement': return vscode.l10n.t('Agreement');
    case 'initiative': return vscode.l10n.t('Initiative');
    case 'economy': return vscode.l10n.t({ message: 'Economy', comment: ['glossary category'] });
    case 'diplomacy': return vscode.l10n.t('Diplomacy');
    case 'polity': return vscode.l10n.t('Polity');
    case 'geography': return vscode.l10n.t('Geography');
    case 'environment': return vscode.l10n.t({ message: 'Environment', comment: ['glossary category'] });
    case 'constitution': return vscode.l10n.t({ message: 'Constitution', comment: ['glossary category: Parts, Schedules and Articles'] });
    case 'body': return vscode.l10n.t({ message: 'Constitutional and statutory bodies', comment: ['glossary category'] });
    case 'committee': return vscode.l10n.t({ message: 'Committees and commissions', comment: ['glossary category'] });
    case 'scheme': return vscode.l10n.t({ message: 'Schemes and missions', comment: ['glossary category'] });
    case 'other': return vscode.l10n.t({ message: 'Other', comment: ['glossary category'] });
    default: return undefined;
  }
}

/** A glossary category as a heading: "Law" (a user's own category is capitalised). */
export function categoryTitle(category: string): string {
  return knownCategory(category) ?? category.charAt(0).toUpperCase() + category.slice(1);
}

/** A glossary category inside a line of text: "law" (a user's own category as written). */
export function categoryWord(category: string): string {
  return knownCategory(category)?.toLocaleLowerCase() ?? category;
}

/** What kind of flashcard a card is, as the review page shows it. */
export function cardKindLabel(kind: string): string {
  switch (kind) {
    case 'term': return vscode.l10n.t({ message: 'term', comment: ['kind of flashcard'] });
    case 'point': return vscode.l10n.t({ message: 'point', comment: ['kind of flashcard'] });
    case 'cloze': return vscode.l10n.t({ message: 'cloze', comment: ['kind of flashcard: fill in the blank'] });
    case 'note': return vscode.l10n.t({ message: 'note', comment: ['kind of flashcard'] });
    case 'faq': return vscode.l10n.t({ message: 'FAQ', comment: ['kind of flashcard: a question with its answer from the FAQs block'] });
    default: return kind;
  }
}
