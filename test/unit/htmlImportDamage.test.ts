// Damaged web pages (the HTML fixtures with malformed markup put in, characters dropped, cut
// short, parts repeated): importing one never throws, and never comes out empty without saying
// why. Before, a malformed tag aborted the import and an empty file was written (52 of 1,500 such
// pages). A page can show no article (a <style> left open holds the rest of the page as CSS, as a
// browser reads it): then the note says so, and the command keeps the student's text.
import * as assert from 'node:assert/strict';
import { importEditorial, NO_ARTICLE } from '../../src/core/import/importEditorial';
import { pageText } from '../../src/core/import/html/pageText';
import { damagedPages } from './fuzz/htmlPages';

const PAGES = 1_500;

describe('import of damaged web pages', () => {
  it(`reads ${PAGES.toLocaleString('en')} damaged pages, none empty without a reason`, function () {
    this.timeout(120_000);
    const empty: string[] = [];
    for (const page of damagedPages(PAGES, 52)) {
      const r = importEditorial(page, { today: '2025-01-01' });
      if (/[\p{L}\p{N}]/u.test(pageText(page)) && !r.markdown.trim() && !r.notes.includes(NO_ARTICLE)) empty.push(page.slice(0, 200));
    }
    assert.deepEqual(empty, [], `${empty.length} of ${PAGES} pages came out empty with no reason`);
  });
});
