// The Hindi UI is complete and in step with the code: every vscode.l10n.t message in src/ (found
// with the TypeScript compiler API, not a regex) has a Hindi translation with the same
// placeholders, the English reference bundle lists exactly those messages, no translation is left
// over from a message the code no longer uses, and package.nls.hi.json covers package.nls.json.
// Adding a vscode.l10n.t(...) string without translating it makes this test fail.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';

const root = path.join(__dirname, '../../..');
const SRC = path.join(root, 'src');
const L10N = path.join(root, 'l10n');

/**
 * Hindi bundle keys whose translation is meant to contain no Devanagari (a name, a number
 * format). Keep this tiny: a missing translation must not hide here.
 */
const SAME_IN_HINDI = new Set<string>([]);
/** Same for package.nls.hi.json. */
const NLS_SAME_IN_HINDI = new Set<string>(['category']);

interface Message {
  /** The bundle key: the message, plus `/` and the comment when there is one (VS Code's rule). */
  readonly key: string;
  readonly message: string;
  readonly comment?: string[];
  readonly where: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(d => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(full);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** `vscode.l10n.t` or `l10n.t` (a namespace import or `import { l10n } from 'vscode'`). */
function isL10nT(e: ts.Expression): e is ts.PropertyAccessExpression {
  if (!ts.isPropertyAccessExpression(e) || e.name.text !== 't') return false;
  const target = e.expression;
  return (ts.isPropertyAccessExpression(target) && target.name.text === 'l10n') || (ts.isIdentifier(target) && target.text === 'l10n');
}

const literal = (e: ts.Expression | undefined): string | undefined =>
  e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : undefined;

/** Every vscode.l10n.t message in src/, and what could not be read as a literal. */
function collect(): { messages: Message[]; problems: string[] } {
  const messages: Message[] = [];
  const problems: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const at = (node: ts.Node) => `${path.relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && isL10nT(node)) {
        const call = node.parent;
        if (!ts.isCallExpression(call) || call.expression !== node) problems.push(`${at(node)}: l10n.t is used other than as a direct call`);
      }
      if (ts.isCallExpression(node) && isL10nT(node.expression)) {
        const [first, ...rest] = node.arguments;
        const where = at(node);
        const text = literal(first);
        if (text !== undefined) {
          messages.push({ key: text, message: text, where });
          // Positional arguments must cover every {n} (unless they are spread in).
          if (!rest.some(ts.isSpreadElement) && !(rest.length === 1 && ts.isObjectLiteralExpression(rest[0]))) {
            for (const p of positional(text)) if (p >= rest.length) problems.push(`${where}: "{${p}}" has no argument`);
          }
        } else if (first && ts.isObjectLiteralExpression(first)) {
          const prop = (name: string) => first.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name)?.initializer;
          const message = literal(prop('message'));
          const c = prop('comment');
          const comment = c === undefined ? [] : literal(c) !== undefined ? [literal(c)!]
            : c && ts.isArrayLiteralExpression(c) && c.elements.every(el => literal(el) !== undefined) ? c.elements.map(el => literal(el)!) : undefined;
          if (message === undefined || comment === undefined) problems.push(`${where}: message and comment of l10n.t({ … }) must be string literals`);
          else messages.push({ key: comment.length ? `${message}/${comment.join('')}` : message, message, comment: comment.length ? comment : undefined, where });
        } else {
          problems.push(`${where}: the message of l10n.t must be a string literal (or { message, comment } literals)`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { messages, problems };
}

/** {0}, {1}, … and {name}: the placeholders VS Code fills in. */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\d+|[A-Za-z_]\w*)\}/g)].map(m => m[0]))].sort();
const positional = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map(m => Number(m[1]));
/** Parts a translation must keep as they are: codicons and link targets (command URIs). */
const fixedParts = (s: string) => [...s.matchAll(/\$\([\w~-]+\)|\]\([^)\s]+\)/g)].map(m => m[0]).sort();
const DEVANAGARI = /[\u0900-\u097F]/;

/** A JSON object file, failing on duplicate keys (JSON.parse would keep the last silently). */
function readJsonObject(file: string): Record<string, unknown> {
  const text = fs.readFileSync(file, 'utf8');
  const tree = parseTree(text);
  assert.ok(tree && tree.type === 'object', `${path.relative(root, file)} is a JSON object`);
  const keys = (tree.children ?? []).map((p: JsonNode) => p.children![0].value as string);
  const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
  assert.deepEqual(dupes, [], `${path.relative(root, file)} has no duplicate keys`);
  return JSON.parse(text) as Record<string, unknown>;
}

describe('Hindi UI translation (l10n)', () => {
  let problems: string[];
  const byKey = new Map<string, Message>();
  let hi: Record<string, unknown>;
  let en: Record<string, unknown>;

  before(() => {
    const found = collect();
    problems = found.problems;
    for (const m of found.messages) byKey.set(m.key, m);
    hi = readJsonObject(path.join(L10N, 'bundle.l10n.hi.json'));
    en = readJsonObject(path.join(L10N, 'bundle.l10n.json'));
  });

  it('finds the l10n.t messages, each a literal the tools can read', () => {
    assert.deepEqual(problems, []);
    assert.ok(byKey.size >= 100, `${byKey.size} messages: the collector still finds them`);
  });

  it('translates every message into Hindi', () => {
    const missing = [...byKey.values()].filter(m => typeof hi[m.key] !== 'string' || !(hi[m.key] as string).trim()).map(m => `${m.where}: ${JSON.stringify(m.key)}`);
    assert.deepEqual(missing, [], 'add these keys to l10n/bundle.l10n.hi.json (and l10n/bundle.l10n.json)');
  });

  it('keeps the placeholders, codicons and command links of the English in the Hindi', () => {
    for (const m of byKey.values()) {
      const value = hi[m.key];
      if (typeof value !== 'string') continue; // reported above
      assert.deepEqual(placeholders(value), placeholders(m.message), `placeholders of ${JSON.stringify(m.key)}: ${value}`);
      assert.deepEqual(fixedParts(value), fixedParts(m.message), `codicons/links of ${JSON.stringify(m.key)}: ${value}`);
    }
  });

  it('writes the Hindi in Devanagari', () => {
    const latin = Object.entries(hi).filter(([k, v]) => typeof v === 'string' && !SAME_IN_HINDI.has(k) && !DEVANAGARI.test(v)).map(([k]) => k);
    assert.deepEqual(latin, [], 'not translated (or add to SAME_IN_HINDI if that is intended)');
    for (const k of SAME_IN_HINDI) assert.ok(byKey.has(k), `SAME_IN_HINDI lists ${JSON.stringify(k)}, which no code uses`);
  });

  it('has no stale Hindi translations', () => {
    assert.deepEqual(Object.keys(hi).filter(k => !byKey.has(k)), [], 'keys no l10n.t call uses any more: remove them from l10n/bundle.l10n.hi.json');
  });

  it('lists exactly the messages of the code in the English reference bundle', () => {
    assert.deepEqual(Object.keys(en).sort(), [...byKey.keys()].sort());
    for (const [key, value] of Object.entries(en)) {
      const m = byKey.get(key)!;
      // As @vscode/l10n-dev writes it: the message, or { message, comment } when there is a comment.
      assert.deepEqual(value, m.comment ? { message: m.message, comment: m.comment } : m.message, key);
    }
  });

  it('translates every key of package.nls.json in package.nls.hi.json', () => {
    const nls = readJsonObject(path.join(root, 'package.nls.json')) as Record<string, string>;
    const nlsHi = readJsonObject(path.join(root, 'package.nls.hi.json'));
    for (const [key, english] of Object.entries(nls)) {
      const value = nlsHi[key];
      assert.ok(typeof value === 'string' && value.trim(), `package.nls.hi.json: ${key}`);
      assert.deepEqual(placeholders(value), placeholders(english), `placeholders of ${key}`);
      assert.deepEqual(fixedParts(value), fixedParts(english), `codicons/links of ${key}`);
      if (!NLS_SAME_IN_HINDI.has(key)) assert.match(value, DEVANAGARI, `package.nls.hi.json: ${key} is in Devanagari`);
    }
    assert.deepEqual(Object.keys(nlsHi).filter(k => !(k in nls)), [], 'package.nls.hi.json has no keys that package.nls.json lacks');
  });
});
