// Bundles the extension into minified CommonJS files, per extension host:
//   dist/extension.js        Node extension host (desktop, remote, Codespaces): package.json "main"
//   dist/htmlLibraries.js    its HTML importer's libraries, required on the first HTML import
//   dist/chunks/<domain>.js  the features' rarely used parts, required on first use (features/chunks.ts)
//   dist/web/extension.js    web-worker extension host (vscode.dev, github.dev): package.json "browser",
//                            one file (a worker's host loads no other), libraries included
// `node esbuild.js` builds both once (dev: sourcemaps, not minified); `--production` minifies;
// `--watch` rebuilds both on change for `npm run watch`.
const esbuild = require('esbuild');
const path = require('path');
const { builtinModules } = require('module');
const { assignClassFields } = require('./scripts/markdownItFields');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the `file:line:col: error:` shape the $esbuild-watch problem matcher reads. */
const problemReporter = {
  name: 'problem-reporter',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd(result => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/**
 * A web worker has no Node: any import of a Node built-in (`fs`, `node:path`, ...) fails the web
 * build, even one a package's own "browser" field would map to nothing (list such a case here).
 */
const nodeBuiltins = new Set(builtinModules.flatMap(m => [m, `node:${m}`]));
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:/]+$/ }, args => {
      if (!nodeBuiltins.has(args.path) && !args.path.startsWith('node:')) return undefined;
      return { errors: [{ text: `"${args.path}" is a Node built-in: the web extension host (a web worker) has none. Imported by ${path.relative(__dirname, args.importer)}.` }] };
    });
  },
};

/**
 * turndown's package.json "browser" field swaps in a build that parses HTML strings with
 * DOMParser / document.implementation, which a web worker does not have (it throws
 * "document is not defined"). Its Node build parses with @mixmark-io/domino, plain JavaScript that
 * works in a worker: use that one, and domino itself (the browser field maps it to nothing).
 */
const turndownWithDomino = {
  name: 'turndown-with-domino',
  setup(build) {
    build.onResolve({ filter: /^turndown$/ }, () => ({ path: require.resolve('turndown/lib/turndown.es.js') }));
    build.onResolve({ filter: /^@mixmark-io\/domino$/ }, () => ({ path: require.resolve('@mixmark-io/domino') }));
  },
};

/**
 * On the Node host the HTML importer's libraries (domino, turndown: 240 KB minified) stay out of
 * dist/extension.js: `require('./htmlLibraries')` is left as it is and resolves, next to it, to
 * dist/htmlLibraries.js, built on its own. Parsing them with the rest cost ~30 ms at every start.
 */
const htmlLibrariesApart = (from = '.') => ({
  name: 'html-libraries-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/htmlLibraries$/ }, () => ({ path: `${from}/htmlLibraries.js`, external: true }));
  },
});

/**
 * On the Node host the features' rarely used parts (src/features/chunks.ts) are files of their own,
 * dist/chunks/<domain>.js, required on first use: `require('./<domain>/chunk')` in chunks.ts is
 * left as it is, pointing there. This keeps dist/extension.js, which VS Code reads and compiles
 * before activate(), under 300 KB.
 */
const CHUNKS = ['revision', 'practice', 'import', 'syllabus', 'summary', 'glossary', 'editorials'];
const chunksApart = {
  name: 'chunks-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/[a-z]+\/chunk$/ }, args => {
      const name = args.path.split('/')[1];
      if (path.basename(args.importer) !== 'chunks.ts') return undefined;
      if (!CHUNKS.includes(name)) return { errors: [{ text: `chunk "${name}" is not listed in esbuild.js CHUNKS` }] };
      return { path: `./chunks/${name}.js`, external: true };
    });
  },
};

/**
 * markdown-it's class fields set by plain assignment instead of its build's helper call (38 % of
 * its parse time; why and why it is the same: scripts/markdownItFields.js, which also fails the
 * build when markdown-it has no such calls left).
 */
const markdownItFields = {
  name: 'markdown-it-fields',
  setup(build) {
    build.onLoad({ filter: /[\\/]markdown-it[\\/]dist[\\/]markdown-it\.(mjs|cjs\.js)$/ }, async args => {
      const source = await require('fs').promises.readFile(args.path, 'utf8');
      try {
        return { contents: assignClassFields(source, args.path), loader: 'js' };
      } catch (err) {
        return { errors: [{ text: err.message }] };
      }
    });
  },
};

/** The webview uses VS Code's icon font; it is copied from @vscode/codicons into media/ (not committed). */
function copyCodicons() {
  const fs = require('fs');
  const from = path.join(__dirname, 'node_modules', '@vscode', 'codicons', 'dist');
  const to = path.join(__dirname, 'media', 'codicons');
  fs.mkdirSync(to, { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join(from, f), path.join(to, f));
}

/** What both builds share. */
const common = {
  entryPoints: ['src/extension.ts'],
  bundle: true,
  format: 'cjs',
  external: ['vscode'],
  // Prefer ES module builds: jsonc-parser's UMD build loads its parts with dynamic require(), which a bundle cannot follow.
  mainFields: ['module', 'main'],
  minify: production,
  // Keep non-ASCII text (entity tables, Hindi strings) as UTF-8 instead of \u escapes: smaller.
  charset: 'utf8',
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'silent',
  metafile: true,
  plugins: [markdownItFields],
};

const builds = [
  { ...common, platform: 'node', target: 'node18', outfile: 'dist/extension.js', plugins: [...common.plugins, htmlLibrariesApart(), chunksApart] },
  ...CHUNKS.map(name => ({
    ...common, entryPoints: [`src/features/${name}/chunk.ts`], platform: 'node', target: 'node18', outfile: `dist/chunks/${name}.js`,
    plugins: [...common.plugins, htmlLibrariesApart('..'), chunksApart],
  })),
  { ...common, entryPoints: ['src/core/import/html/htmlLibraries.ts'], platform: 'node', target: 'node18', outfile: 'dist/htmlLibraries.js' },
  {
    ...common,
    // The web-worker extension host loads this CommonJS module with `require('vscode')` as its only import.
    platform: 'browser',
    target: 'es2022',
    outfile: 'dist/web/extension.js',
    // No `process` in a worker: libraries that read process.env.NODE_ENV get a constant.
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
    plugins: [...common.plugins, noNodeBuiltins, turndownWithDomino],
  },
];

async function main() {
  copyCodicons();
  const contexts = await Promise.all(builds.map(o => esbuild.context({ ...o, plugins: [...(o.plugins ?? []), ...(watch ? [problemReporter] : [])] })));
  if (watch) {
    await Promise.all(contexts.map(ctx => ctx.watch()));
    return;
  }
  const results = await Promise.allSettled(contexts.map(ctx => ctx.rebuild()));
  await Promise.all(contexts.map(ctx => ctx.dispose()));
  const failed = results.filter(r => r.status === 'rejected');
  if (failed.length) throw new Error(failed.map(r => r.reason.message).join('\n'));
  for (const [i, { value: result }] of results.entries()) {
    for (const w of result.warnings) console.warn('esbuild warning:', w.text);
    const [file, out] = Object.entries(result.metafile.outputs).find(([f]) => f.endsWith('.js'));
    console.log(`${file} ${(out.bytes / 1024).toFixed(1)} KB${production ? ' (minified)' : ''} (${builds[i].platform})`);
  }
}

main().catch(err => {
  console.error(err.message || err);
  process.exit(1);
});
