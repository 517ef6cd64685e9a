// `npm start`: build, then open the extension in a real VS Code on a demo workspace (the sample
// editorial in editorials/, a notes.md ready to hover). Desktop VS Code when `code` is on the
// PATH; otherwise code-server in the browser (installed on first use), with the URL printed.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureCodeServer, PROJECT_ROOT } from './codeServer';

function demoWorkspace(): string {
  const dir = path.join(os.tmpdir(), 'upsc-demo-workspace');
  fs.mkdirSync(path.join(dir, 'editorials'), { recursive: true });
  fs.copyFileSync(path.join(PROJECT_ROOT, 'data', 'editorials', 'indo-us-editorial.md'), path.join(dir, 'editorials', '2024-02-17-indo-us-strategic-partnership.md'));
  const notes = path.join(dir, 'notes.md');
  if (!fs.existsSync(notes)) {
    fs.writeFileSync(notes, '# My notes\n\nThe CAATSA sanctions and the NISAR satellite came up today.\nRevise the Quad, IPEF and the 2008 India-US Civil Nuclear Agreement.\n\nWhich India–US exercise is tri-service? :: Tiger Triumph\n');
  }
  return dir;
}

/**
 * A profile of its own for the demo, new each run: no generic Get Started page, no trust prompt,
 * and the extension's first run (its walkthrough, the UPSC view) every time. The student's own
 * VS Code profile is left alone.
 */
function demoProfile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upsc-demo-profile-'));
  fs.mkdirSync(path.join(dir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'workbench.tips.enabled': false,
  }, null, 1));
  return dir;
}

function main(): void {
  const workspace = demoWorkspace();
  const profile = demoProfile();
  const hasCode = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code']).status === 0;
  if (hasCode) {
    console.log(`Opening VS Code with the extension on ${workspace}`);
    spawn('code', ['--user-data-dir', profile, '--disable-workspace-trust', '--extensionDevelopmentPath', PROJECT_ROOT, workspace],
      { stdio: 'inherit', detached: true }).unref();
    return;
  }
  const dir = ensureCodeServer();
  const port = Number(process.env.PORT || 8080);
  const payload = encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${PROJECT_ROOT}`]]));
  console.log(`\nUPSC Editorial Companion in code-server (VS Code 1.100.3). Open:\n\n  http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${payload}\n\nPress Ctrl+C to stop.\n`);
  const server = spawn(path.join(dir, 'node_modules', '.bin', 'code-server'),
    ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', profile, '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--disable-getting-started-override', workspace],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => { server.kill('SIGTERM'); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
