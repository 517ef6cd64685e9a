// Bundles the extension into one minified CommonJS file, dist/extension.js.
// `node esbuild.js` builds once (dev: sourcemaps, not minified); `--production` minifies;
// `--watch` rebuilds on change for `npm run watch`.
const esbuild = require('esbuild');

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

/** The webview uses VS Code's icon font; it is copied from @vscode/codicons into media/ (not committed). */
function copyCodicons() {
  const fs = require('fs');
  const path = require('path');
  const from = path.join(__dirname, 'node_modules', '@vscode', 'codicons', 'dist');
  const to = path.join(__dirname, 'media', 'codicons');
  fs.mkdirSync(to, { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join(from, f), path.join(to, f));
}

async function main() {
  copyCodicons();
  const ctx = await esbuild.context({
    entryPoints: ['src/extension.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    outfile: 'dist/extension.js',
    external: ['vscode'],
    // Prefer ES module builds: jsonc-parser's UMD build loads its parts with dynamic require(), which a bundle cannot follow.
    mainFields: ['module', 'main'],
    // markdown-it needs only entities' decoder; the package index also pulls in its 23 KB encoder.
    alias: { entities: './node_modules/entities/lib/esm/decode.js' },
    minify: production,
    // Keep non-ASCII text (entity tables, Hindi strings) as UTF-8 instead of \u escapes: smaller.
    charset: 'utf8',
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'silent',
    metafile: true,
    plugins: watch ? [problemReporter] : [],
  });
  if (watch) {
    await ctx.watch();
    return;
  }
  const result = await ctx.rebuild();
  await ctx.dispose();
  for (const w of result.warnings) console.warn('esbuild warning:', w.text);
  const bytes = Object.values(result.metafile.outputs).find((o, i) => Object.keys(result.metafile.outputs)[i].endsWith('.js')).bytes;
  console.log(`dist/extension.js ${(bytes / 1024).toFixed(1)} KB${production ? ' (minified)' : ''}`);
}

main().catch(err => {
  console.error(err.message || err);
  process.exit(1);
});
