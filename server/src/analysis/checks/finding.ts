/** The one place a check's finding is shaped: its code's default severity comes from the registry (codes.ts). */
import type { Span } from '../../util/span';
import { CODES, type DiagnosticCode } from '../codes';
import type { Finding, Fix, Severity } from '../types';

/**
 * A finding of `code` over `at` (a date's mention, a side's part), with the code's default severity unless the caller
 * gives another (information on weak evidence, said where the evidence is weighed).
 */
export function finding(code: DiagnosticCode, at: Span, message: string, fixes: Fix[] = [], severity: Severity = CODES[code].severity): Finding {
  return { code, severity, start: at.start, end: at.end, message, fixes };
}
