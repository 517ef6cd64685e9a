// A real VS Code for tests, offline: code-server 4.100.3 (VS Code 1.100.3) in its own process
// group, driven by Debian's headless Chromium through playwright-core. Installed on demand by
// setup-code-server.sh beside this file. Everything started here is killed in `close()`.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const PROJECT_ROOT = path.resolve(__dirname, '../../..');

export function codeServerDir(): string {
  return process.env.UPSC_CODE_SERVER_DIR || path.join(PROJECT_ROOT, '.vscode-test', 'code-server');
}

/** Installs code-server and playwright-core if missing (needs root for apt on a fresh machine). */
export function ensureCodeServer(): string {
  const dir = codeServerDir();
  if (!fs.existsSync(path.join(dir, '.complete'))) {
    const r = spawnSync('bash', [path.join(PROJECT_ROOT, 'test', 'vscode', 'setup-code-server.sh'), dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`setup-code-server.sh failed (exit ${r.status})`);
  }
  return dir;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function healthy(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const req = http.get(`http://127.0.0.1:${port}/healthz`, res => { res.resume(); resolve((res.statusCode ?? 500) < 500); });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => { req.destroy(); resolve(false); });
  });
}

// playwright-core types are not a dependency of the project; keep the surface we use small.
export interface Page {
  goto(url: string, o?: object): Promise<unknown>;
  waitForSelector(sel: string, o?: object): Promise<unknown>;
  screenshot(o: { path: string }): Promise<unknown>;
  on(event: string, fn: (arg: { text?(): string; type?(): string } & Error) => void): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [key: string]: any;
}

export interface LaunchOptions {
  workspace: string;
  /** Extension folder to load as a development extension. */
  extensionDevelopmentPath?: string;
  /** Module with `run()` to execute in the extension host. */
  extensionTestsPath?: string;
  env?: Record<string, string>;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  /** Extensions (.vsix) to install into the fresh extensions dir before start. */
  installVsix?: string[];
  /** Unpacked extension folders to copy into the fresh extensions dir (as if installed). */
  copyExtensions?: string[];
  viewport?: { width: number; height: number };
  /** Accept self-signed https certificates (a local https server standing in for a CDN). */
  ignoreHTTPSErrors?: boolean;
  /** A user-data folder to use instead of a fresh one: a second session then finds the first's
   *  workspace storage (a warm start). */
  userDataDir?: string;
  /** The port to serve on (else a free one). The workspace storage of a web workbench is keyed by
   *  the folder's URI, port included: a warm start needs the same port as the session before. */
  port?: number;
}

export class CodeServerSession {
  readonly tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'upsc-vscode-'));
  readonly logs: string[] = [];
  private server?: ChildProcess;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private browser?: any;
  page?: Page;
  port = 0;
  private closed = false;
  private userData: string | undefined;

  get serverLog(): string {
    return path.join(this.tmp, 'code-server.log');
  }

  async start(o: LaunchOptions): Promise<Page> {
    const dir = ensureCodeServer();
    const bin = path.join(dir, 'node_modules', '.bin', 'code-server');
    const userData = o.userDataDir ?? path.join(this.tmp, 'user-data');
    this.userData = userData;
    const extensions = path.join(this.tmp, 'extensions');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.mkdirSync(extensions, { recursive: true });
    fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
      'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'workbench.enableExperiments': false,
      'update.mode': 'none', 'chat.disableAIFeatures': true, 'security.workspace.trust.enabled': false,
      'workbench.welcomePage.walkthroughs.openOnInstall': false, 'upscEditorials.walkthrough.openOnFirstRun': false,
      ...o.settings,
    }, null, 1));
    const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
    for (const vsix of o.installVsix ?? []) {
      const r = spawnSync(bin, [...common, '--install-extension', vsix], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`installing ${vsix} failed: ${r.stderr || r.stdout}`);
    }
    for (const folder of o.copyExtensions ?? []) {
      const pkg = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
      fs.cpSync(folder, path.join(extensions, `${pkg.publisher}.${pkg.name}-${pkg.version}`), { recursive: true });
    }
    const config = path.join(this.tmp, 'config.yaml');
    fs.writeFileSync(config, 'auth: none\n');
    for (let attempt = 0; attempt < 3 && !this.port; attempt++) {
      const port = attempt === 0 && o.port ? o.port : await freePort();
      const log = fs.openSync(this.serverLog, 'a');
      const server = spawn(bin, ['--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, ...common,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', o.workspace],
      { detached: true, stdio: ['ignore', log, log], env: { ...process.env, ...o.env } });
      fs.closeSync(log);
      this.server = server;
      const t0 = Date.now();
      while (server.exitCode === null && Date.now() - t0 < 60000) {
        if (await healthy(port)) { this.port = port; break; }
        await sleep(200);
      }
    }
    if (!this.port) throw new Error('code-server did not start:\n' + this.tail(this.serverLog));

    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require(path.join(dir, 'node_modules', 'playwright-core'));
    this.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
        // Service workers (webviews load through one) do not get the context's ignoreHTTPSErrors.
        ...(o.ignoreHTTPSErrors ? ['--ignore-certificate-errors'] : [])],
    });
    const context = await this.browser.newContext({ viewport: o.viewport ?? { width: 1400, height: 1100 }, permissions: ['clipboard-read', 'clipboard-write'], ignoreHTTPSErrors: !!o.ignoreHTTPSErrors });
    const page: Page = await context.newPage();
    page.on('console', m => { if (m.type?.() === 'error') this.logs.push(m.text!().slice(0, 400)); });
    page.on('pageerror', e => this.logs.push('pageerror: ' + String(e).slice(0, 400)));
    await page.goto(this.url(o), { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    this.page = page;
    return page;
  }

  url(o: LaunchOptions): string {
    const remote = (p: string) => `vscode-remote://127.0.0.1:${this.port}${path.resolve(p)}`;
    const payload: [string, string][] = [];
    if (o.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(o.extensionDevelopmentPath)]);
    if (o.extensionTestsPath) payload.push(['extensionTestsPath', remote(o.extensionTestsPath)]);
    return `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(path.resolve(o.workspace))}` +
      (payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '');
  }

  serverExited(): boolean {
    return !!this.server && this.server.exitCode !== null;
  }

  tail(file: string, lines = 40): string {
    try { return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return ''; }
  }

  /** Error lines of the extension host log, for failure reports. */
  extensionHostErrors(): string {
    const found: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }) : []) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/exthost\.log$/.test(e.name)) found.push(...fs.readFileSync(p, 'utf8').split('\n').filter(l => /\[error\]/.test(l)));
      }
    };
    walk(path.join(this.userData ?? path.join(this.tmp, 'user-data'), 'logs'));
    return found.slice(-20).join('\n');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.browser) {
      const pid = this.browser.process?.()?.pid;
      await Promise.race([this.browser.close().catch(() => undefined), sleep(5000)]);
      if (pid) killGroup(pid, 'SIGKILL');
    }
    if (this.server?.pid) {
      killGroup(this.server.pid, 'SIGTERM');
      for (let i = 0; i < 20 && this.server.exitCode === null; i++) await sleep(100);
      killGroup(this.server.pid, 'SIGKILL');
    }
    if (!process.env.UPSC_KEEP_TMP) fs.rmSync(this.tmp, { recursive: true, force: true });
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try { process.kill(-pid, signal); } catch {
    try { process.kill(pid, signal); } catch { /* already gone */ }
  }
}

/** Copies a fixture workspace to a temp folder, so tests never modify the repository. */
export function copyWorkspace(fixture: string): string {
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'upsc-ws-'));
  fs.cpSync(path.join(PROJECT_ROOT, 'test', 'fixtures', fixture), dest, { recursive: true });
  return dest;
}
