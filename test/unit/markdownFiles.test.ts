/** The one rule for which files are Markdown, shared by `clio check`, Check Workspace and find-all-references. */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { markdownFiles, markdownFilesSync } from '../../server/src/workspace';

describe('Markdown file walk', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'clio-walk-'));
    const files = ['a.md', 'B.MD', 'c.markdown', 'notes.txt', 'md', 'sub/d.Markdown', 'sub/deeper/e.md', '.hidden/x.md', 'node_modules/y.md', '.dot.md'];
    for (const f of files) {
      mkdirSync(join(root, f, '..'), { recursive: true });
      writeFileSync(join(root, f), '# x\n');
    }
    mkdirSync(join(root, 'folder.md')); // a folder named like a file is walked, not read
    writeFileSync(join(root, 'folder.md', 'f.md'), '# x\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('takes .md and .markdown in any case, skips dot entries and node_modules, in name order', async () => {
    const expected = ['a.md', 'B.MD', 'c.markdown', 'folder.md/f.md', 'sub/d.Markdown', 'sub/deeper/e.md'];
    const rel = (paths: string[]) => paths.map((p) => relative(root, p).split('\\').join('/'));
    assert.deepEqual(rel(markdownFilesSync(root)), expected);
    assert.deepEqual(rel(await markdownFiles(root)), expected);
  });
});
