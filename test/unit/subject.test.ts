import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseEditorial } from '../../src/core/editorial/parse/parseEditorial';
import { inferSubject } from '../../src/core/syllabus/subject';
import { looksLikeEditorial } from '../../src/core/editorial/detect';
import { EditorialLibrary } from '../../src/core/editorial/library';
import { relativePath, slugify } from '../../src/core/shared/fileNames';

describe('inferSubject', () => {
  it('files the sample under GS2 International Relations', () => {
    const sample = parseEditorial(fs.readFileSync(path.join(__dirname, '../../../data/editorials/indo-us-editorial.md'), 'utf8'));
    assert.deepEqual(inferSubject(sample), { paper: 'GS2', subject: 'International Relations' });
  });

  it('reads keywords from the title and mains topics', () => {
    assert.deepEqual(inferSubject(parseEditorial('## Tackling Inflation and Fiscal Deficit\n\n**For Mains:** Economy, budget\n')), { paper: 'GS3', subject: 'Economy' });
    assert.deepEqual(inferSubject(parseEditorial('## Saving the Western Ghats\n\n**For Mains:** Biodiversity conservation, climate\n')), { paper: 'GS3', subject: 'Environment' });
    assert.deepEqual(inferSubject(parseEditorial('## Something Else\n')), { paper: 'Other', subject: 'Other' });
  });

  it('lets front matter override', () => {
    assert.deepEqual(inferSubject(parseEditorial('---\nsubject: Ethics\n---\n## Trade Talks\n')), { paper: 'GS4', subject: 'Ethics' });
    assert.deepEqual(inferSubject(parseEditorial('---\ngs: GS-III\nsubject: Agriculture\n---\n## X\n')), { paper: 'GS3', subject: 'Agriculture' });
  });
});

describe('slugify and relativePath', () => {
  it('makes ASCII slugs from titles', () => {
    assert.equal(slugify('Strengthening Indo-US Strategic Partnership'), 'strengthening-indo-us-strategic-partnership');
    assert.equal(slugify('Café & Résumé: 2025!'), 'cafe-resume-2025');
    assert.equal(slugify('नीति आयोग'), 'niti-ayog');
    assert.equal(slugify("India's Role"), 'indias-role');
    assert.ok(slugify('word '.repeat(40)).length <= 60);
  });

  it('links from a note to an editorial', () => {
    assert.equal(relativePath('/ws/notes/a.md', '/ws/editorials/x y.md'), '../editorials/x%20y.md');
    assert.equal(relativePath('/ws/notes.md', '/ws/editorials/b.md'), 'editorials/b.md');
    assert.equal(relativePath('/ws/a/b/c.md', '/ws/a/d.md'), '../d.md');
  });
});

describe('looksLikeEditorial', () => {
  it('recognises a For Prelims line or editorial front matter', () => {
    assert.equal(looksLikeEditorial('## T\n\n**For Prelims:** Quad, WTO\n'), true);
    assert.equal(looksLikeEditorial('## T\n\n**For Prelims**: Quad\n'), true);
    assert.equal(looksLikeEditorial('---\ntype: editorial\n---\n# x\n'), true);
    assert.equal(looksLikeEditorial('# My notes\n\nI studied the For Prelims terms today.\n'), false);
    assert.equal(looksLikeEditorial('---\ntype: note\n---\n'), false);
  });

  it('recognises the Hindi label, also when it is set as several bold runs', () => {
    assert.equal(looksLikeEditorial('## शीर्षक\n\n**प्रिलिम्स के लिये:** MSP\n'), true);
    assert.equal(looksLikeEditorial('## शीर्षक\n\n**प्रिलिम्स** **के लिये:** MSP\n'), true);
    assert.equal(looksLikeEditorial('## शीर्षक\n\n**प्रिलिम्स के** **लिए**: MSP\n'), true);
    assert.equal(looksLikeEditorial('## T\n\n**For** **Prelims:** Quad\n'), true);
    assert.equal(looksLikeEditorial('मैंने आज प्रिलिम्स के लिये पढ़ाई की: बहुत कुछ\n'), false);
  });
});

describe('EditorialLibrary.batch', () => {
  it('merges the changes of a batch into one event and keeps single changes immediate', async () => {
    const library = new EditorialLibrary();
    const events: { added: readonly string[]; changed: readonly string[]; removed: readonly string[] }[] = [];
    library.onDidChange(e => events.push(e));
    library.set('a', '## A\n');
    assert.equal(events.length, 1);
    await library.batch(async () => {
      library.set('b', '## B\n');
      library.set('c', '## C\n');
      library.set('a', '## A changed\n');
      library.set('d', '## D\n');
      library.delete('d');
      assert.equal(events.length, 1, 'nothing fired during the batch');
    });
    assert.equal(events.length, 2);
    assert.deepEqual(events[1], { added: ['b', 'c'], changed: ['a'], removed: [] });
  });
});
