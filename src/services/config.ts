// The extension's settings, typed, in one place: every feature reads `config.get(key)` and
// listens to `config.onDidChange`, none calls workspace.getConfiguration itself. A value of the
// wrong type or out of range (a hand-edited settings.json) falls back to the default, so no
// feature has to defend against it. test/unit/manifest.test.ts checks that SETTINGS and
// package.json's contributes.configuration name the same keys with the same defaults.
import * as vscode from 'vscode';

export const SECTION = 'upscEditorials';

type Check<T> = (value: unknown) => value is T;

interface Setting<T> {
  readonly default: T;
  readonly valid: Check<T>;
}

const isString: Check<string> = (v): v is string => typeof v === 'string' && v.trim() !== '';
const isBoolean: Check<boolean> = (v): v is boolean => typeof v === 'boolean';
const isCount: Check<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isStringList: Check<string[]> = (v): v is string[] => Array.isArray(v) && v.every(s => typeof s === 'string');
const oneOf = <T extends string>(...values: T[]): Check<T> => (v): v is T => typeof v === 'string' && (values as string[]).includes(v);

const setting = <T>(valid: Check<T>, value: T): Setting<T> => ({ default: value, valid });

/** Every setting: its key under `upscEditorials.`, its default and what a valid value is. */
export const SETTINGS = {
  editorialFiles: setting(isString, '**/editorials/**/*.md'),
  glossaryFiles: setting(isStringList, ['**/*.glossary.json', '**/glossary/*.md']),
  'decorations.enabled': setting(isBoolean, true),
  'decorations.maxFileSizeMB': setting(isCount, 2),
  'tree.groupBy': setting(oneOf('none', 'month', 'subject'), 'none'),
  'tree.sortBy': setting(oneOf('date', 'title'), 'date'),
  detectEditorialsByContent: setting(isBoolean, true),
  'review.newCardsPerDay': setting(isCount, 20),
  'review.storage': setting(oneOf('workspace', 'global'), 'workspace'),
};

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K]['default'];

/** The full id of a setting ("upscEditorials.editorialFiles"), for links to the Settings editor. */
export const settingId = (key: SettingKey): string => `${SECTION}.${key}`;

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
