/**
 * Issue #14 §1–3 through `clio check` as a user runs it (round 46's audit): the dual-date forms of §1 in a New Style
 * Russian draft are each flagged on their line, and `--fix` corrects them in the writer's own form; the conventions of
 * §2 and the names of §3 read the same as through the server.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cliRunner';

const NEW_STYLE_RUSSIA = '---\nclio:\n  calendar: gregorian\n  region: russia\n---\n\n';

/** Writes `text` as a.md in a fresh project folder and returns the folder. */
function project(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clio-issue14-'));
  writeFileSync(join(dir, '.clio.json'), '{}\n');
  writeFileSync(join(dir, 'a.md'), text);
  return dir;
}

interface JsonFinding {
  range: { start: { line: number; character: number } };
  severity: string;
  code: string;
  message: string;
}

function check(dir: string): [string, string, string, string][] {
  const r = runCli(['check', '--format', 'json', '--exit-zero', 'a.md'], dir);
  assert.equal(r.status, 0, r.stderr);
  return (JSON.parse(r.stdout) as JsonFinding[]).map((f) => [`${f.range.start.line + 1}:${f.range.start.character + 1}`, f.severity, f.code, f.message]);
}

describe('issue #14 §1–3 examples through clio check', () => {
  it('the wrong dual dates of §1 are flagged, and --fix corrects each in its own form', () => {
    const wrong = [
      'On 3 (17) July 1917 the crowds came out.',
      'On 2 (16) March 1917 the Tsar abdicated.',
      'On 3/17 July 1917 again.',
      'On the 16th of July (O.S.), the 30th of July (N.S.), 1917 it rained.',
      'On March the 16th, 1917 (O.S. March 2) it snowed.',
      'The last Julian day, 31 January 1918 (Julian calendar), 14 February 1918 (Gregorian calendar), came.',
      'The decree took effect on 31.I.1918 (14.II.1918).',
    ];
    const right = [
      'On 3 (16) July 1917 the crowds came out.',
      'On 2 (15) March 1917 the Tsar abdicated.',
      'On 3/16 July 1917 again.',
      'On the 16th of July (O.S.), the 29th of July (N.S.), 1917 it rained.',
      'On March the 16th, 1917 (O.S. March 3) it snowed.',
      'The last Julian day, 31 January 1918 (Julian calendar), 13 February 1918 (Gregorian calendar), came.',
      'The decree took effect on 31.I.1918 (13.II.1918).',
    ];
    const dir = project(`${NEW_STYLE_RUSSIA}${wrong.join('\n\n')}\n`);
    assert.deepEqual(check(dir), [
      ['7:4', 'warning', 'dual-date-mismatch', '3 July 1917 (O.S.) is 16 July 1917 (N.S.), not 17 July'],
      ['9:4', 'warning', 'dual-date-mismatch', '2 March 1917 (O.S.) is 15 March 1917 (N.S.), not 16 March'],
      ['11:4', 'warning', 'dual-date-mismatch', '3 July 1917 (O.S.) is 16 July 1917 (N.S.), not 17 July'],
      ['13:8', 'warning', 'dual-date-mismatch', '16 July 1917 (O.S.) is 29 July 1917 (N.S.), not 30 July'],
      ['15:4', 'warning', 'dual-date-mismatch', '16 March 1917 (N.S.) is 3 March 1917 (O.S.), not 2 March'],
      ['17:22', 'warning', 'dual-date-mismatch', '31 January 1918 (O.S.) is 13 February 1918 (N.S.), not 14 February 1918'],
      ['19:27', 'warning', 'dual-date-mismatch', '31 January 1918 (O.S.) is 13 February 1918 (N.S.), not 14 February 1918'],
    ]);
    const fixed = runCli(['check', '--fix', 'a.md'], dir);
    assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), `${NEW_STYLE_RUSSIA}${right.join('\n\n')}\n`);
  });

  it('the right dual dates of §1 are quiet, Russian and an event elsewhere included', () => {
    const dir = project(
      `${NEW_STYLE_RUSSIA}23 February (8 March) 1917, 24–25 October (6–7 November) 1917, 19 February (3 March) 1861 and 25 октября (7 ноября) 1917 года.\n\n` +
        'In Russia 31 January (13 February in the rest of Europe) 1918 was the last Julian day.\n',
    );
    assert.deepEqual(check(dir), []);
  });

  it('§2–3: a convention holds only while its calendar was local, a label phrase marks its date, a note is given once', () => {
    const oldStyle = project('---\nclio:\n  calendar: julian\n  region: russia\n---\n\nKirov was killed on 1 December 1934 in Leningrad.\n');
    assert.deepEqual(check(oldStyle), []);
    const labelled = project(`${NEW_STYLE_RUSSIA}The July Days began on 16 July 1917 by the Julian reckoning.\n`);
    assert.deepEqual(check(labelled), [
      ['7:24', 'warning', 'calendar-mixup', '16 July 1917 is marked O.S., but it is the N.S. date of the July Days (= 3 July 1917 O.S.)'],
    ]);
    const none = project('In Petrograd the crowds gathered on 12 May 1917. Nothing happened on 7 June 1917. Rain fell on 9 September 1917.\n');
    assert.deepEqual(check(none), [
      [
        '1:37',
        'information',
        'ambiguous-calendar',
        '12 May 1917 and 2 other dates are not marked, and no convention is stated: they are read as Old Style, the calendar Russia used then (12 May 1917 O.S. = 25 May 1917 N.S.; as N.S. it would be 29 April 1917 O.S.)',
      ],
    ]);
    const named = project(`${NEW_STYLE_RUSSIA}The Winter Palace fell on 25 October 1917.\n`);
    assert.deepEqual(check(named), [
      [
        '7:27',
        'warning',
        'calendar-mixup',
        '25 October 1917 is the O.S. date of the storming of the Winter Palace, 7 November 1917 N.S.; this document reads unmarked dates as New Style',
      ],
    ]);
  });
});
