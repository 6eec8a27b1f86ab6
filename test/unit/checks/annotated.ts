/**
 * Check tests written as annotated Markdown, in the shape of rust-analyzer's `check_diagnostics`: under a line,
 *
 *     On 8 March (O.S. 24 February) 1917 …
 *        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning dual-date-mismatch: 8 March 1917 (N.S.) is 23 February 1917 (O.S.), not 24 February
 *
 * marks the range of one expected finding in the line above (the nearest line that is not an annotation), its
 * severity, code and message (exact, or a prefix when it ends in `…`). Annotation lines are removed before the
 * pure `analyze()` runs; the findings must then be exactly the annotated ones — an unexpected finding fails too.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/analyze';
import { DEFAULT_SETTINGS, type Finding, type Settings } from '../../../server/src/analysis/types';
import type { Dataset } from '../../../server/src/dataset/dataset';
import { bundledDataset } from '../../../server/src/dataset/bundled';

/** Settings that read unmarked dates as New Style in Russia, so that ambiguous-calendar stays quiet. */
export const NEW_STYLE_RUSSIA: Partial<Settings> = { calendar: 'gregorian', region: 'russia' };

const ANNOTATION = /^(\s*)(\^+)\s+(error|warning|information|hint)\s+([a-z-]+):\s?(.*)$/;

interface Expected {
  start: number;
  end: number;
  severity: string;
  code: string;
  message: string;
}

let dataset: Dataset | undefined;

/** Removes the indentation common to all non-blank lines and the newline that opens a template literal. */
function dedent(source: string): string[] {
  const lines = source.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut));
}

/** Splits annotated source into the text to analyze (ending in a newline) and the expected findings. */
export function parseAnnotated(source: string): { text: string; expected: Expected[] } {
  const real: string[] = [];
  const expected: Expected[] = [];
  let offset = 0;
  let lastLineStart = -1;
  for (const line of dedent(source)) {
    const m = ANNOTATION.exec(line);
    if (!m) {
      real.push(line);
      lastLineStart = offset;
      offset += line.length + 1;
      continue;
    }
    assert.ok(lastLineStart >= 0, `annotation before any line: ${line}`);
    const column = m[1].length;
    const above = real[real.length - 1];
    // One caret past the end marks the line break (where a YAML error at the end of a line points).
    assert.ok(column + m[2].length <= above.length + 1, `annotation runs past the end of its line: ${above} / ${line}`);
    expected.push({ start: lastLineStart + column, end: lastLineStart + column + m[2].length, severity: m[3], code: m[4], message: m[5] });
  }
  return { text: real.join('\n') + '\n', expected };
}

/** One finding as an annotation line under its line (for failure output: paste-ready). */
function render(text: string, f: Expected): string {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const lineEnd = text.indexOf('\n', f.start);
  const width = Math.max(1, Math.min(f.end, lineEnd < 0 ? text.length : lineEnd) - f.start);
  const multiLine = lineEnd >= 0 && f.end > lineEnd + 1 ? ` (range runs on to offset ${f.end})` : '';
  return `${' '.repeat(f.start - lineStart)}${'^'.repeat(width)} ${f.severity} ${f.code}: ${f.message}${multiLine}`;
}

function annotate(text: string, findings: readonly Expected[]): string {
  const lines = text.split('\n');
  let at = 0;
  const out: string[] = [];
  for (const line of lines) {
    out.push(line);
    const end = at + line.length;
    for (const f of findings) if (f.start >= at && f.start <= end) out.push(render(text, f));
    at = end + 1;
  }
  return out.join('\n');
}

/**
 * Analyzes the annotated text with the bundled dataset and `settings` over the defaults, asserts that the findings
 * are exactly the annotated ones, and returns them (for assertions on fixes).
 */
export function checkDiagnostics(source: string, settings: Partial<Settings> = {}): { text: string; findings: Finding[] } {
  const { text, expected } = parseAnnotated(source);
  dataset ??= bundledDataset();
  const findings = analyze(text, dataset, { ...DEFAULT_SETTINGS, ...settings }).findings;
  const key = (f: Expected) => `${f.start}-${f.end} ${f.severity} ${f.code}: ${f.message}`;
  // A prefix expectation (`…`) compares only that much of the message of the finding at its place.
  const actual = findings.map((f): Expected => {
    const prefix = expected.find((e) => e.message.endsWith('…') && e.start === f.start && e.end === f.end && e.code === f.code);
    const stem = prefix?.message.slice(0, -1);
    const message = stem !== undefined && f.message.startsWith(stem) ? prefix!.message : f.message;
    return { start: f.start, end: f.end, severity: f.severity, code: f.code, message };
  });
  assert.deepEqual(
    actual.map(key).sort(),
    expected.map(key).sort(),
    `findings differ; the text with its actual findings:\n${annotate(text, findings.map((f) => ({ ...f })))}\n`,
  );
  return { text, findings };
}
