/** A title and a description per diagnostic code, for SARIF's rule list (a Record, so a new code cannot be forgotten). */
import type { DiagnosticCode } from '../analysis/types';

export interface RuleText {
  short: string;
  full: string;
}

export const RULES: Record<DiagnosticCode, RuleText> = {
  'dual-date-mismatch': {
    short: 'Dual date whose two sides differ',
    full: 'The two sides of a dual date (Old Style and New Style) are not the same day.',
  },
  'calendar-mixup': {
    short: 'Date in the other calendar',
    full: "An unmarked date is the other calendar's date of a known event mentioned nearby (or, weaker, of a known event of that region and year).",
  },
  'ambiguous-calendar': {
    short: 'Unmarked date of uncertain calendar',
    full: 'An unmarked date falls where and when Julian was the local calendar, and the document declares no convention to read it by.',
  },
  'invalid-date': {
    short: 'No such day',
    full: 'No such day (31 April), or a day that exists in one calendar only (29 February 1900 is Julian only) read in the other.',
  },
  'reform-gap': {
    short: 'Day skipped by the calendar reform',
    full: "A day that the region's calendar reform skipped (Russia: 1–13 February 1918 N.S.; Britain: 3–13 September 1752).",
  },
  'weekday-mismatch': {
    short: 'Weekday does not fit the date',
    full: 'A stated weekday disagrees with the date (the message says when it fits the other calendar).',
  },
  'unknown-person': {
    short: 'Person not in any dataset',
    full: "A person's name that no dataset knows; add them to a workspace dataset (*.clio.json) to get hovers and checks.",
  },
  'dataset-error': {
    short: 'Invalid dataset or settings file',
    full: 'A user dataset (*.clio.json) or the workspace settings (.clio.json) are not valid; the rest keeps working.',
  },
  'front-matter': {
    short: 'Invalid clio front matter',
    full: "The document's front matter is not valid YAML or its clio settings have wrong values; defaults are used instead.",
  },
  'document-too-large': {
    short: 'Document only partly checked',
    full: 'The document is longer than Clio checks; only its beginning was analyzed.',
  },
};

/** How to silence or configure a rule (SARIF help text). */
export function ruleHelp(code: DiagnosticCode): string {
  return `${RULES[code].full} Silence one place with <!-- clio-disable-next-line ${code} -->, or set "severity" / "disable" for ${code} in .clio.json.`;
}
