// Shared by the syllabus unit tests: the bundled syllabus and the own-words fixture pages of
// test/fixtures/syllabus (their tag lines and headings follow the structure of real pages).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseEditorial, type ParsedEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { KeywordIndex } from '../../src/core/syllabus/keywordIndex';
import { parseSyllabus, type SyllabusTree } from '../../src/core/syllabus/tree';

export const ROOT = path.join(__dirname, '../../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/syllabus');

export function bundledSyllabus(): { tree: SyllabusTree; index: KeywordIndex; text: string } {
  const text = fs.readFileSync(path.join(ROOT, 'data/syllabus.json'), 'utf8');
  const { tree } = parseSyllabus(text);
  return { tree, index: new KeywordIndex(tree), text };
}

export function fixtureEditorials(): { file: string; uri: string; text: string; editorial: ParsedEditorial }[] {
  const dir = path.join(FIXTURES, 'editorials');
  return fs.readdirSync(dir).filter(f => f.endsWith('.md')).sort().map(file => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    return { file, uri: `file:///ws/editorials/${file}`, text, editorial: parseEditorial(text) };
  });
}

export const fixture = (rel: string) => fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
