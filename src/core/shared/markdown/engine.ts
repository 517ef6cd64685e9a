// The one markdown engine: a single markdown-it instance (html off: editorials and glossaries come
// from anywhere) that the parser tokenizes with and every rendering (summaries, cards, hovers'
// text) renders with. Two modes share it:
//  - tokenize: the text as written — no typographic quotes, dashes or auto-links, so what the
//    parser reads, matches and exports is exactly the editorial's text;
//  - render: typographic punctuation and linkified web addresses, prelims terms as links (when the
//    caller gives a term lookup), headings moved under the page's own, and the "↗" links to a
//    point's source line named for screen readers — all by markdown-it rules, never by patching
//    the HTML afterwards.
// The mode is the render call's `env`: markdown-it passes it to every rule.
import MarkdownIt from 'markdown-it';
import { attrText } from './tokens';
import { brAsLineBreak, closeBoldBeforeBreak, keepOptionLetters, mergeGluedRuns, SOURCE_HREF, termLinks, type TermLookup } from './renderRules';

type Token = MarkdownIt.Token;
type Engine = MarkdownIt.MarkdownIt;

export interface RenderOptions {
  /** Glossary terms in text become `#term-<id>` links. */
  readonly terms?: TermLookup;
  /** The level the text's `#` headings take (h1 → h`headingLevel`; deeper ones follow, up to h6). */
  readonly headingLevel?: number;
  /** The accessible name of the "↗" links to a point's source line (`#src-N`). */
  readonly sourceLinkLabel?: string;
}

/** What rules see in `state.env`: set by `render`, absent when tokenizing. */
export interface EngineEnv extends MarkdownIt.Env {
  readonly render?: RenderOptions;
}

/** The render options a rule was called with (none when tokenizing). */
const renderOf = (env: MarkdownIt.Env | undefined): RenderOptions | undefined => (env as EngineEnv | undefined)?.render;

let engine: Engine | undefined;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRule = (state: { env: EngineEnv }, ...rest: any[]) => any;
interface AnyRuler { at(name: string, fn: AnyRule): void }

/** Makes the named rule of a ruler run only when rendering. */
function renderOnly(ruler: unknown, name: string): void {
  const r = ruler as AnyRuler & { __rules__: { name: string; fn: AnyRule }[] };
  const original = r.__rules__.find(rule => rule.name === name)?.fn;
  if (!original) throw new Error(`markdown-it has no rule "${name}"`);
  r.at(name, (state, ...rest) => (state.env?.render ? original(state, ...rest) : false));
}

function create(): Engine {
  const md = new MarkdownIt('default', { html: false, linkify: true, typographer: true });
  // Typographic punctuation and auto-links belong to the page, not to the text the parser reads.
  renderOnly(md.core.ruler, 'replacements');
  renderOnly(md.core.ruler, 'smartquotes');
  renderOnly(md.core.ruler, 'linkify');
  renderOnly(md.inline.ruler, 'linkify');
  md.core.ruler.before('replacements', 'upsc_option_letters', state => {
    if ((state.env as EngineEnv)?.render) keepOptionLetters(state);
  });
  md.core.ruler.after('normalize', 'upsc_close_bold_before_break', state => { state.src = mergeGluedRuns(closeBoldBeforeBreak(state.src)); });
  md.core.ruler.push('upsc_br_breaks', brAsLineBreak);
  md.core.ruler.push('upsc_term_links', state => {
    const terms = (state.env as EngineEnv)?.render?.terms;
    if (terms) termLinks(state, terms);
  });
  const headingLevel = (token: Token, env: MarkdownIt.Env | undefined) => {
    const min = renderOf(env)?.headingLevel ?? 1;
    return `h${Math.min(6, Number(token.tag.slice(1)) + min - 1)}`;
  };
  md.renderer.rules.heading_open = (tokens, i, options, env, self) => {
    tokens[i].tag = headingLevel(tokens[i], env);
    return self.renderToken(tokens, i, options);
  };
  md.renderer.rules.heading_close = (tokens, i, options, env, self) => {
    tokens[i].tag = headingLevel(tokens[i], env);
    return self.renderToken(tokens, i, options);
  };
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    const label = renderOf(env)?.sourceLinkLabel;
    const href = attrText(tokens[i], 'href') ?? '';
    // "[↗](#src-12)": the arrow alone says nothing to a screen reader.
    if (label && href.startsWith(SOURCE_HREF) && tokens[i + 1]?.type === 'text' && tokens[i + 1].content === '↗' && tokens[i + 2]?.type === 'link_close') {
      tokens[i].attrJoin('class', 'src-arrow');
      tokens[i].attrSet('title', label);
      tokens[i].attrSet('aria-label', label);
    }
    return self.renderToken(tokens, i, options);
  };
  return md;
}

function theEngine(): Engine {
  engine ??= create();
  return engine;
}

/** markdown-it's tokens of `text`, as written (see the tokenize mode above). */
export function tokenizeMarkdown(text: string): Token[] {
  return theEngine().parse(text, {});
}

/** HTML of `markdown` for a webview or a card (see the render mode above). */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const env: EngineEnv = { render: options };
  return theEngine().render(markdown, env);
}
