// The persisted editorial index in a real VS Code host: a second start restores every unchanged
// editorial without parsing it, parses what changed, and survives a damaged or foreign index.
// Each "start" is a fresh library and indexer over the same workspace and storage folder.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EditorialLibrary } from '../../src/core/editorial/library';
import { parseGlossaryJson } from '../../src/core/glossary/entries';
import { GlossaryIndex } from '../../src/core/glossary/glossaryIndex';
import { Config } from '../../src/services/config';
import { EditorialCache } from '../../src/services/editorialCache';
import { EditorialIndexer } from '../../src/services/editorialIndexer';
import { Log } from '../../src/services/log';
import { WorkspaceFiles } from '../../src/services/workspaceFiles';
import { api, EXTENSION_ID, until } from './helpers';

/** The workspace files, counting what is read (a warm start should read nothing it knows). */
class CountingFiles extends WorkspaceFiles {
  readonly reads: string[] = [];
  override read(uri: vscode.Uri, maxBytes: number) {
    this.reads.push(uri.toString());
    return super.read(uri, maxBytes);
  }
}

function editorial(title: string, lead: string): string {
  return `## ${title}\n\n*This editorial is based on “${title}” which was published in The Hindu on 02/03/2025.*\n\n**For Prelims:** [Quad](#), [WTO](#)\n\n**For Mains:** GS Paper 2\n\n### What are the Key Challenges?\n\n- **${lead}:** The WTO and the Quad matter here.\n\n## Conclusion\n\nDone.\n`;
}

describe('Persisted editorial index (real VS Code host)', function () {
  this.timeout(60000);
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  const dir = () => vscode.Uri.joinPath(folder(), 'editorials', 'index-test');
  const file = (name: string) => vscode.Uri.joinPath(dir(), name);
  const write = (name: string, text: string) => vscode.workspace.fs.writeFile(file(name), new TextEncoder().encode(text));
  /** A markdown note outside the editorials folder: content detection reads it, and finds no editorial. */
  const note = () => vscode.Uri.joinPath(folder(), 'index-test-notes', 'note.md');
  const writeNote = (text: string) => vscode.workspace.fs.writeFile(note(), new TextEncoder().encode(text));
  const storage = vscode.Uri.file(fs.mkdtempSync(path.join(os.tmpdir(), 'upsc-index-')));
  const shardsDir = path.join(storage.fsPath, 'editorial-index');
  const disposables: vscode.Disposable[] = [];
  let shared: { log: Log; config: Config };
  /** File events of a write arrive late (and a new folder is walked again up to 3 s after it
   *  appears): a start meanwhile would parse the files for those events, not for want of an index. */
  const settle = () => new Promise(r => setTimeout(r, 3500));

  /** The bundled glossary's main file, as the extension loads it. */
  const glossaryTerms = () => {
    const file = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'data', 'glossary.json');
    return parseGlossaryJson(fs.readFileSync(file, 'utf8'), file).terms;
  };

  /** One start of the extension's indexing: load (sample and scan), the restored files checked
   *  against their stats, the term mentions indexed (wired to the index as the extension does, in
   *  features/context.ts), then the index written. */
  async function start(version = '1.0.0') {
    const library = new EditorialLibrary();
    const files = new CountingFiles();
    const cache = new EditorialCache(storage, library, files, shared.log, version);
    const indexer = new EditorialIndexer(library, files, shared.config, shared.log, vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, cache);
    const glossary = new GlossaryIndex(library);
    glossary.setSource('bundled:glossary.json', glossaryTerms(), true);
    cache.keepMentions(entry => glossary.mentionsToSave(entry));
    glossary.useSavedMentions((entry, fingerprint) => cache.mentionsFor(entry, fingerprint));
    await indexer.load();
    await indexer.checked();
    await glossary.indexMentions();
    cache.dropSavedMentions();
    await cache.save();
    // Stopped, as at the end of a session: its watcher would parse files written by the next test.
    for (const d of [indexer, cache, files]) d.dispose();
    const own = library.all().filter(e => !e.bundled && e.uri.includes('index-test'));
    const mine = (uri: string) => uri.includes('index-test');
    return { library, cache, glossary, own, parsed: library.parseCount - 1 /* the sample */, reads: files.reads.filter(mine) };
  }

  before(async () => {
    const upsc = await api();
    shared = { log: new Log(), config: new Config() };
    disposables.push(shared.log, shared.config);
    await write('a.md', editorial('Reforming the WTO', 'Appellate Body'));
    await write('b.md', editorial('India and the Quad', 'Maritime Cooperation'));
    await write('c.md', editorial('Climate Finance', 'Funding Gap'));
    await writeNote('# My notes on the Quad\n\n- maritime cooperation\n');
    await until('the extension sees them', () => upsc.library.visible().filter(e => e.uri.includes('index-test')).length === 3);
    await settle();
  });

  after(async () => {
    for (const d of disposables.reverse()) d.dispose();
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), 'editorials'), { recursive: true });
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), 'index-test-notes'), { recursive: true });
    fs.rmSync(storage.fsPath, { recursive: true, force: true });
    // The extension's own library drops them when the folder's delete event comes, which can be
    // late: until then the next suite would see these three editorials instead of the sample.
    const upsc = await api();
    await until('the extension drops the test editorials', () => upsc.library.all().every(e => !e.uri.includes('index-test')) || undefined);
  });

  it('writes the index after a cold start and restores every unchanged editorial on the next, parsing none', async () => {
    const cold = await start();
    assert.equal(cold.own.length, 3);
    assert.ok(cold.parsed >= 3, `cold start parsed ${cold.parsed}`);
    assert.ok(fs.readdirSync(shardsDir).some(n => /^shard-\d+\.ndjson$/.test(n)), 'shards written');

    const warm = await start();
    assert.equal(warm.parsed, 0, 'nothing parsed on a warm start');
    // (JSON has no `undefined` values: a field that was undefined is absent, which reads the same.)
    assert.deepEqual(warm.own.map(e => JSON.stringify(e.editorial)), cold.own.map(e => JSON.stringify(e.editorial)), 'the same editorials, read back exactly');
    assert.deepEqual(warm.own.map(e => e.hash), cold.own.map(e => e.hash));
    assert.equal(warm.cache.shards, 0, 'a warm start with nothing changed writes nothing');
    assert.ok(cold.reads.includes(note().toString()), 'the cold start read the note to look for an editorial');
    assert.deepEqual(warm.reads, [], 'the warm start read no file: editorials restored, the note known not to be one');
    // The term mentions came from the index too, and are the ones a scan finds.
    assert.equal(cold.glossary.mentionSources.saved, 0);
    assert.equal(warm.glossary.mentionSources.scanned, 0, 'no editorial scanned for terms');
    assert.equal(warm.glossary.mentionSources.saved, warm.library.visible().length);
    for (const name of ['WTO', 'Quad']) {
      const id = cold.glossary.lookup(name)!.id;
      const where = (g: GlossaryIndex) => g.mentions(id).filter(m => m.entry.uri.includes('index-test')).map(m => `${m.entry.fileName}:${m.line}:${m.start}-${m.end}`);
      assert.ok(where(cold.glossary).length >= 3, `${name} is mentioned`);
      assert.deepEqual(where(warm.glossary), where(cold.glossary), name);
    }
  });

  it('reads a note edited since, and finds the editorial it has become', async () => {
    await writeNote(editorial('From My Notes', 'Supply Chains'));
    await settle();
    const s = await start();
    assert.deepEqual(s.reads, [note().toString()]);
    assert.ok(s.library.get(note().toString()), 'the note is an editorial now');
    await writeNote('# My notes on the Quad\n\n- maritime cooperation\n');
    await settle();
    const back = await start();
    assert.ok(!back.library.get(note().toString()), 'and not one after it is edited back');
    assert.deepEqual((await start()).reads, [], 'each change read once');
  });

  it('parses only the file that changed since', async () => {
    await write('b.md', editorial('India and the Quad, revised', 'Maritime Cooperation'));
    await settle();
    const s = await start();
    assert.equal(s.parsed, 1);
    assert.ok(s.own.some(e => e.editorial.title === 'India and the Quad, revised'));
    assert.equal(s.cache.shards, 1, 'one shard rewritten');
    assert.equal((await start()).parsed, 0);
  });

  it('drops a damaged record (that file is parsed again) and ignores garbage shards', async () => {
    // A shard whose first record is an editorial's (not the note's "not an editorial").
    const shard = fs.readdirSync(shardsDir).find(n => /^shard-\d+\.ndjson$/.test(n) && fs.readFileSync(path.join(shardsDir, n), 'utf8').split('\n')[1]?.includes('"editorial":'))!;
    const lines = fs.readFileSync(path.join(shardsDir, shard), 'utf8').split('\n');
    lines[1] = lines[1].slice(0, Math.floor(lines[1].length / 2)); // cut off half-way, as a crash would
    fs.writeFileSync(path.join(shardsDir, shard), lines.join('\n'));
    const present = new Set(fs.readdirSync(shardsDir));
    const unused = `shard-${[...Array(64).keys()].find(n => !present.has(`shard-${n}.ndjson`))}.ndjson`;
    fs.writeFileSync(path.join(shardsDir, unused), '\u0000\u0001 not an index');
    const s = await start();
    assert.equal(s.own.length, 3, 'every editorial is there');
    assert.equal(s.parsed, 1, 'only the damaged record\'s file was parsed');
    assert.ok(!fs.readdirSync(shardsDir).includes(unused), 'the garbage shard was deleted');
    assert.equal((await start()).parsed, 0, 'and the index is whole again');
  });

  it('never reads records written by another version of the parser', async () => {
    const s = await start('9.9.9');
    assert.equal(s.parsed, 3);
    assert.equal(s.own.length, 3);
  });
});
