/**
 * Which project and datasets `clio check` reads, through the built dist/cli.js in a temporary folder tree that also
 * holds unrelated datasets (one broken): only the project of the first PATH is searched, never the folders beside it.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from './cliRunner';

/** An event whose Old Style day, written unmarked in a New Style draft, is a calendar-mixup: shows the dataset was read. */
const TRAM = JSON.stringify({
  events: [
    {
      id: 'fare-strike',
      name: 'Tram fare strike',
      aliases: [],
      summary: 'A strike invented for this test.',
      sources: ['test fixture'],
      start: { date: '1916-02-18', calendar: 'julian' },
      region: 'russia',
      article: 'the',
    },
  ],
});
const BROKEN = '{ "people": [ { "id": "Bad Id" } ] }\n';
const DRAFT = '---\nclio:\n  calendar: gregorian\n  region: russia\n---\n\nThe Tram fare strike began on 18 February 1916.\n';

interface JsonFinding {
  file: string;
  code: string;
}

describe('clio check reads only the project it checks', () => {
  let root: string;

  /** Writes files (path → content; a path ending in / is a folder) under a fresh temporary folder. */
  function tree(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'clio-project-'));
    for (const [path, text] of Object.entries(files)) {
      if (path.endsWith('/')) mkdirSync(join(dir, path), { recursive: true });
      else {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    }
    return dir;
  }

  function check(cwd: string, ...args: string[]) {
    const r = runCli(['check', '--format', 'json', ...args], cwd);
    assert.notEqual(r.status, 2, r.stderr);
    // Which files had which codes (a broken file has several dataset-errors), sorted.
    const findings = [...new Set((JSON.parse(r.stdout) as JsonFinding[]).map((f) => `${f.file} ${f.code}`))].sort();
    return { findings, stderr: r.stderr };
  }

  before(() => {
    // The draft alone in a folder of the temporary tree, a dataset beside it, unrelated (and broken) datasets around.
    root = tree({
      'loose/chapter.md': DRAFT,
      'loose/tram.clio.json': TRAM,
      'unrelated/broken.clio.json': BROKEN,
      'unrelated/deeper/tram.clio.json': TRAM,
    });
  });

  it('outside any project uses the bundled dataset only, and walks nothing', () => {
    const { findings, stderr } = check(root, '--verbose', 'loose/chapter.md');
    assert.deepEqual(findings, []);
    assert.match(stderr, /^project: none \(no \.clio\.json or \.git at or above the first PATH\)/);
    assert.match(stderr, /^dataset: bundled \(people\.json, events\.json/m);
    assert.equal(stderr.match(/^dataset: /gm)?.length, 1, stderr);
  });

  it('adds the --dataset files given, and --verbose lists them', () => {
    const { findings, stderr } = check(root, '--verbose', '--dataset', 'loose/tram.clio.json', '--dataset', join(root, 'unrelated/broken.clio.json'), 'loose/chapter.md');
    assert.deepEqual(findings, ['loose/chapter.md calendar-mixup', 'unrelated/broken.clio.json dataset-error']);
    assert.match(stderr, /^dataset: loose\/tram\.clio\.json$/m);
    assert.match(stderr, /^dataset: unrelated\/broken\.clio\.json$/m);
  });

  it('a --dataset file that is not there is bad usage (exit 2)', () => {
    const r = runCli(['check', '--dataset', 'loose/missing.clio.json', 'loose/chapter.md'], root);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'clio: cannot read dataset loose/missing.clio.json: no such file\n');
  });

  it('the nearest folder holding .clio.json is the project: its datasets count, the folders beside it do not', () => {
    const dir = tree({
      'book/.clio.json': '{}',
      'book/data/tram.clio.json': TRAM,
      'book/chapters/one/chapter.md': DRAFT,
      'notes/broken.clio.json': BROKEN,
    });
    for (const path of ['book/chapters/one/chapter.md', 'book/chapters', 'book/chapters/**/*.md']) {
      const { findings, stderr } = check(dir, '--verbose', path);
      assert.deepEqual(findings, ['book/chapters/one/chapter.md calendar-mixup'], path);
      assert.match(stderr, /^project: book \(holds \.clio\.json\)$/m);
      assert.match(stderr, /^dataset: book\/data\/tram\.clio\.json$/m);
    }
  });

  it('a Git repository is the project when no .clio.json is nearer, and the walk never goes above it', () => {
    // `.git` is a folder in a clone, a file in a worktree or submodule.
    for (const [git, content] of [['.git/', ''], ['.git', 'gitdir: /elsewhere\n']]) {
      const dir = tree({
        '.clio.json': '{ "disable": ["calendar-mixup"] }',
        'outer-broken.clio.json': BROKEN,
        [`repo/${git}`]: content,
        'repo/data/tram.clio.json': TRAM,
        'repo/notes/chapter.md': DRAFT,
      });
      const { findings, stderr } = check(join(dir, 'repo/notes'), '--verbose', 'chapter.md');
      assert.deepEqual(findings, ['chapter.md calendar-mixup'], git);
      assert.match(stderr, /^project: \.\. \(holds \.git\)$/m);
    }
  });

  it('a broken dataset inside the project is reported, in its file', () => {
    const dir = tree({ '.clio.json': '{}', 'broken.clio.json': BROKEN, 'chapter.md': DRAFT });
    const { findings } = check(dir, 'chapter.md');
    assert.deepEqual(findings, ['broken.clio.json dataset-error']);
  });

  it('reads the year start from .clio.json: with "march" an undoubled year before 25 March is the legal year', () => {
    // Charles I was executed on 30 January 1649 by modern reckoning, 30 January 1648 in England's legal year.
    const settings = { calendar: 'julian', region: 'britain' };
    const text = 'Charles I was executed on 30 January 1648.\n';
    const modern = tree({ '.clio.json': JSON.stringify(settings), 'chapter.md': text });
    assert.deepEqual(check(modern, 'chapter.md').findings, ['chapter.md calendar-mixup']);
    const legal = tree({ '.clio.json': JSON.stringify({ ...settings, yearStart: 'march' }), 'chapter.md': text });
    assert.deepEqual(check(legal, 'chapter.md').findings, []);
  });

  it('--help says which datasets a run uses', () => {
    const help = runCli(['--help']).stdout;
    assert.match(help, /--dataset FILE/);
    assert.match(help, /--verbose/);
    assert.match(help, /nearest\s+folder at or above it holding \.clio\.json or \.git/);
  });
});
