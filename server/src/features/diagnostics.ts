/** Findings of the core → LSP diagnostics (offsets become UTF-16 line/character positions here, at the edge). */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity, DocumentAnalysis } from '../analysis/types';

export const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostics(analysis: DocumentAnalysis, doc: Pick<TextDocument, 'positionAt'>): Diagnostic[] {
  return analysis.findings.map((f) => ({
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: LSP_SEVERITY[f.severity],
    code: f.code,
    source: 'clio',
    message: f.message,
  }));
}
