// Deterministic benchmark inputs, generated from the real data's structure: glossaries (the 63
// bundled terms plus generated multi-word names and all-caps abbreviations), notes (prose that
// mentions glossary terms, wrapped into lines, with headings and bullets) and editorials (the
// sample's layout: title, source line, For Prelims/Mains, four point sections with bold-lead
// bullets and sub-points, page-break damage, conclusion, mains question, PYQ). Everything lives in
// memory; the same seed gives the same text on every machine.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATEGORIES, parseGlossaryJson } from '../src/core/glossary/entries';
import { isCaseSensitivePattern, MatcherPattern } from '../src/core/glossary/matcher/patterns';
import { Rng } from './prng';

/** The repository root (the folder with data/glossary.json), from out/bench or bench. */
export function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'data', 'glossary.json'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`data/glossary.json not found above ${__dirname}`);
}

export interface GlossaryEntry {
  name: string;
  aliases: string[];
  category: string;
  definition: string;
  facts: string[];
  related: string[];
  sources: string[];
}

let realEntries: GlossaryEntry[] | undefined;

/** The bundled glossary (data/glossary.json), read with the extension's own loader. */
export function realGlossary(): GlossaryEntry[] {
  if (!realEntries) {
    const file = path.join(repoRoot(), 'data', 'glossary.json');
    const { terms } = parseGlossaryJson(fs.readFileSync(file, 'utf8'), 'bench:glossary.json');
    realEntries = terms.map(t => ({
      name: t.name, aliases: [...t.aliases], category: t.category ?? 'other', definition: t.definition,
      facts: [...t.facts], related: [...t.related], sources: [...t.sources],
    }));
  }
  return realEntries;
}

let sample: string | undefined;

export function sampleEditorial(): string {
  sample ??= fs.readFileSync(path.join(repoRoot(), 'data', 'editorials', 'indo-us-editorial.md'), 'utf8');
  return sample;
}

// ---------------------------------------------------------------------------------------------
// Words: a bigram model of the sample editorial's prose, so generated text reads like it.

interface WordModel {
  starts: string[];
  next: Map<string, string[]>;
  words: string[];
}

let model: WordModel | undefined;

function wordModel(): WordModel {
  if (model) return model;
  const plain = sampleEditorial()
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\\$/g, '$')
    .replace(/[*#>]/g, ' ')
    .replace(/^\s*[-]\s+/gm, ' ');
  const starts: string[] = [];
  const next = new Map<string, string[]>();
  const words: string[] = [];
  for (const sentence of plain.split(/(?<=[.?!])\s+|\n\s*\n/)) {
    const ws = sentence.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).map(w => w.replace(/[.?!:;,]+$/, ''));
    if (ws.length < 4) continue;
    starts.push(ws[0]);
    for (let k = 0; k < ws.length; k++) {
      words.push(ws[k]);
      if (k + 1 < ws.length) {
        const list = next.get(ws[k]) ?? [];
        list.push(ws[k + 1]);
        next.set(ws[k], list);
      }
    }
  }
  model = { starts, next, words };
  return model;
}

/** A run of `n` words from the model, without final punctuation. */
function words(rng: Rng, n: number): string[] {
  const m = wordModel();
  const out: string[] = [];
  let w = rng.pick(m.starts);
  while (out.length < n) {
    out.push(w);
    const options = m.next.get(w);
    w = options && !rng.chance(0.08) ? rng.pick(options) : rng.pick(m.words);
  }
  return out;
}

function sentence(rng: Rng, min: number, max: number): string {
  const ws = words(rng, rng.between(min, max));
  ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
  return ws.join(' ') + '.';
}

const title = (w: string) => w[0].toUpperCase() + w.slice(1);

// ---------------------------------------------------------------------------------------------
// Glossaries

const ONSETS = ['b', 'bh', 'ch', 'd', 'dh', 'g', 'j', 'k', 'kh', 'l', 'm', 'n', 'p', 'r', 's', 'sh', 't', 'th', 'v', 'y'];
const VOWELS = ['a', 'a', 'e', 'i', 'o', 'u', 'ai', 'aa'];
const CODAS = ['', '', '', 'n', 'r', 's', 'm', 'l'];
const HEADS = ['National', 'International', 'Global', 'Regional', 'Strategic', 'Joint', 'Integrated', 'Digital', 'Green', 'Bilateral', 'Pradhan Mantri', 'Indo'];
const AREAS = ['Energy', 'Security', 'Technology', 'Space', 'Trade', 'Water', 'Defence', 'Maritime', 'Climate', 'Innovation', 'Health', 'Data', 'Semiconductor', 'Critical Minerals', 'Infrastructure', 'Skill', 'Nuclear', 'Cyber', 'Agriculture', 'Rail', 'Ocean'];
const TAILS = ['Mission', 'Initiative', 'Alliance', 'Partnership', 'Agreement', 'Programme', 'Framework', 'Scheme', 'Corridor', 'Dialogue', 'Council', 'Accord', 'Exercise', 'Fund', 'Forum', 'Treaty', 'Policy', 'Platform', 'Organisation'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function coin(rng: Rng): string {
  let w = '';
  const syllables = rng.between(2, 3);
  for (let k = 0; k < syllables; k++) w += rng.pick(ONSETS) + rng.pick(VOWELS) + (k === syllables - 1 ? rng.pick(CODAS) : '');
  return title(w);
}

function generatedName(rng: Rng): string {
  switch (rng.int(7)) {
    case 0: return `${rng.pick(HEADS)} ${coin(rng)} ${rng.pick(TAILS)}`;
    case 1: return `${coin(rng)} ${rng.pick(AREAS)} ${rng.pick(TAILS)}`;
    case 2: return `${rng.pick(HEADS)} ${rng.pick(AREAS)} ${rng.pick(TAILS)} for ${coin(rng)}`;
    case 3: return `${coin(rng)}-${coin(rng)} ${rng.pick(AREAS)} ${rng.pick(TAILS)}`;
    case 4: return `Operation ${coin(rng)}`;
    case 5: return `${coin(rng)} ${rng.pick(AREAS)} Act, ${rng.between(1950, 2024)}`;
    default: return `${coin(rng)} ${coin(rng)}`;
  }
}

function abbreviation(rng: Rng): string {
  let a = '';
  const n = rng.between(2, 6);
  for (let k = 0; k < n; k++) a += rng.pick([...LETTERS]);
  if (rng.chance(0.15)) a += rng.chance(0.5) ? `-${rng.pick([...LETTERS])}` : String(rng.between(2, 30));
  return a;
}

function initials(name: string): string | undefined {
  const caps = name.split(/[\s-]+/).filter(w => /^[A-Z]/.test(w)).map(w => w[0]).join('');
  return caps.length >= 2 && caps.length <= 6 ? caps : undefined;
}

/**
 * A glossary of `count` entries: the bundled ones first (all of them when count is at least their number), then generated
 * names (some with an initials alias) and all-caps abbreviations (some with their long form).
 * No two entries share a name or alias.
 */
export function generateGlossary(count: number, seed = 1): GlossaryEntry[] {
  const rng = new Rng(seed);
  const real = realGlossary();
  const out: GlossaryEntry[] = real.slice(0, count);
  const used = new Set(out.flatMap(e => [e.name, ...e.aliases]).map(s => s.toLowerCase()));
  const fresh = (text: string | undefined): text is string => !!text && !used.has(text.toLowerCase()) && !!used.add(text.toLowerCase());
  while (out.length < count) {
    let name: string;
    const aliases: string[] = [];
    if (rng.chance(0.15)) {
      name = abbreviation(rng);
      if (!fresh(name)) continue;
      if (rng.chance(0.6)) {
        const long = generatedName(rng);
        if (fresh(long)) aliases.push(long);
      }
    } else {
      name = generatedName(rng);
      if (!fresh(name)) continue;
      const short = initials(name);
      if (rng.chance(0.4) && fresh(short)) aliases.push(short);
      if (rng.chance(0.1) && fresh(name.replace('Programme', 'Program').replace('Defence', 'Defense'))) aliases.push(name.replace('Programme', 'Program').replace('Defence', 'Defense'));
    }
    out.push({
      name,
      aliases,
      category: rng.pick(CATEGORIES),
      definition: `${sentence(rng, 14, 26)} ${sentence(rng, 10, 20)}`,
      facts: Array.from({ length: rng.between(2, 4) }, () => sentence(rng, 10, 22)),
      related: Array.from({ length: rng.between(0, 3) }, () => rng.pick(out).name),
      sources: [`https://example.org/glossary/${encodeURIComponent(name.toLowerCase().replace(/\s+/g, '-'))}`],
    });
  }
  return out;
}

/** The glossary as a glossary file (data/glossary.schema.json). */
export function glossaryJson(entries: readonly GlossaryEntry[]): string {
  return JSON.stringify({ terms: entries }, null, 2);
}

/** Every name and alias as a matcher pattern, keyed like GlossaryIndex does (lower-cased name). */
export function toPatterns(entries: readonly GlossaryEntry[]): MatcherPattern[] {
  return entries.flatMap(e => [e.name, ...e.aliases].map(text => ({ key: e.name.toLowerCase(), text })));
}

// ---------------------------------------------------------------------------------------------
// Notes

/** How a student writes a term: as is, lower-cased, with a hyphen for a space, or glued to a suffix. */
function mention(rng: Rng, entries: readonly GlossaryEntry[]): string {
  // Half of the mentions are of the bundled terms, as in notes on the bundled editorials.
  const e = rng.chance(0.5) ? entries[rng.int(Math.min(entries.length, 63))] : rng.pick(entries);
  const text = rng.chance(0.7) ? e.name : rng.pick([e.name, ...e.aliases]);
  const r = rng.float();
  if (r < 0.15 && !isCaseSensitivePattern(text)) return text.toLowerCase();
  if (r < 0.25) return text.includes(' ') ? text.replace(' ', '-') : text.replace('-', ' ');
  if (r < 0.3) return text + 's';
  return text;
}

function noteSentence(rng: Rng, entries: readonly GlossaryEntry[]): string {
  const out: string[] = [];
  const n = rng.between(8, 24);
  for (const w of words(rng, n)) out.push(rng.chance(0.07) ? mention(rng, entries) : w);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return out.join(' ') + rng.pick(['.', '.', '.', ';', '?', ' —']);
}

/** Breaks text into lines of about `width` characters, at spaces (terms end up split over lines). */
function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = indent + w;
    } else {
      line = line ? `${line} ${w}` : w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A markdown note: headings, wrapped paragraphs and bullet lists that mention glossary terms. */
export function generateNote(limit: { chars?: number; lines?: number }, entries: readonly GlossaryEntry[], seed = 2): string {
  const rng = new Rng(seed);
  const out: string[] = [];
  let chars = 0;
  const maxChars = limit.chars ?? Infinity;
  const maxLines = limit.lines ?? Infinity;
  const push = (line: string) => {
    out.push(line);
    chars += line.length + 1;
  };
  while (chars < maxChars && out.length < maxLines) {
    const r = rng.float();
    if (r < 0.06) {
      push(`## ${words(rng, rng.between(2, 6)).map(title).join(' ')}`);
    } else if (r < 0.4) {
      for (let k = rng.between(2, 6); k > 0; k--) {
        const nested = rng.chance(0.3);
        const prefix = nested ? '  - ' : '- ';
        for (const line of wrap(prefix + noteSentence(rng, entries), rng.between(70, 110), nested ? '    ' : '  ')) push(line);
      }
    } else {
      const text = Array.from({ length: rng.between(2, 5) }, () => noteSentence(rng, entries)).join(' ');
      for (const line of wrap(text, rng.between(70, 110))) push(line);
    }
    push('');
  }
  let text = out.join('\n');
  if (out.length > maxLines) text = out.slice(0, maxLines).join('\n');
  return maxChars < Infinity ? text.slice(0, maxChars) : text;
}

// ---------------------------------------------------------------------------------------------
// Editorials

const PARTNERS = ['the US', 'Japan', 'France', 'Australia', 'the UK', 'Germany', 'Russia', 'the UAE', 'Saudi Arabia', 'Brazil', 'Indonesia', 'Vietnam', 'Canada', 'South Korea', 'Israel', 'Egypt', 'Nigeria', 'Kenya', 'Bangladesh', 'Sri Lanka', 'Nepal', 'Bhutan', 'the Maldives', 'Singapore', 'the EU', 'ASEAN', 'Central Asia', 'Africa'];
const TOPICS = ['Urban Governance', 'Groundwater Management', 'Green Hydrogen', 'Cooperative Federalism', 'Inland Waterways', 'Digital Public Infrastructure', 'Judicial Pendency', 'Millet Production', 'Coastal Security', 'the Semiconductor Ecosystem', 'Higher Education', 'Critical Minerals', 'Disaster Resilience', 'Tribal Welfare', 'MSME Credit'];
const NEWSPAPERS = ['Hindustan Times', 'The Hindu', 'Indian Express', 'Livemint', 'Business Standard', 'Times of India', 'The Print', 'Deccan Herald'];

const SECTION_HEADINGS: Record<'cooperation' | 'issues' | 'measures' | 'groupings', { partner: string[]; topic: string[] }> = {
  cooperation: {
    partner: ['What are the Key Areas of Cooperation Between India and {P}?', 'What are the Major Areas of Collaboration Between India and {P}?'],
    topic: ['What is the Significance of {T} for India?', 'What are the Key Opportunities in {T}?'],
  },
  issues: {
    partner: ['What are the Key Areas of Friction Between India and {P}?', 'What are the Major Irritants in India–{P} Relations?'],
    topic: ['What are the Major Challenges Facing {T}?', 'What are the Key Issues Associated with {T}?'],
  },
  measures: {
    partner: ['What Measures India Can Adopt to Further Enhance Ties with {P}?', 'What Steps can India Take to Deepen Ties with {P}?'],
    topic: ['What Steps can be Taken to Strengthen {T}?', 'What Reforms are Needed in {T}?'],
  },
  groupings: {
    partner: ['What are the Key Groupings that India and {P} Are Part of?', 'What are the Multilateral Forums Where India and {P} Engage?'],
    topic: ['What are the Multilateral Forums Relevant to {T}?', 'What are the Key Groupings Working on {T}?'],
  },
};

interface EditorialContext {
  rng: Rng;
  entries: readonly GlossaryEntry[];
  /** Term names this editorial lists under For Prelims and mentions in its text. */
  terms: string[];
}

/** Prose with bold spans, an occasional "[link](#)" and term names. */
function richText(ctx: EditorialContext, min: number, max: number, end = '.'): string {
  const { rng } = ctx;
  const ws = words(rng, rng.between(min, max));
  const out: string[] = [];
  for (let k = 0; k < ws.length; k++) {
    const r = rng.float();
    if (r < 0.04) out.push(`[${rng.pick(ctx.terms)}](#)`);
    else if (r < 0.08) out.push(rng.pick(ctx.terms));
    else if (r < 0.16 && k + 3 < ws.length) {
      const n = rng.between(2, 5);
      out.push(`**${ws.slice(k, Math.min(ws.length, k + n)).join(' ')}**`);
      k += n - 1;
    } else out.push(ws[k]);
  }
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1) + end;
}

function lead(rng: Rng): string {
  return words(rng, rng.between(2, 5)).map(w => (w.length > 3 ? title(w) : w)).join(' ').replace(/^./, c => c.toUpperCase());
}

/** One point section: bold-lead bullets with sub-points; sometimes damaged by a page break. */
function pointSection(ctx: EditorialContext, lines: string[]): void {
  const { rng } = ctx;
  const points = rng.between(5, 9);
  for (let p = 0; p < points; p++) {
    lines.push(`- **${lead(rng)}:** ${richText(ctx, 14, 32)}`);
    const subs = rng.between(1, 3);
    for (let s = 0; s < subs; s++) {
      const damage = rng.float();
      if (damage < 0.03) {
        // A page break cuts the sub-point; the rest comes out as a lower-case paragraph.
        lines.push(`  - ${richText(ctx, 8, 16, '')}`, '', `${words(rng, rng.between(3, 8)).join(' ').toLowerCase()} **${words(rng, 2).join(' ')}** ${words(rng, 3).join(' ')}.`, '');
      } else if (damage < 0.05) {
        // …or as a bold paragraph.
        lines.push(`  - ${richText(ctx, 8, 16, ',')}`, '', `**${words(rng, rng.between(3, 6)).join(' ').toLowerCase()}.**`, '');
      } else if (damage < 0.06) {
        // …after several blank lines.
        lines.push(`    - ${richText(ctx, 8, 16, '')}`, '', '', '', `${words(rng, 1)[0].toLowerCase()}.`, '');
      } else if (damage < 0.09) {
        // Sub-points that lost their indentation: top-level bullets without a bold lead.
        lines.push(`- ${richText(ctx, 10, 24)}`);
      } else {
        lines.push(`  - ${richText(ctx, 10, 26)}`);
        if (rng.chance(0.3)) lines.push(`    - ${richText(ctx, 8, 20)}`);
      }
    }
  }
}

/** Editorial number `index` of a library generated with `seed`. */
export function generateEditorial(index: number, entries: readonly GlossaryEntry[], seed = 3): string {
  const rng = new Rng((seed * 1_000_003 + index * 7919) >>> 0);
  const names = entries.map(e => e.name);
  const ctx: EditorialContext = { rng, entries, terms: Array.from({ length: rng.between(5, 9) }, () => rng.pick(names)) };
  const bilateral = rng.chance(0.6);
  const partner = rng.pick(PARTNERS);
  const topic = rng.pick(TOPICS);
  const fill = (s: string) => s.replace('{P}', partner).replace('{T}', topic);
  const heading = (level: number, text: string) => `${'#'.repeat(level)} ${rng.chance(0.3) ? `**${text}**` : text}`;
  const lines: string[] = ['', ''];

  lines.push(`## ${bilateral ? `${rng.pick(['Strengthening', 'Reviving', 'Deepening', 'Rebalancing'])} India–${partner.replace(/^the /, '')} ${rng.pick(['Strategic Partnership', 'Relations', 'Economic Ties', 'Engagement'])}` : `${rng.pick(['Reforming', 'Securing', 'Rethinking', 'Strengthening'])} ${topic}`}`, '');
  const d = rng.between(1, 28);
  const m = rng.between(1, 12);
  lines.push(`*This editorial is based on “[${sentence(rng, 4, 8).replace(/\.$/, '')}](#)” which was published in ${rng.pick(NEWSPAPERS)} on ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${rng.between(2019, 2025)}. ${richText(ctx, 14, 26)}*`, '');
  lines.push(`**For Prelims:** ${ctx.terms.map(t => `[${t}](#)`).join(', ')}`, '');
  lines.push(`**For Mains:** ${lead(rng)}, ${lead(rng)}.`, '');
  lines.push(`${richText(ctx, 40, 80)} ${richText(ctx, 20, 40)}`, '');

  for (const kind of ['cooperation', 'issues', 'measures', 'groupings'] as const) {
    const templates = SECTION_HEADINGS[kind][bilateral ? 'partner' : 'topic'];
    lines.push(heading(rng.chance(0.3) ? 3 : 2, fill(rng.pick(templates))), '');
    if (kind === 'groupings') {
      for (let k = rng.between(3, 7); k > 0; k--) lines.push(`- **${rng.pick(names)}:** ${richText(ctx, 10, 24)}`);
    } else {
      pointSection(ctx, lines);
    }
    lines.push('');
  }

  lines.push('## Conclusion:', '', `${richText(ctx, 30, 60)} ${richText(ctx, 20, 40)}`, '');
  lines.push(heading(3, 'Drishti Mains Question:'), '', `${sentence(rng, 12, 24).replace(/\.$/, '?')} ${sentence(rng, 8, 16).replace(/\.$/, '?')}`, '');
  lines.push('## UPSC Civil Services Examination, Previous Year Question (PYQ)', '');
  if (rng.chance(0.4)) {
    lines.push('### Prelims', '', `Q. ${sentence(rng, 10, 18).replace(/\.$/, '?')} (${rng.between(2013, 2024)})`, '',
      `(a) ${rng.pick(names)}  (b) ${rng.pick(names)}  (c) ${rng.pick(names)}  (d) ${rng.pick(names)}`, '', '### Mains', '');
  }
  lines.push(`Q. '${sentence(rng, 16, 30)}' ${rng.pick(['Explain with suitable examples.', 'Discuss.', 'Critically analyse.', 'Comment.'])} (${rng.between(2013, 2024)})`, '');
  return lines.join('\n');
}

export function generateEditorials(count: number, entries: readonly GlossaryEntry[], seed = 3): string[] {
  return Array.from({ length: count }, (_, k) => generateEditorial(k, entries, seed));
}
