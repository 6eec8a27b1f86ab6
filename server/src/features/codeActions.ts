/** Quick fixes for Clio's diagnostics, and "fix all" (every safe fix that does not overlap another). */
import type { Finding, Fix, TextEdit, DocumentAnalysis } from '../analysis/types';

export interface FixForFinding {
  finding: Finding;
  fix: Fix;
}

/** The fixes of findings that intersect [start, end]. */
export function fixesIn(analysis: DocumentAnalysis, start: number, end: number): FixForFinding[] {
  const out: FixForFinding[] = [];
  for (const finding of analysis.findings) {
    if (finding.end < start || finding.start > end) continue;
    for (const fix of finding.fixes) out.push({ finding, fix });
  }
  return out;
}

/**
 * All safe fixes, one per finding, skipping any whose edits overlap an earlier one. A weekday's fix names the weekday of
 * its date as the date is read now, and the other fixes change readings — a day that never existed rewritten as O.S.,
 * a pair rewritten, which can also turn the convention inferred for the whole text — so weekday fixes wait for a pass
 * in which nothing else is fixed (`clio check --fix` runs passes until none is left; in the editor, fix all again).
 */
export function fixAllEdits(analysis: DocumentAnalysis): TextEdit[] {
  const others = safeEdits(analysis.findings.filter((f) => !isWeekdayFinding(f)));
  return others.length > 0 ? others : safeEdits(analysis.findings);
}

/** Fix all leaves weekday fixes for a later pass (fixAllEdits): the text has them and other safe fixes too. */
export function fixAllDefersWeekdays(analysis: DocumentAnalysis): boolean {
  const safe = analysis.findings.filter((f) => f.fixes.some((x) => x.safe));
  return safe.some(isWeekdayFinding) && safe.some((f) => !isWeekdayFinding(f));
}

const isWeekdayFinding = (f: Finding) => f.code === 'weekday-mismatch';

/** One edit that turns `before` into `after`: the span between their common start and common end. */
export function replacementBetween(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, end: before.length - tail, newText: after.slice(start, after.length - tail) };
}

function safeEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const taken: [number, number][] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some(([s, t]) => e.start < t && s < e.end) || taken.some(([s]) => s === e.start && e.start === e.end))) continue;
    for (const e of fix.edits) taken.push([e.start, e.end]);
    edits.push(...fix.edits);
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** Applies non-overlapping edits to a text (used by `clio check --fix` and tests). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}
