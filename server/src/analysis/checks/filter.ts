/** Per-code severities from the settings, and the in-place `<!-- clio-disable… -->` switches. */
import type { Directive } from '../../markdown';
import type { Finding, Settings } from '../types';

function silenced(f: Finding, dirs: Directive[]): boolean {
  let disabledAll = false;
  const disabled = new Set<string>();
  for (const d of dirs) {
    if (d.kind === 'disable-next-line' || d.kind === 'disable-line') {
      if (d.target && f.start >= d.target.start && f.start <= d.target.end && (d.codes.length === 0 || d.codes.includes(f.code))) return true;
      continue;
    }
    if (d.kind === 'disable-file' || d.kind === 'enable-file') {
      if (d.codes.length === 0 ? true : d.codes.includes(f.code)) {
        if (d.kind === 'disable-file') return true;
      }
      continue;
    }
    if (d.start > f.start) continue; // only switches before the finding count for ranges
    const on = d.kind === 'enable';
    if (d.codes.length === 0) {
      disabledAll = !on;
      if (on) disabled.clear();
    } else if (d.codes.includes(f.code)) {
      if (on) disabled.delete(f.code);
      else disabled.add(f.code);
    }
  }
  return disabledAll || disabled.has(f.code);
}

export function applyDirectivesAndSeverity(findings: Finding[], dirs: Directive[], settings: Settings): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const override = settings.severity[f.code];
    if (override === 'off') continue;
    if (dirs.length > 0 && silenced(f, dirs)) continue;
    out.push(override ? { ...f, severity: override } : f);
  }
  return out;
}
