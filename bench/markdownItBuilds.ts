// markdown-it's module in two builds: as published on npm, and as the bundles ship it (its class
// fields assigned, scripts/markdownItFields.js), each loaded as a fresh copy outside the require
// cache. For the parse benchmark's baselines and the test that both builds parse alike.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Module from 'node:module';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { assignClassFields } = require('../../scripts/markdownItFields.js') as { assignClassFields(source: string, file: string): string };

/** The file `require('markdown-it')` loads. */
export const MARKDOWN_IT_FILE = require.resolve('markdown-it');

/** The file's source as shipped (its class fields assigned), or as published. */
export function markdownItSource(shipped: boolean): string {
  const source = fs.readFileSync(MARKDOWN_IT_FILE, 'utf8');
  return shipped ? assignClassFields(source, MARKDOWN_IT_FILE) : source;
}

interface LoadableModule {
  filename: string;
  paths: string[];
  exports: unknown;
  _compile(code: string, filename: string): void;
}

/** A fresh copy of markdown-it's module, compiled from the given source. */
export function loadMarkdownIt(source: string): unknown {
  const m = new Module(MARKDOWN_IT_FILE) as unknown as LoadableModule;
  m.filename = MARKDOWN_IT_FILE;
  m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(MARKDOWN_IT_FILE));
  m._compile(source, MARKDOWN_IT_FILE);
  return m.exports;
}
