// Review progress as an append-only event log: one JSON line per rating (with its own id), one
// per rating taken back, and the lines that carried over the old state file. The state is what
// the events add up to (foldLog), so nothing is ever rewritten: a line is only ever appended.
// That is what makes the log safe to keep in git and to study on two machines: a merge of two
// logs is their union (`.gitattributes`: `.upsc/reviews.jsonl merge=union`), events are
// deduplicated by id and replayed in time order, and two windows appending to one file never
// lose each other's lines. Pure functions over strings; the file is the service's
// (services/reviewStore.ts).
//
// Line format, keys in this order:
//   {"v":1,"id":"…","at":"2025-01-02T03:04:05.000Z","kind":"review","card":"…","grade":3}
//   {"v":1,"id":"…","at":"…","kind":"review","card":"…","grade":3,"maxIvl":120}   (an exam ahead:
//        the longest interval it was scheduled with, so every replay schedules it the same way)
//   {"v":1,"id":"…","at":"…","kind":"undo","target":"<id of a review>"}
//   {"v":1,"id":"migrated:<card>","at":"…","kind":"set","card":"…","state":{…}}        (from the old file)
//   {"v":1,"id":"migrated:new:<date>","at":"…","kind":"newSeen","date":"YYYY-MM-DD","count":3}
import { localDateKey } from '../shared/dates';
import { emptyState, readCardState, ReviewState } from './reviewState';
import { CardState, Grade, newCardState, review } from './scheduler';

export const REVIEW_LOG_VERSION = 1;

interface EventBase { readonly v: 1; readonly id: string; readonly at: string }
export type ReviewEvent =
  | EventBase & { readonly kind: 'review'; readonly card: string; readonly grade: Grade; readonly maxIvl?: number }
  | EventBase & { readonly kind: 'undo'; readonly target: string }
  | EventBase & { readonly kind: 'set'; readonly card: string; readonly state: CardState }
  | EventBase & { readonly kind: 'newSeen'; readonly date: string; readonly count: number };

export interface LogProblem {
  /** Zero-based line of the log. */
  readonly line: number;
  readonly message: string;
}

/** A fresh event id: random, so two machines never make the same one. */
export function newEventId(): string {
  const uuid = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto?.randomUUID?.();
  return uuid ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}

/** One line of the log, with its line end. */
export function serializeEvent(e: ReviewEvent): string {
  const head = `{"v":${REVIEW_LOG_VERSION},"id":${JSON.stringify(e.id)},"at":${JSON.stringify(e.at)},"kind":${JSON.stringify(e.kind)}`;
  switch (e.kind) {
    case 'review': return `${head},"card":${JSON.stringify(e.card)},"grade":${e.grade}${e.maxIvl === undefined ? '' : `,"maxIvl":${e.maxIvl}`}}\n`;
    case 'undo': return `${head},"target":${JSON.stringify(e.target)}}\n`;
    case 'set': return `${head},"card":${JSON.stringify(e.card)},"state":${JSON.stringify(e.state)}}\n`;
    case 'newSeen': return `${head},"date":${JSON.stringify(e.date)},"count":${e.count}}\n`;
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 2000;
const isInterval = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 36500;
const isTime = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && Number.isFinite(Date.parse(v));

/** An event, or why the value is not one. */
function readEvent(v: unknown): ReviewEvent | string {
  if (!isObject(v)) return 'not a JSON object';
  if (v.v !== REVIEW_LOG_VERSION) return typeof v.v === 'number' && v.v > REVIEW_LOG_VERSION ? `written by a newer version of the extension (format ${v.v})` : 'no "v": 1';
  if (!isId(v.id)) return 'bad "id"';
  if (!isTime(v.at)) return 'bad "at"';
  const base = { v: REVIEW_LOG_VERSION, id: v.id, at: v.at } as const;
  switch (v.kind) {
    case 'review':
      if (!isId(v.card)) return 'bad "card"';
      if (v.grade !== 1 && v.grade !== 2 && v.grade !== 3 && v.grade !== 4) return 'bad "grade"';
      if (v.maxIvl === undefined) return { ...base, kind: 'review', card: v.card, grade: v.grade };
      if (!isInterval(v.maxIvl)) return 'bad "maxIvl"';
      return { ...base, kind: 'review', card: v.card, grade: v.grade, maxIvl: v.maxIvl };
    case 'undo':
      return isId(v.target) ? { ...base, kind: 'undo', target: v.target } : 'bad "target"';
    case 'set': {
      if (!isId(v.card)) return 'bad "card"';
      const state = readCardState(v.state);
      return typeof state === 'string' ? `bad "state" (${state})` : { ...base, kind: 'set', card: v.card, state };
    }
    case 'newSeen':
      if (typeof v.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.date)) return 'bad "date"';
      if (typeof v.count !== 'number' || !Number.isInteger(v.count) || v.count < 0) return 'bad "count"';
      return { ...base, kind: 'newSeen', date: v.date, count: v.count };
    default:
      return `unknown "kind" ${JSON.stringify(v.kind)?.slice(0, 40)}`;
  }
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Where each event line starts: an append that was cut off and then continued glues two lines. */
const EVENT_START = '{"v":';

/**
 * The events of a log, and a problem for each line that is not one (kept in the file, skipped
 * here). A line glued to the rest of a write that was cut off ("{"v":1,"id":"a…{"v":1,…}") still
 * gives its whole event. Never throws.
 */
export function parseLog(text: string): { events: ReviewEvent[]; problems: LogProblem[] } {
  const events: ReviewEvent[] = [];
  const problems: LogProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, line) => {
    const t = raw.trim();
    if (!t) return;
    const read = readEvent(tryParse(t));
    if (typeof read === 'string') {
      // The last complete event in the line, after a cut-off one.
      for (let at = t.lastIndexOf(EVENT_START); at > 0; at = t.lastIndexOf(EVENT_START, at - 1)) {
        const tail = readEvent(tryParse(t.slice(at)));
        if (typeof tail !== 'string') {
          events.push(tail);
          problems.push({ line, message: `the start of this line is the rest of a write that was cut off (${at} characters), skipped` });
          return;
        }
      }
      const cutOff = line === lines.length - 1 && !text.endsWith('\n');
      problems.push({ line, message: cutOff ? 'an unfinished last line (a write cut off), skipped' : `not a review event (${read}), skipped` });
      return;
    }
    events.push(read);
  });
  return { events, problems };
}

/** Events by time, then id: every machine replays a merged log in the same order. */
function byTime(a: ReviewEvent, b: ReviewEvent): number {
  const ta = Date.parse(a.at);
  const tb = Date.parse(b.at);
  return ta !== tb ? ta - tb : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The review state the events add up to: each event once (by id); ratings taken back left out;
 * the rest replayed in time order, every rating through FSRS from the card's state before it
 * (a card without one is new, and counts among its day's new cards).
 */
/** The ratings of a log that stand: review events no undo event took back, in the order given. */
export function standingReviews(events: readonly ReviewEvent[]): Extract<ReviewEvent, { kind: 'review' }>[] {
  const undone = new Set<string>();
  for (const e of events) if (e.kind === 'undo') undone.add(e.target);
  return events.filter((e): e is Extract<ReviewEvent, { kind: 'review' }> => e.kind === 'review' && !undone.has(e.id));
}

export function foldLog(events: readonly ReviewEvent[]): ReviewState {
  const log = new FoldedLog();
  log.add(events);
  return log.state;
}

/**
 * A log and its state, kept up to date as events are added: an event later than every other
 * (a rating just made) is applied on its own; anything else (an undo, a merged or older line)
 * replays the whole log.
 */
export class FoldedLog {
  private readonly ids = new Set<string>();
  private readonly events: ReviewEvent[] = [];
  private readonly undone = new Set<string>();
  private readonly newPerDay = new Map<string, number>();
  private latest = -Infinity;
  private current: ReviewState = emptyState();
  /** The state was handed out: it is copied before it changes (callers keep theirs as it was). */
  private shared = false;

  get state(): ReviewState {
    this.shared = true;
    return this.current;
  }

  get size(): number {
    return this.events.length;
  }

  /** Every event read or added, undo events included, in the order they came. */
  get all(): readonly ReviewEvent[] {
    return this.events;
  }

  add(events: readonly ReviewEvent[]): void {
    let replay = false;
    const fresh: ReviewEvent[] = [];
    for (const e of events) {
      if (this.ids.has(e.id)) continue;
      this.ids.add(e.id);
      this.events.push(e);
      if (e.kind === 'undo') { this.undone.add(e.target); replay = true; continue; }
      if (this.undone.has(e.id) || Date.parse(e.at) < this.latest) replay = true;
      fresh.push(e);
    }
    if (replay) this.replay();
    else for (const e of fresh.sort(byTime)) this.apply(e);
  }

  private replay(): void {
    this.current = emptyState();
    this.shared = false;
    this.newPerDay.clear();
    this.latest = -Infinity;
    for (const e of this.events.filter(x => x.kind !== 'undo' && !this.undone.has(x.id)).sort(byTime)) this.apply(e);
  }

  private apply(e: ReviewEvent): void {
    this.latest = Math.max(this.latest, Date.parse(e.at));
    if (this.shared) {
      this.current = { ...this.current, cards: { ...this.current.cards } };
      this.shared = false;
    }
    const cards = this.current.cards;
    if (e.kind === 'set') cards[e.card] = e.state;
    else if (e.kind === 'newSeen') this.countNew(e.date, e.count);
    else if (e.kind === 'review') {
      const at = new Date(e.at);
      const before = Object.prototype.hasOwnProperty.call(cards, e.card) ? cards[e.card] : undefined;
      if (!before) this.countNew(localDateKey(at), 1);
      cards[e.card] = review(before ?? newCardState(at), e.grade, at, { maximumInterval: e.maxIvl });
    }
  }

  private countNew(day: string, n: number): void {
    const count = (this.newPerDay.get(day) ?? 0) + n;
    this.newPerDay.set(day, count);
    if (day >= this.current.newSeen.date) this.current.newSeen = { date: day, count };
  }
}

/**
 * The events that carry an old state file over (once; their ids are fixed, so two windows
 * migrating at once add nothing twice): one per card, at its last review, and the day's count.
 */
export function migrationEvents(old: ReviewState): ReviewEvent[] {
  const out: ReviewEvent[] = [];
  for (const [card, state] of Object.entries(old.cards)) {
    out.push({ v: REVIEW_LOG_VERSION, id: `migrated:${card}`, at: state.lastReview ?? new Date(0).toISOString(), kind: 'set', card, state });
  }
  if (old.newSeen.date && old.newSeen.count > 0) {
    out.push({ v: REVIEW_LOG_VERSION, id: `migrated:new:${old.newSeen.date}`, at: `${old.newSeen.date}T00:00:00.000Z`, kind: 'newSeen', date: old.newSeen.date, count: old.newSeen.count });
  }
  return out;
}

/** Whether the log already holds a migration (of any old file). */
export function isMigrated(events: readonly ReviewEvent[]): boolean {
  return events.some(e => e.id.startsWith('migrated:'));
}
