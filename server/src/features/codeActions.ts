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

/** All safe fixes, one per finding, skipping any whose edits overlap an earlier one. */
export function fixAllEdits(analysis: DocumentAnalysis): TextEdit[] {
  const edits: TextEdit[] = [];
  const taken: [number, number][] = [];
  for (const finding of analysis.findings) {
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
