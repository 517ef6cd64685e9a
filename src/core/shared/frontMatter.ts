// YAML-style front matter ("---\ntype: editorial\n---") read as flat `key: value` pairs.
// The block is blanked, not removed, so line numbers in the body still match the file.

export interface FrontMatterSplit {
  frontMatter: Record<string, string>;
  body: string;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): FrontMatterSplit {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { frontMatter: {}, body: text.replace(/^\uFEFF/, '') };
  const frontMatter: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (kv) frontMatter[kv[1].toLowerCase()] = kv[2].replace(/^["']|["']$/g, '');
  }
  // One \n per line break of the block (\r\n, \r or \n, as markdown-it counts them): keeping only
  // the \r and \n characters would turn "\r…\n" into one \r\n break and shift every line after it.
  const blank = '\n'.repeat(m[0].split(/\r\n|\r|\n/).length - 1);
  return { frontMatter, body: blank + text.slice(m[0].length) };
}
