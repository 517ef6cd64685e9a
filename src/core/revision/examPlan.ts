// Revising towards fixed exam dates: which exam is next and how many days are left, the longest
// FSRS interval that still brings every card back before it (ts-fsrs's `maximum_interval`), and
// the day's plan: cards due, new cards by the reading they come from, the answer to write, and
// the editorials not revised for a while.
import type { CardRef } from './cards/card';
import type { CardState } from './scheduler';
import { isNew } from './scheduler';
import { localDateKey } from '../shared/dates';
import { isAnswerFileOf } from '../practice/answerFiles';

export interface Exam {
  /** "Prelims", "Mains". */
  readonly name: string;
  /** YYYY-MM-DD, the first day of the exam. */
  readonly date: string;
}

const DAY = 86_400_000;

/** Whole calendar days from `now`'s local day to `date` (YYYY-MM-DD); NaN for a bad date. */
export function daysUntil(date: string, now: Date): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return NaN;
  const target = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const d = new Date(target);
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return NaN;
  return Math.round((target - today) / DAY);
}

/** The first exam from today on, with the days left (0 on the day itself). */
export function nextExam(exams: readonly Exam[], now: Date): (Exam & { daysLeft: number }) | undefined {
  return exams
    .map(e => ({ ...e, daysLeft: daysUntil(e.date, now) }))
    .filter(e => Number.isFinite(e.daysLeft) && e.daysLeft >= 0)
    .sort((a, b) => a.daysLeft - b.daysLeft)[0];
}

/**
 * ts-fsrs's `maximum_interval` for a rating now, so that the card is due again before the next
 * exam (at the latest the day before). ts-fsrs caps Hard and Good at it but then keeps Good a day
 * past Hard and Easy a day past Good, so Easy can reach the cap + 2: the cap is the days left
 * less 3, at least 1. Undefined with no exam ahead: FSRS's own maximum applies.
 */
export function deadlineInterval(exams: readonly Exam[], now: Date): number | undefined {
  const next = nextExam(exams, now);
  return next ? Math.max(1, next.daysLeft - 3) : undefined;
}

export interface PlanEditorial {
  readonly uri: string;
  readonly title: string;
}

export interface DailyPlan {
  /** Cards learned before and due now. */
  readonly due: number;
  /** Today's new cards, by the editorial or note they come from (glossary cards apart). */
  readonly fresh: readonly { readonly source: string; readonly title: string; readonly count: number }[];
  /** Glossary cards among today's new ones. */
  readonly freshTerms: number;
  /** Mains answers still to write today (the daily target less those written). */
  readonly answers: number;
  /** Editorials with cards, none of them reviewed in `staleDays` (never reviewed: included). */
  readonly stale: readonly (PlanEditorial & { readonly lastReview?: string })[];
  readonly exam?: Exam & { readonly daysLeft: number };
}

export interface PlanInput {
  readonly now: Date;
  /** Today's queue (readingQueue.ts). */
  readonly queue: readonly CardRef[];
  /** Every card, to find each editorial's last review. */
  readonly cards: readonly CardRef[];
  readonly states: Readonly<Record<string, CardState>>;
  readonly editorials: readonly PlanEditorial[];
  /** Titles of the notes, by URI (for new cards from notes). */
  readonly noteTitle: (uri: string) => string | undefined;
  readonly exams: readonly Exam[];
  readonly answersWrittenToday: number;
  readonly answersPerDay: number;
  readonly staleDays: number;
}

export function dailyPlan(input: PlanInput): DailyPlan {
  const { now, states } = input;
  const titles = new Map(input.editorials.map(e => [e.uri, e.title]));
  let due = 0;
  let freshTerms = 0;
  const fresh = new Map<string, { source: string; title: string; count: number }>();
  for (const card of input.queue) {
    const state = Object.prototype.hasOwnProperty.call(states, card.id) ? states[card.id] : undefined;
    if (!isNew(state)) { due++; continue; }
    if (card.kind === 'term' || !card.source) { freshTerms++; continue; }
    const uri = card.source.uri;
    const f = fresh.get(uri) ?? { source: uri, title: titles.get(uri) ?? input.noteTitle(uri) ?? uri, count: 0 };
    f.count++;
    fresh.set(uri, f);
  }
  // The last review of any card of each editorial.
  const last = new Map<string, string>();
  const withCards = new Set<string>();
  for (const card of input.cards) {
    const uri = card.kind === 'term' ? undefined : card.source?.uri;
    if (!uri || !titles.has(uri)) continue;
    withCards.add(uri);
    const at = Object.prototype.hasOwnProperty.call(states, card.id) ? states[card.id].lastReview : undefined;
    if (at && at > (last.get(uri) ?? '')) last.set(uri, at);
  }
  const cutoff = new Date(now.getTime() - input.staleDays * DAY).toISOString();
  const stale = input.editorials
    .filter(e => withCards.has(e.uri) && (last.get(e.uri) ?? '') < cutoff)
    .map(e => ({ ...e, lastReview: last.get(e.uri) }))
    .sort((a, b) => (a.lastReview ?? '').localeCompare(b.lastReview ?? ''));
  return {
    due,
    fresh: [...fresh.values()],
    freshTerms,
    answers: Math.max(0, input.answersPerDay - input.answersWrittenToday),
    stale,
    exam: nextExam(input.exams, now),
  };
}

/** Answers written on `now`'s day, from the names of the files in the answers folder (answerFiles.ts). */
export function answersWrittenOn(fileNames: readonly string[], now: Date): number {
  const day = localDateKey(now);
  return fileNames.filter(n => isAnswerFileOf(n, day)).length;
}
