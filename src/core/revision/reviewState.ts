// Review progress as stored on disk: a versioned JSON document of card states keyed by card id,
// plus how many new cards were seen today. Pure functions over strings (the I/O is in
// src/features/reviewStore.ts). A damaged file never throws: whatever can be read is kept,
// each bad entry is dropped on its own, and `problem` says what was wrong.
import type { CardState } from './scheduler';

export const REVIEW_STATE_VERSION = 1;

export interface ReviewState {
  version: 1;
  /** Card id → FSRS state. */
  cards: Record<string, CardState>;
  /** New cards first reviewed on `date` (YYYY-MM-DD, the local calendar day), for the new-cards-per-day limit. */
  newSeen: { date: string; count: number };
}

export function emptyState(): ReviewState {
  return { version: REVIEW_STATE_VERSION, cards: {}, newSeen: { date: '', count: 0 } };
}

/**
 * Stable JSON: keys in a fixed order, cards sorted by id, one card per line (small diffs when
 * the file is kept in git).
 */
export function serializeState(s: ReviewState): string {
  const ids = Object.keys(s.cards).sort();
  const cards = ids.map(id => `    ${JSON.stringify(id)}: ${JSON.stringify(orderedCard(s.cards[id]))}`);
  return [
    '{',
    `  "version": ${REVIEW_STATE_VERSION},`,
    `  "newSeen": ${JSON.stringify({ date: s.newSeen.date, count: s.newSeen.count })},`,
    cards.length ? `  "cards": {\n${cards.join(',\n')}\n  }` : '  "cards": {}',
    '}',
    '',
  ].join('\n');
}

function orderedCard(c: CardState): CardState {
  const out: CardState = {
    due: c.due, stability: c.stability, difficulty: c.difficulty, elapsedDays: c.elapsedDays,
    scheduledDays: c.scheduledDays, reps: c.reps, lapses: c.lapses, state: c.state,
  };
  if (c.lastReview !== undefined) out.lastReview = c.lastReview;
  if (c.learningSteps !== undefined) out.learningSteps = c.learningSteps;
  return out;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isDate = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && Number.isFinite(Date.parse(v));
const isNonNegative = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isCount = (v: unknown): v is number => isNonNegative(v) && Number.isInteger(v);

/** A card state, or why it is not one. */
export function readCardState(v: unknown): CardState | string {
  if (!isObject(v)) return 'not an object';
  if (!isDate(v.due)) return 'bad "due"';
  if (!isNonNegative(v.stability)) return 'bad "stability"';
  if (!isNonNegative(v.difficulty)) return 'bad "difficulty"';
  if (!isNonNegative(v.elapsedDays)) return 'bad "elapsedDays"';
  if (!isNonNegative(v.scheduledDays)) return 'bad "scheduledDays"';
  if (!isCount(v.reps)) return 'bad "reps"';
  if (!isCount(v.lapses)) return 'bad "lapses"';
  if (!isCount(v.state) || v.state > 3) return 'bad "state"';
  if (v.lastReview !== undefined && v.lastReview !== null && !isDate(v.lastReview)) return 'bad "lastReview"';
  if (v.learningSteps !== undefined && v.learningSteps !== null && !isCount(v.learningSteps)) return 'bad "learningSteps"';
  const s: CardState = {
    due: v.due, stability: v.stability, difficulty: v.difficulty, elapsedDays: v.elapsedDays,
    scheduledDays: v.scheduledDays, reps: v.reps, lapses: v.lapses, state: v.state,
  };
  if (isDate(v.lastReview)) s.lastReview = v.lastReview;
  if (isCount(v.learningSteps)) s.learningSteps = v.learningSteps;
  return s;
}

/**
 * The state in `text`. Never throws. Unreadable JSON, a newer or unknown version, or a
 * document that is not an object give an empty state; a bad `cards` or `newSeen` is reset on its
 * own; bad card entries are dropped one by one. `problem` lists what was wrong.
 */
export function parseState(text: string): { state: ReviewState; problem?: string } {
  try {
    return parseUnsafe(text);
  } catch (err) {
    return { state: emptyState(), problem: `unreadable (${String(err)})` };
  }
}

function parseUnsafe(text: string): { state: ReviewState; problem?: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { state: emptyState(), problem: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!isObject(doc)) return { state: emptyState(), problem: 'not a JSON object' };
  const problems: string[] = [];
  const version = doc.version;
  if (version === undefined) {
    problems.push(`no "version"; read as version ${REVIEW_STATE_VERSION}`);
  } else if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { state: emptyState(), problem: `unknown version ${JSON.stringify(version)}` };
  } else if (version > REVIEW_STATE_VERSION) {
    return { state: emptyState(), problem: `written by a newer version of the extension (format ${version}; this one reads ${REVIEW_STATE_VERSION})` };
  }
  // Older formats would be migrated here; version 1 is the first.

  const state = emptyState();
  const rawCards = doc.cards;
  if (rawCards === undefined) {
    problems.push('no "cards"');
  } else if (!isObject(rawCards)) {
    problems.push('"cards" is not an object');
  } else {
    const dropped: string[] = [];
    for (const [id, raw] of Object.entries(rawCards)) {
      const card = id && id !== '__proto__' ? readCardState(raw) : 'bad id';
      if (typeof card === 'string') dropped.push(`${JSON.stringify(id)} (${card})`);
      else state.cards[id] = card;
    }
    if (dropped.length) {
      const shown = dropped.slice(0, 5).join(', ') + (dropped.length > 5 ? `, … ${dropped.length - 5} more` : '');
      problems.push(`dropped ${dropped.length} invalid card ${dropped.length === 1 ? 'entry' : 'entries'}: ${shown}`);
    }
  }

  const seen = doc.newSeen;
  if (seen !== undefined) {
    if (isObject(seen) && typeof seen.date === 'string' && (seen.date === '' || /^\d{4}-\d{2}-\d{2}$/.test(seen.date)) && isCount(seen.count)) {
      state.newSeen = { date: seen.date, count: seen.count };
    } else {
      problems.push('bad "newSeen"; reset');
    }
  }
  return problems.length ? { state, problem: problems.join('; ') } : { state };
}
