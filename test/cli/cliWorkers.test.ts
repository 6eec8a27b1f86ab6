/** `clio check` on many files shares them with worker threads (cli/pool.ts): the report must not show it. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cliRunner';

const SEED = join(__dirname, '..', 'fixtures', 'seed.md');
const TESTOV = 'Ivan Testov was born on 1 March 1880 (N.S.) in Tver.';
const PETROVA = 'Anna Petrova was born on 2 April 1881 (N.S.) in Tula.';

describe('clio check with worker threads', function () {
  let dir: string;
  let extra: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clio-workers-'));
    // A person only this folder's dataset knows: the workers must load the same workspace as the main thread.
    const testov = { id: 'ivan-testov', name: 'Ivan Testov', aliases: ['Testov'], summary: 'A test entry.', sources: ['Test fixture'], born: { date: '1880-03-01', calendar: 'julian', place: 'Tver' } };
    writeFileSync(join(dir, 'people.clio.json'), JSON.stringify({ people: [testov] }));
    writeFileSync(join(dir, '.clio.json'), '{}'); // the folder is the project, so its datasets are read
    // And one only a --dataset file outside the project knows.
    const petrova = { id: 'anna-petrova', name: 'Anna Petrova', aliases: ['Petrova'], summary: 'A test entry.', sources: ['Test fixture'], born: { date: '1881-04-02', calendar: 'julian', place: 'Tula' } };
    extra = join(mkdtempSync(join(tmpdir(), 'clio-workers-extra-')), 'extra.clio.json');
    writeFileSync(extra, JSON.stringify({ people: [petrova] }));
    const paragraphs = readFileSync(SEED, 'utf8').split(/\n{2,}/);
    const files = 12;
    for (let i = 0; i < files; i++) {
      const own = paragraphs.filter((_, k) => k % files === i).join('\n\n');
      // 50–200 KB each, so the worker threads are up before the main thread has checked every file; sizes differ, so
      // the threads finish their files out of order.
      const text = `${own}\n\n${paragraphs.join('\n\n').repeat(1 + (i % 4))}`;
      writeFileSync(join(dir, `chapter-${String(i).padStart(2, '0')}.md`), `# Chapter ${i}\n\n${text}\n\n${i % 3 === 0 ? TESTOV : ''} ${i % 4 === 1 ? PETROVA : ''}\n`);
    }
  });

  for (const format of ['text', 'json']) {
    it(`reports exactly what checking one file after the other reports (${format})`, () => {
      const args = ['check', '--format', format, '--no-color', '--dataset', extra, dir];
      const oneByOne = runCli(args, dir, { CLIO_WORKERS: '0' });
      const pooled = runCli(args, dir, { CLIO_WORKERS: '2' });
      assert.equal(pooled.stderr, oneByOne.stderr);
      assert.equal(pooled.status, oneByOne.status);
      assert.equal(pooled.stdout, oneByOne.stdout);
      // The report lists files in their order, and the folder's own dataset was applied in every thread.
      const findings: { file: string; message: string }[] =
        format === 'json' ? JSON.parse(oneByOne.stdout) : oneByOne.stdout.split('\n').filter((l) => l.includes('.md:')).map((l) => ({ file: l, message: l }));
      const chapter = (f: { file: string }) => Number(/chapter-(\d\d)\.md/.exec(f.file)?.[1]);
      const files = findings.map(chapter);
      assert.deepEqual(files, [...files].sort((a, b) => a - b));
      assert.deepEqual(findings.filter((f) => f.message.includes("Ivan Testov's birth")).map(chapter), [0, 3, 6, 9]);
      assert.deepEqual(findings.filter((f) => f.message.includes("Anna Petrova's birth")).map(chapter), [1, 5, 9]);
    });
  }
});
