/**
 * `clio check` decodes files itself (cli/files.ts): what it reports must sit where the text has it as Node's own UTF-8
 * reading gives it — non-ASCII text before a finding, a byte-order mark, and bytes that are not UTF-8 at all.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cliRunner';

const DATE = '30 February 1917';

interface Reported {
  code: string;
  range: { start: { line: number; character: number } };
}

/** Writes `bytes` as a draft, checks it, and returns where the invalid date is reported and where Node's reading has it. */
function checkBytes(bytes: Buffer): { reported: Reported['range']['start'][]; expected: { line: number; character: number } } {
  const dir = mkdtempSync(join(tmpdir(), 'clio-encoding-'));
  writeFileSync(join(dir, 'draft.md'), bytes);
  const r = runCli(['check', '--format', 'json', 'draft.md'], dir);
  assert.equal(r.status, 1, r.stderr);
  const findings = JSON.parse(r.stdout) as Reported[];
  const lines = bytes.toString('utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(DATE));
  return { reported: findings.filter((f) => f.code === 'invalid-date').map((f) => f.range.start).slice(0, 1), expected: { line, character: lines[line].indexOf(DATE) } };
}

describe('clio check reads files as UTF-8', () => {
  it('reports a date after Cyrillic, dashes and a byte-order mark in UTF-16 columns', () => {
    const text = `\uFEFFСегодня — «в Петрограде» — ${DATE} is no day.\n\nЕщё раз: ${DATE}.\n`;
    const { reported, expected } = checkBytes(Buffer.from(text, 'utf8'));
    assert.equal(expected.character, 28); // counted in UTF-16 code units, the mark included
    assert.deepEqual(reported, [expected]);
  });

  it('reads bytes that are not UTF-8 as replacement characters, one per bad sequence as Node does', () => {
    // A cut-off three-byte sequence (one U+FFFD), an encoded surrogate (three), a stray 0xFF (one), then the date.
    const bytes = Buffer.concat([Buffer.from('Вот: '), Buffer.from([0xe2, 0x82]), Buffer.from(' '), Buffer.from([0xed, 0xa0, 0x80, 0xff]), Buffer.from(` ${DATE} again.\n`)]);
    const { reported, expected } = checkBytes(bytes);
    assert.equal(expected.character, 12);
    assert.deepEqual(reported, [expected]);
  });
});
