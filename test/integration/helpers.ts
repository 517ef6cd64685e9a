// Shared by the integration suites: the extension's API once it has loaded, and polling for
// state that arrives asynchronously (watchers, debounced views).
import * as vscode from 'vscode';
import type { UpscEditorialsApi } from '../../src/extension';

export const EXTENSION_ID = 'upsc-companion.upsc-editorial-companion';

export async function api(): Promise<UpscEditorialsApi> {
  const ext = vscode.extensions.getExtension<UpscEditorialsApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed`);
  // (not named `exports`: in a CommonJS module that name is the module's own)
  const loaded = ext.isActive ? ext.exports : await ext.activate();
  await loaded.ready;
  return loaded;
}

export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 15000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 100));
  }
}
