/** One finding as the CLI reports it: LSP positions (0-based lines, UTF-16 characters), the file as shown and its path. */
import type { DiagnosticCode, Severity } from '../../analysis/types';

export interface CliPosition {
  line: number;
  character: number;
}

export interface CliRange {
  start: CliPosition;
  end: CliPosition;
}

export interface CliFix {
  title: string;
  safe: boolean;
  edits: { range: CliRange; newText: string }[];
}

export interface CliFinding {
  /** As shown to the user: relative to the working directory when below it. */
  file: string;
  /** Absolute path (SARIF needs a URI for files outside the working directory). */
  path: string;
  range: CliRange;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  fixes: CliFix[];
}

export interface CheckSummary {
  findings: CliFinding[];
  filesChecked: number;
}

export function countBySeverity(findings: readonly CliFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
