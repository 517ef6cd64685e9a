// Every setting of the extension: its key under `upscEditorials.`, its default and what a valid
// value is. Plain data (no VS Code), so test/unit/manifest.test.ts can check that this table and
// package.json's contributes.configuration name the same keys with the same defaults.

import { MAX_GLOB_LENGTH } from '../core/shared/glob';

export const SECTION = 'upscEditorials';

type Check<T> = (value: unknown) => value is T;

export interface Setting<T> {
  readonly default: T;
  readonly valid: Check<T>;
}

const isString: Check<string> = (v): v is string => typeof v === 'string' && v.trim() !== '';
const isBoolean: Check<boolean> = (v): v is boolean => typeof v === 'boolean';
const isCount: Check<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isStringList: Check<string[]> = (v): v is string[] => Array.isArray(v) && v.every(s => typeof s === 'string');
/** A glob pattern: a workspace's settings may hold anything, so it is length-capped (core/shared/glob.ts). */
const isGlob: Check<string> = (v): v is string => isString(v) && v.length <= MAX_GLOB_LENGTH;
const isGlobList: Check<string[]> = (v): v is string[] => isStringList(v) && v.length <= 50 && v.every(s => s.length <= MAX_GLOB_LENGTH);
const oneOf = <T extends string>(...values: T[]): Check<T> => (v): v is T => typeof v === 'string' && (values as string[]).includes(v);

const setting = <T>(valid: Check<T>, value: T): Setting<T> => ({ default: value, valid });
/** A calendar date (YYYY-MM-DD), or empty for none. */
const isDateOrEmpty: Check<string> = (v): v is string => typeof v === 'string' && (v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v));

/** Every setting: its key under `upscEditorials.`, its default and what a valid value is. */
export const SETTINGS = {
  editorialFiles: setting(isGlob, '**/editorials/**/*.md'),
  glossaryFiles: setting(isGlobList, ['**/*.glossary.json', '**/glossary/*.md']),
  'decorations.enabled': setting(isBoolean, true),
  'decorations.maxFileSizeMB': setting(isCount, 2),
  'tree.groupBy': setting(oneOf('none', 'month', 'subject'), 'none'),
  'tree.sortBy': setting(oneOf('date', 'title'), 'date'),
  detectEditorialsByContent: setting(isBoolean, true),
  'review.newCardsPerDay': setting(isCount, 20),
  'review.newCardsPerSource': setting(isCount, 10),
  'review.storage': setting(oneOf('workspace', 'global'), 'workspace'),
  'review.allGlossaryTerms': setting(isBoolean, false),
  'exam.prelimsDate': setting(isDateOrEmpty, ''),
  'exam.mainsDate': setting(isDateOrEmpty, ''),
  'practice.answersPerDay': setting(isCount, 1),
  'walkthrough.openOnFirstRun': setting(isBoolean, true),
  'syllabus.revisionDays': setting(isCount, 30),
  'syllabus.pyqFiles': setting(isString, '**/pyqs/**/*.md'),
};

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K]['default'];

/** The full id of a setting ("upscEditorials.editorialFiles"), for links to the Settings editor. */
export const settingId = (key: SettingKey): string => `${SECTION}.${key}`;

