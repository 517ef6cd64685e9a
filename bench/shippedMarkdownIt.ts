// Imported first by the benchmarks: from then on `require('markdown-it')` in this process loads
// markdown-it as the bundles ship it, its class fields assigned rather than set through its build's
// helper (scripts/markdownItFields.js, applied to dist/ by esbuild.js). The benchmarks run the
// compiled sources in out/, not the bundle; this has them measure the markdown-it the extension runs.
import Module from 'node:module';
import { MARKDOWN_IT_FILE, markdownItSource } from './markdownItBuilds';

type Loader = (module: { _compile(code: string, filename: string): void }, filename: string) => void;
const loaders = (Module as unknown as { _extensions: Record<string, Loader> })._extensions;
const js = loaders['.js'];
loaders['.js'] = (module, filename) => (filename === MARKDOWN_IT_FILE ? module._compile(markdownItSource(true), filename) : js(module, filename));
