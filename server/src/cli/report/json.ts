/** `--format json`: the contract's array of {file, range, severity, code, message, fixes:[{title, edits}]} (docs/design.md, "Command line"). */
import type { CliFinding } from './types';

export function jsonReport(findings: readonly CliFinding[]): string {
  const out = findings.map((f) => ({
    file: f.file,
    range: f.range,
    severity: f.severity,
    code: f.code,
    message: f.message,
    fixes: f.fixes.map((fix) => ({ title: fix.title, edits: fix.edits })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}
