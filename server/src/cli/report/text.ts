/** `--format text`: one `file:line:col: severity code: message` line per finding (1-based), then a summary line. */
import type { Severity } from '../../analysis/types';
import type { Paint, Style } from './color';
import { countBySeverity, type CheckSummary } from './types';

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', information: 'cyan', hint: 'dim' };

export function textReport({ findings, filesChecked }: CheckSummary, paint: Paint): string {
  let out = '';
  for (const f of findings) {
    const where = `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}:`;
    out += `${paint('bold', where)} ${paint(SEVERITY_STYLE[f.severity], f.severity)} ${paint('dim', f.code + ':')} ${f.message}\n`;
  }
  const c = countBySeverity(findings);
  const summary = `${filesChecked} file${filesChecked === 1 ? '' : 's'} checked: ${c.error} errors, ${c.warning} warnings, ${c.information + c.hint} notes`;
  return out + paint(c.error > 0 ? 'red' : c.warning > 0 ? 'yellow' : 'green', summary) + '\n';
}
