// Steps 1–4 of the HTML conversion; htmlToMarkdown runs them in this order.
//
// Which part of the page is the editorial (a general rule, no site-specific class names):
//  1. Page furniture goes first: script, style, noscript, template, iframe, object, embed, nav,
//     aside, button, svg, math, media, form fields, dialogs, comments; elements with an ARIA role
//     that says the same (navigation, search, complementary, dialog, menu, toolbar …); hidden
//     elements (`hidden`, `aria-hidden="true"`, inline `display:none` / `visibility:hidden`, the
//     screen-reader-only classes sr-only / visually-hidden / screen-reader-text). A <form> goes
//     too, unless it holds half the page's text (ASP.NET-style pages wrap the whole body in one).
//  2. The title heading: the h1/h2 whose text is part of the page's <title> (or og:title); the
//     longest such heading, so a site-name logo "<h1>Site</h1>" does not win over the article
//     title. Failing that, the first h1, else the first h2.
//  3. Footers go (<footer>, role=contentinfo): the site's, and an article's own, which holds
//     share buttons, author boxes and "Previous / Next" links, not the editorial. Headers go
//     (<header>, role=banner) when they are the page's, i.e. not inside an <article> or <main>;
//     an article's own header holds its title, date and tags and stays. A title heading inside a
//     page header is moved out first, so it survives.
//  4. The container: "landmarks" are <article>, <main>, role=main and role=article elements
//     that hold at least a quarter of the page's remaining text (a teaser card is not one).
//       a. the nearest landmark around the title heading;
//       b. else the landmark with the most text; a title heading before it is put in front;
//       c. else the smallest element around the title heading that holds at least half of the
//          page's remaining text ("the smallest element containing the first h1 and most of
//          the text": a sidebar or a "latest news" box is then left out);
//       d. else the whole body.
import { TEXT, collapseSpace, elementsUnder, isElement, measureText, nameOf, remove } from './dom';
import { Counter, count } from './notes';

/** Elements that are never part of an article's text. */
const JUNK = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'nav',
  'aside', 'button', 'svg', 'math', 'canvas', 'video', 'audio', 'map', 'select', 'textarea', 'input', 'option',
  'datalist', 'link', 'meta', 'base', 'title', 'head', 'dialog', 'portal', 'slot',
]);
const JUNK_ROLES = new Set([
  'navigation', 'search', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'tooltip', 'button',
]);
const HIDDEN_CLASSES = new Set(['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?=;|$)/i;
const PAGE_CHROME = new Set(['header', 'footer']);
const PAGE_CHROME_ROLES = new Set(['banner', 'contentinfo']);
const LANDMARK_ROLES = new Set(['main', 'article']);

function role(el: Element): string {
  return (el.getAttribute('role') ?? '').trim().toLowerCase();
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || (el.getAttribute('aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  return !!cls && cls.split(/\s+/).some(c => HIDDEN_CLASSES.has(c.toLowerCase()));
}

/** Why an element is page furniture, or '' if it is not. */
function junkReason(el: Element): string {
  const name = nameOf(el);
  if (JUNK.has(name)) return `<${name}>`;
  const r = role(el);
  if (JUNK_ROLES.has(r)) return `role=${r}`;
  if (isHidden(el)) return 'hidden';
  return '';
}

function describe(el: Element): string {
  const name = nameOf(el);
  const id = el.getAttribute('id');
  const cls = collapseSpace(el.getAttribute('class') ?? '').split(' ')[0];
  return `<${name}${id ? `#${id}` : cls ? `.${cls}` : ''}>`;
}

/** Step 1: page furniture, comments and hidden elements. */
export function removeFurniture(body: Element, removed: Counter): void {
  const doomed: Node[] = [];
  const stack: Node[] = [body];
  let comments = 0;
  while (stack.length) {
    const n = stack.pop()!;
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (isElement(c)) {
        const why = junkReason(c);
        if (why) {
          doomed.push(c);
          count(removed, why);
        } else stack.push(c);
      } else if (c.nodeType !== TEXT) {
        doomed.push(c); // comments, processing instructions, CDATA
        if (c.nodeType === 8) comments++;
      }
    }
  }
  for (const n of doomed) remove(n);
  if (comments) count(removed, 'comments', comments);
  // Forms: a search box or newsletter sign-up goes; a form that wraps the page stays.
  const size = measureText(body);
  const total = size.get(body) ?? 0;
  for (const form of elementsUnder(body).filter(e => nameOf(e) === 'form')) {
    if (!form.parentNode || (size.get(form) ?? 0) >= 0.5 * total) continue;
    remove(form);
    count(removed, '<form>');
  }
}

/** Step 2: the title heading. */
export function findTitleHeading(doc: Document, body: Element): Element | undefined {
  const titles: string[] = [];
  const titleEl = doc.querySelector('title');
  if (titleEl?.textContent) titles.push(titleEl.textContent);
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:title' || key === 'twitter:title') titles.push(meta.getAttribute('content') ?? '');
  }
  const wanted = titles.map(t => collapseSpace(t).toLowerCase()).filter(Boolean);
  const headings = elementsUnder(body).filter(e => nameOf(e) === 'h1' || nameOf(e) === 'h2');
  let best: Element | undefined;
  let bestLength = 0;
  for (const h of headings) {
    const text = collapseSpace(h.textContent ?? '').toLowerCase();
    if (text.length >= 3 && text.length > bestLength && wanted.some(t => t.includes(text))) {
      best = h;
      bestLength = text.length;
    }
  }
  return best ?? headings.find(h => nameOf(h) === 'h1') ?? headings[0];
}

function isLandmark(el: Element): boolean {
  const name = nameOf(el);
  return name === 'article' || name === 'main' || LANDMARK_ROLES.has(role(el));
}

/** Step 3: footers, and the site's banner. */
export function removePageChrome(body: Element, title: Element | undefined, removed: Counter): void {
  for (const el of elementsUnder(body)) {
    if (!el.parentNode || !(PAGE_CHROME.has(nameOf(el)) || PAGE_CHROME_ROLES.has(role(el)))) continue;
    const footer = nameOf(el) === 'footer' || role(el) === 'contentinfo';
    let inArticle = false;
    let attached = false;
    for (let p: Node | null = el.parentNode; p; p = p.parentNode) {
      if (p === body) { attached = true; break; }
      if (isElement(p) && isLandmark(p)) inArticle = true;
    }
    if ((inArticle && !footer) || !attached) continue;
    if (title && el.contains(title)) el.parentNode.insertBefore(title, el);
    count(removed, PAGE_CHROME.has(nameOf(el)) ? `<${nameOf(el)}>` : `role=${role(el)}`);
    remove(el);
  }
}

export interface Picked { root: Element; how: string }

/** Step 4: the element that holds the editorial. */
export function pickContainer(doc: Document, body: Element, title: Element | undefined): Picked {
  const size = measureText(body);
  const total = size.get(body) ?? 0;
  const share = (el: Element) => (total ? (size.get(el) ?? 0) / total : 0);
  const percent = (el: Element) => `${Math.round(share(el) * 100)}% of the text left`;
  const all = elementsUnder(body);
  const landmarks = all.filter(e => isLandmark(e) && share(e) >= 0.25);
  if (title) {
    for (let p = title.parentNode; p && p !== body; p = p.parentNode) {
      if (isElement(p) && landmarks.includes(p)) return { root: p, how: `${describe(p)} around the title heading (${percent(p)})` };
    }
  }
  if (landmarks.length) {
    let best = landmarks[0];
    for (const l of landmarks) if ((size.get(l) ?? 0) > (size.get(best) ?? 0)) best = l;
    const how = `${describe(best)} (${percent(best)})`;
    if (title && !best.contains(title) && all.indexOf(title) < all.indexOf(best)) {
      const wrapper = doc.createElement('div');
      best.parentNode?.insertBefore(wrapper, best);
      wrapper.appendChild(title);
      wrapper.appendChild(best);
      return { root: wrapper, how: `${how}, with the title heading before it` };
    }
    return { root: best, how };
  }
  if (title) {
    for (let p = title.parentNode; p; p = p.parentNode) {
      if (isElement(p) && (p === body || share(p) >= 0.5)) {
        return { root: p, how: p === body ? 'the whole page' : `${describe(p)}, the smallest element around the title heading with most of the text (${percent(p)})` };
      }
    }
  }
  return { root: body, how: 'the whole page' };
}
