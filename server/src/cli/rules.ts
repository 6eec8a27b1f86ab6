/** A title and a description per diagnostic code for SARIF's rule list, taken from the registry (analysis/codes.ts). */
import { CODES, type DiagnosticCode } from '../analysis/codes';

export interface RuleText {
  short: string;
  full: string;
}

export function ruleText(code: DiagnosticCode): RuleText {
  return { short: CODES[code].title, full: CODES[code].description };
}

/** How to silence or configure a rule (SARIF help text). */
export function ruleHelp(code: DiagnosticCode): string {
  return `${CODES[code].description} Silence one place with <!-- clio-disable-next-line ${code} -->, or set "severity" / "disable" for ${code} in .clio.json.`;
}
