// The first half of a parse: front matter split off, the body tokenized by markdown-it.
import type MarkdownIt from 'markdown-it';
import { FrontMatterSplit, splitFrontMatter } from '../../shared/frontMatter';
import { tokenizeMarkdown } from '../../shared/markdown/engine';

type Token = MarkdownIt.Token;

/**
 * The first half of a parse: front matter split off, the body tokenized by markdown-it (about
 * half the time of a parse). The library's background scan runs the two halves as separate jobs,
 * so that no single job blocks the extension host for a whole cold parse.
 */
export interface TokenizedEditorial {
  readonly frontMatter: FrontMatterSplit['frontMatter'];
  readonly body: string;
  readonly tokens: readonly Token[];
}

export function tokenizeEditorial(text: string): TokenizedEditorial {
  const { frontMatter, body } = splitFrontMatter(text);
  return { frontMatter, body, tokens: tokenizeMarkdown(body) };
}
