// The extension as vscode.dev / github.dev run it: web-only (package.json with `browser` and no
// `main`, no Node bundle in the package) and served over https, where VS Code can fetch its files
// but cannot list its folders. In code-server, "Developer: Install Extension from Location..."
// with such an https URL installs it as a web extension, run by the browser's web-worker
// extension host, reading its own files through the same fetch-based file system as vscode.dev.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as https from 'node:https';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from './codeServer';

/**
 * A folder with exactly the files `vsce package` would put into the .vsix, minus the Node bundle,
 * and a package.json without `main`. Build first (node esbuild.js).
 */
export function prepareWebExtension(): string {
  if (!fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'web', 'extension.js'))) throw new Error('dist/web/extension.js is missing: build first (node esbuild.js)');
  const vsce = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'vsce');
  const ls = spawnSync(vsce, ['ls', '--no-dependencies'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (ls.status !== 0) throw new Error(`vsce ls failed:\n${ls.stdout}\n${ls.stderr}`);
  const files = ls.stdout.split('\n').map(l => l.trim()).filter(Boolean);
  if (!files.includes('dist/web/extension.js')) throw new Error(`.vscodeignore leaves dist/web/extension.js out of the package: ${files.join(', ')}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upsc-web-ext-'));
  for (const f of files) {
    // No Node bundle (nor the file it requires): if anything needed them, activation would fail.
    if (/^dist\/(extension|htmlLibraries)\.js/.test(f)) continue;
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(PROJECT_ROOT, f), path.join(dir, f));
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  if (pkg.browser !== './dist/web/extension.js') throw new Error(`package.json "browser" is ${JSON.stringify(pkg.browser)}`);
  delete pkg.main;
  delete pkg.scripts;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  return dir;
}

export interface StaticServer {
  /** Base URL, ending in a slash. */
  readonly url: string;
  /** Paths requested so far, with their status, e.g. `200 /dist/web/extension.js`. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `folder` read-only over https on 127.0.0.1 and a free port, with CORS headers, like the
 * Marketplace's CDN does for vscode.dev. The certificate is self-signed (openssl), so the browser
 * context must ignore certificate errors. code-server's Content-Security-Policy allows https: but
 * not http: connections, which is why plain http will not do.
 */
export async function serveHttps(folder: string): Promise<StaticServer> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'upsc-https-'));
  const key = path.join(tmp, 'key.pem');
  const cert = path.join(tmp, 'cert.pem');
  const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl could not make a certificate (is openssl installed?):\n${r.stderr}`);
  const root = path.resolve(folder);
  const requests: string[] = [];
  const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.md': 'text/markdown', '.svg': 'image/svg+xml', '.png': 'image/png', '.ttf': 'font/ttf' };
  const server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname);
    const file = path.join(root, pathname);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-store');
    const ok = file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
    requests.push(`${ok ? 200 : 404} ${pathname}`);
    if (!ok) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', types[path.extname(file)] ?? 'application/octet-stream');
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise<void>(resolve => {
      server.closeAllConnections();
      server.close(() => resolve());
      fs.rmSync(tmp, { recursive: true, force: true });
    }),
  };
}
