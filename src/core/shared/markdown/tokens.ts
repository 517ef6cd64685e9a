// Reading markdown-it tokens: what every walker over tokens needs and markdown-it's types leave
// loose.
import type MarkdownIt from 'markdown-it';

/** A token's attribute as text (markdown-it 15 types attribute values as string or number). */
export function attrText(token: MarkdownIt.Token, name: string): string | null {
  const value = token.attrGet(name);
  return value === null ? null : String(value);
}
