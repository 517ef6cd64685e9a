// A saved or copied web page (HTML) → editorial markdown, for core/importer. Pure: no I/O, no VS Code.
//
// The HTML is parsed with domino (`createDocument`) into a DOM of plain JavaScript objects, and
// turndown is given that DOM node, never a string: turndown parses strings with the global
// DOMParser, which does not exist in the web-worker extension host, and with domino only in Node.
// Markup is never removed with regular expressions: every decision below is made on DOM nodes.
//
// The steps, in the order htmlToMarkdown runs them, and where each is done:
//  - depthGuard: HTML nested too deeply is refused before it is parsed;
//  - article: which part of the page is the editorial (furniture, title heading, page chrome, the
//    container), steps 1–4 there;
//  - cleanup: the container prepared for turndown (text, deep nesting, tables, labelled link
//    lists, glued bold runs, line breaks);
//  - turndownRules (with emphasis, links, altText): the markdown written;
//  - tidyMarkdown: blank lines and trailing spaces; notes: what was done, for the import notes.
// Whether a text is HTML at all is looksLikeHtml's question. The libraries (domino, turndown, the
// GFM plugin) load on first use: loadLibraries, htmlLibraries.
import { findTitleHeading, pickContainer, removeFurniture, removePageChrome } from './article';
import { breaksOutOfRuns, cleanText, flattenDeep, inlineLabelledLinkLists, mergeGluedRuns, prepareTables, textBeforeListItems, tidyLineBreaks } from './cleanup';
import { MAX_PARSE_DEPTH, roughDepth } from './depthGuard';
import { pageAddress } from './links';
import { loadLibraries } from './loadLibraries';
import { Counter, Stats, conversionNotes } from './notes';
import { tidy } from './tidyMarkdown';
import { makeService } from './turndownRules';
import { pageText } from './pageText';

export interface HtmlToMarkdownResult {
  markdown: string;
  /** What was done, for the import notes; the first is "converted from HTML (N tables, M links)". */
  notes: string[];
  /** Pipe tables written. */
  tables: number;
  /** Links kept (http and https only). */
  links: number;
  /**
   * The page's text (pageText.ts), when it could not be converted: nested too deeply, an error
   * of the parser or converter, or nothing readable left (broken markup that swallowed the
   * article). The import then reads it as plain text, and `notes[0]` says why.
   */
  text?: string;
}

const HAS_WORD = /[\p{L}\p{N}]/u;
const WORDS = /[\p{L}\p{N}]+/gu;
/** A page whose HTML gave nothing is read as text when its text has at least this many words. */
const MIN_WORDS_AS_TEXT = 30;

/** HTML → editorial markdown and notes; the page's text instead when that gives nothing. Never throws. */
export function htmlToMarkdown(html: string): HtmlToMarkdownResult {
  const source = typeof html === 'string' ? html : '';
  const converted = convertPage(source);
  if (HAS_WORD.test(converted.markdown)) return converted;
  const failed = converted.notes[0]?.startsWith('no conversion: ');
  const text = pageText(source);
  // A page that converts to nothing is read as text only when it has an article's worth of it: a
  // page of links alone (a menu) is no editorial.
  if (!HAS_WORD.test(text) || (!failed && (text.match(WORDS)?.length ?? 0) < MIN_WORDS_AS_TEXT)) return converted;
  const why = failed ? converted.notes[0].slice('no conversion: '.length) : 'no text was left after reading the page as HTML (broken markup)';
  return { markdown: '', notes: [`read the page as plain text: ${why}`], tables: 0, links: 0, text };
}

function convertPage(source: string): HtmlToMarkdownResult {
  const depth = roughDepth(source);
  if (depth > MAX_PARSE_DEPTH) {
    return { markdown: '', notes: [`no conversion: the HTML nests elements about ${depth} levels deep (more than ${MAX_PARSE_DEPTH}); copy the page's text instead`], tables: 0, links: 0 };
  }
  const stats: Stats = { links: 0, droppedLinks: 0, images: 0, altKept: 0, emphasisFixed: 0, emphasisDropped: 0 };
  let base: string | undefined;
  try {
    const doc = loadLibraries().createDocument(source, true);
    const body = doc.body ?? doc.documentElement;
    if (!body) return { markdown: '', notes: ['no conversion: the HTML has no body'], tables: 0, links: 0 };
    base = pageAddress(doc);

    const removed: Counter = {};
    removeFurniture(body, removed);
    const title = findTitleHeading(doc, body);
    removePageChrome(body, title, removed);
    const picked = pickContainer(doc, body, title);
    const root = picked.root;

    cleanText(root);
    const flattened = flattenDeep(root);
    textBeforeListItems(root);
    breaksOutOfRuns(root);
    const tableNotes: Counter = {};
    const tables = prepareTables(root, tableNotes);
    const linkLines = inlineLabelledLinkLists(root);
    const merged = mergeGluedRuns(root);
    tidyLineBreaks(root);

    const service = makeService(stats, () => base);
    const markdown = tidy(service.turndown(root as unknown as HTMLElement));

    const notes = conversionNotes({ tables, how: picked.how, removed, tableNotes, linkLines, merged, flattened, stats });
    return { markdown, notes, tables, links: stats.links };
  } catch (err) {
    // turndown and domino recurse; whatever slips past the guards above ends here, not in the caller.
    return { markdown: '', notes: [`no conversion: the HTML could not be read (${err instanceof Error ? err.message : String(err)})`], tables: 0, links: 0 };
  }
}
