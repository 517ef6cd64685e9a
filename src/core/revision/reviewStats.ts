// What the review log says about the student's revision: reviews per day (for a heatmap), the
// streak of days with reviews, retention (how often a card seen before was recalled), and how
// many learned cards fall due on each of the coming days.
import { localDateKey } from '../shared/dates';
import { standingReviews, type ReviewEvent } from './reviewLog';
import type { CardState } from './scheduler';
import { isNew } from './scheduler';

export interface ReviewStats {
  /** Local day (YYYY-MM-DD) → reviews that day, for the last `days` days, oldest first. */
  readonly perDay: readonly { readonly date: string; readonly count: number }[];
  /** Days in a row with at least one review, up to today (today not counted as a break yet). */
  readonly streak: number;
  /** Of the reviews in the last 30 days of cards seen before: the share not rated Again; undefined with none. */
  readonly retention?: number;
  readonly reviewsLast30: number;
  /** Learned cards due on each of the next `forecastDays` days (today first; overdue counted today). */
  readonly forecast: readonly { readonly date: string; readonly count: number }[];
}

const DAY = 86_400_000;

/** The day `n` days after `now`'s local day. */
function dayOffset(now: Date, n: number): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + n, 12);
  return localDateKey(d);
}

export function reviewStats(events: readonly ReviewEvent[], states: Readonly<Record<string, CardState>>, now: Date, days = 84, forecastDays = 30): ReviewStats {
  const reviews = standingReviews(events)
    .map(e => ({ e, t: Date.parse(e.at) }))
    .sort((a, b) => a.t - b.t);
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  let recalled = 0;
  let later = 0;
  const since = now.getTime() - 30 * DAY;
  for (const { e, t } of reviews) {
    const day = localDateKey(new Date(t));
    counts.set(day, (counts.get(day) ?? 0) + 1);
    if (seen.has(e.card) && t >= since && t <= now.getTime()) {
      later++;
      if (e.grade > 1) recalled++;
    }
    seen.add(e.card);
  }
  const perDay = Array.from({ length: days }, (_, i) => {
    const date = dayOffset(now, i - days + 1);
    return { date, count: counts.get(date) ?? 0 };
  });
  let streak = 0;
  for (let i = counts.get(dayOffset(now, 0)) ? 0 : 1; counts.get(dayOffset(now, -i)); i++) streak++;
  const forecast = Array.from({ length: forecastDays }, (_, i) => ({ date: dayOffset(now, i), count: 0 }));
  const index = new Map(forecast.map((f, i) => [f.date, i]));
  for (const state of Object.values(states)) {
    if (isNew(state)) continue;
    const due = Date.parse(state.due);
    if (!Number.isFinite(due)) continue;
    const i = due <= now.getTime() ? 0 : index.get(localDateKey(new Date(due)));
    if (i !== undefined) (forecast[i] as { count: number }).count++;
  }
  const reviewsLast30 = reviews.filter(r => r.t >= since && r.t <= now.getTime()).length;
  return { perDay, streak, retention: later ? recalled / later : undefined, reviewsLast30, forecast };
}
