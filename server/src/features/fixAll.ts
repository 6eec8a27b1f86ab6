/**
 * Fix all on one text (pure), for `clio check --fix` and the editor's fix-all action: apply every safe fix, re-analyze,
 * repeat until nothing changes (a fix can reveal another, e.g. a corrected dual date now disagreeing with its weekday,
 * and weekday fixes wait for a pass of their own: codeActions.ts), at most MAX_FIX_PASSES.
 */
import { TextDocument, type Position } from 'vscode-languageserver-textdocument';
import type { DiagnosticCode, TextEdit, DocumentAnalysis } from '../analysis/types';
import { applyTextEdits, fixAllEdits } from './codeActions';

const MAX_FIX_PASSES = 5;

export interface AppliedFix {
  code: DiagnosticCode;
  title: string;
  /** Where the finding was, in the text of the pass that fixed it (the original text for pass 1). */
  position: Position;
  pass: number;
}

export interface FixResult {
  text: string;
  applied: AppliedFix[];
  /** False when the last pass still had fixes to apply (or the fixes went round in a circle). */
  settled: boolean;
}

export function fixText(original: string, analyzeText: (text: string) => DocumentAnalysis, maxPasses = MAX_FIX_PASSES): FixResult {
  const applied: AppliedFix[] = [];
  const seen = new Set<string>([original]);
  let text = original;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const analysis = analyzeText(text);
    const edits = fixAllEdits(analysis);
    if (edits.length === 0) return { text, applied, settled: true };
    // fixAllEdits returns the chosen fixes' own edit objects, so a finding was fixed when all its safe edits are in.
    const chosen = new Set<TextEdit>(edits);
    const doc = TextDocument.create('file:///fix', 'markdown', pass, text);
    for (const finding of analysis.findings) {
      const fix = finding.fixes.find((f) => f.safe);
      if (fix && fix.edits.length > 0 && fix.edits.every((e) => chosen.has(e))) {
        applied.push({ code: finding.code, title: fix.title, position: doc.positionAt(finding.start), pass });
      }
    }
    const next = applyTextEdits(text, edits);
    if (next === text || seen.has(next)) return { text: next, applied, settled: false };
    seen.add(next);
    text = next;
  }
  return { text, applied, settled: fixAllEdits(analyzeText(text)).length === 0 };
}
