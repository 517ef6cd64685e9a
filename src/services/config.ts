// The extension's settings, typed, in one place: every feature reads `config.get(key)` and
// listens to `config.onDidChange`, none calls workspace.getConfiguration itself. A value of the
// wrong type or out of range (a hand-edited settings.json) falls back to the default (settings.ts),
// so no feature has to defend against it.
import * as vscode from 'vscode';
import { SECTION, type Setting, settingId, SETTINGS, type SettingKey, type SettingValue } from './settings';


export interface ConfigChange {
  affects(key: SettingKey): boolean;
}

export class Config implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ConfigChange>();
  readonly onDidChange = this.emitter.event;
  private readonly subscription = vscode.workspace.onDidChangeConfiguration(e => {
    if (e.affectsConfiguration(SECTION)) this.emitter.fire({ affects: key => e.affectsConfiguration(settingId(key)) });
  });

  get<K extends SettingKey>(key: K): SettingValue<K> {
    const s = SETTINGS[key] as Setting<SettingValue<K>>;
    const value = vscode.workspace.getConfiguration(SECTION).get<unknown>(key);
    return s.valid(value) ? value : s.default;
  }

  /** Fires `listener` when any of `keys` changes. */
  onChange(keys: readonly SettingKey[], listener: () => void): vscode.Disposable {
    return this.onDidChange(e => { if (keys.some(k => e.affects(k))) listener(); });
  }

  update<K extends SettingKey>(key: K, value: SettingValue<K>, target = vscode.ConfigurationTarget.Workspace): Thenable<void> {
    return vscode.workspace.getConfiguration(SECTION).update(key, value, target);
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
