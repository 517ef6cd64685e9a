// Runs inside the VS Code extension host (as extensionTestsPath) and measures what activating
// costs: evaluating the extension's module (a fresh require of its main file, so the number does
// not depend on whether the host already activated it for an early event) plus its activate()
// (timed by the extension itself). The same for an empty baseline extension in the same host.
import * as path from 'node:path';
import { writeProbeResult } from './probeResult';
import * as vscode from 'vscode';

function freshRequireMs(main: string): number {
  const resolved = require.resolve(main);
  delete require.cache[resolved];
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(resolved);
  return performance.now() - t0;
}

export async function run(): Promise<void> {
  const out = process.env.UPSC_BENCH_RESULT!;
  try {
    const ours = vscode.extensions.getExtension<{ activationMs: number; activationSteps?: readonly number[] }>('upsc-companion.upsc-editorial-companion');
    const empty = vscode.extensions.getExtension('upsc-companion.empty-extension');
    if (!ours || !empty) throw new Error('extensions not loaded');
    const api = ours.isActive ? ours.exports : await ours.activate();
    const mainOf = (e: vscode.Extension<unknown>) => path.join(e.extensionPath, (e.packageJSON as { main: string }).main);
    const ourLoadMs = freshRequireMs(mainOf(ours));
    const baseLoadMs = freshRequireMs(mainOf(empty));
    // Same measure for the baseline: its module, then its activate() called directly.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const baseModule = require(require.resolve(mainOf(empty))) as { activate(): void };
    const t0 = performance.now();
    baseModule.activate();
    const baseActivateMs = performance.now() - t0;
    writeProbeResult(out, {
      extensionMs: ourLoadMs + api.activationMs,
      moduleLoadMs: ourLoadMs,
      activateFunctionMs: api.activationMs,
      // Creating the context, then each feature (src/features/index.ts order).
      activationSteps: (api.activationSteps ?? []).map(ms => Math.round(ms * 10) / 10),
      baselineMs: baseLoadMs + baseActivateMs,
    });
  } catch (err) {
    writeProbeResult(out, { error: String(err) });
  }
}
