// `npm run package` step: the README that goes into the .vsix. VS Code's Details page shows an
// installed extension's README in a webview that loads images only from https: and data: (no
// file access: a relative picture shows as a broken image, even though the file is in the
// package). This writes a copy with every relative image inlined as a data: URI; the
// repository's own README keeps its relative links, which GitHub and the Markdown preview show.
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'README.md'));
const TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml' };

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
let inlined = 0;
const text = readme.replace(/(!\[[^\]]*\]\()([^)\s]+)(\))/g, (whole, open, target, close) => {
  const type = TYPES[path.extname(target).toLowerCase()];
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || !type) return whole;
  const file = path.join(root, decodeURI(target));
  if (!fs.existsSync(file)) throw new Error(`README.md shows ${target}, which does not exist`);
  inlined++;
  return `${open}data:${type};base64,${fs.readFileSync(file).toString('base64')}${close}`;
});
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, text);
console.log(`${path.relative(root, out)}: ${inlined} images inlined, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`);
