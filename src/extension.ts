// Wiring only: create the services, start every feature, hand every disposable to VS Code.
// Nothing here waits for the workspace scan, so activation stays fast.
import * as vscode from 'vscode';
import type { EditorialLibrary } from './core/editorial/library';
import { revisionChunk } from './features/chunks';
import { createFeatureContext } from './features/context';
import { FEATURES, type FeatureHandles } from './features';

/** What activate() returns: used by the integration tests, and by other extensions if they like. */
export type UpscEditorialsApi = FeatureHandles & {
  readonly library: EditorialLibrary;
  /** Resolves when the bundled data and the workspace scan are loaded. */
  readonly ready: Promise<void>;
  readonly activationMs: number;
  /** activationMs by part: creating the context, then each feature in FEATURES order. */
  readonly activationSteps: readonly number[];
  /** The ids of the commands registered, to check against the command table. */
  readonly commands: ReadonlySet<string>;
};

export function activate(context: vscode.ExtensionContext): UpscEditorialsApi {
  const t0 = performance.now();
  const ctx = createFeatureContext(context, () => revisionChunk().ReviewStore);
  // Where activation's time goes: the context, then each feature in FEATURES order.
  const activationSteps = [performance.now() - t0];
  const handles = FEATURES.map(feature => {
    const t = performance.now();
    const h = feature.activate(ctx);
    activationSteps.push(performance.now() - t);
    return h;
  });
  const activationMs = performance.now() - t0;
  ctx.log.info(`activated in ${activationMs.toFixed(1)} ms (${FEATURES.length} features, ${ctx.commands.registered.size} commands; context ${activationSteps[0].toFixed(1)} ms, features ${activationSteps.slice(1).map(ms => ms.toFixed(1)).join(' + ')} ms)`);
  // Not the glossary's size here: counting its terms builds them from every editorial at once.
  void ctx.ready.then(() => ctx.log.info(`ready ${(performance.now() - t0).toFixed(0)} ms after activation began: ${ctx.library.size} editorials`));
  // Property descriptors, not values: a handle of a lazily loaded feature is a getter that loads it.
  const api = {};
  for (const h of [...handles, { library: ctx.library, ready: ctx.ready, activationMs, activationSteps, commands: ctx.commands.registered }]) Object.defineProperties(api, Object.getOwnPropertyDescriptors(h));
  return api as UpscEditorialsApi;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
