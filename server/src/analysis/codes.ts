/**
 * The registry of diagnostic codes: each code once, with its default severity, a title and one-line description
 * (the CLI's SARIF rules are derived from them) and the file where it is produced. package.json's
 * `clio.diagnostics.severity`, data/schema/clio-config.schema.json and the README table are checked against this
 * by test/unit/codes.test.ts. A leaf module: it imports nothing, so any layer may import it.
 */

/** The same union as `Severity` in types.ts (which imports this module, so it is spelled out here). */
export type CodeSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface CodeInfo {
  /** The severity the producer gives it unless settings override it. */
  readonly severity: CodeSeverity;
  /** A few words (SARIF shortDescription). */
  readonly title: string;
  /** One line: when it is reported (SARIF fullDescription). */
  readonly description: string;
  /** The file, from the repository root, where findings of this code are made. */
  readonly producedIn: string;
}

export const CODES = {
  /** `7 March (O.S. 23 February) 1917`: the two sides of a dual date are not the same day. */
  'dual-date-mismatch': {
    severity: 'warning',
    title: 'Dual date whose two sides differ',
    description: 'The two sides of a dual date (Old Style and New Style) are not the same day.',
    producedIn: 'server/src/analysis/checks/dualDateMismatch.ts',
  },
  /** An unmarked date that is the other calendar's day of a known event; information only when the event is not named nearby. */
  'calendar-mixup': {
    severity: 'warning',
    title: 'Date in the other calendar',
    description: "An unmarked date is the other calendar's date of a known event mentioned nearby (or, weaker, of a known event of that region and year), or its year is the other year reckoning's (England's legal year began on 25 March until 1751).",
    producedIn: 'server/src/analysis/checks/calendarMixup.ts',
  },
  /** `the Treaty of Brest-Litovsk was signed on 3 May 1918`: a date written for a known event is none of its days in either calendar. */
  'event-date-mismatch': {
    severity: 'warning',
    title: 'Wrong date for a known event',
    description: "A date written for a known event (the event's name and the date side by side) is none of the event's days in either calendar.",
    producedIn: 'server/src/analysis/checks/eventDateMismatch.ts',
  },
  /** `Lenin (1870–1925)`: life years after a known person's name disagree with the dataset in both calendars. */
  'life-dates-mismatch': {
    severity: 'warning',
    title: 'Wrong life years for a known person',
    description: "Life years in parentheses after a known person's name ((1870–1924), (b. 1870), (d. 1924)) that fit the dataset's birth or death in neither calendar.",
    producedIn: 'server/src/analysis/checks/lifeDatesMismatch.ts',
  },
  /** An unmarked date where and when Julian was local, with no convention to read it by. */
  'ambiguous-calendar': {
    severity: 'information',
    title: 'Unmarked date of uncertain calendar',
    description: 'An unmarked date falls where and when Julian was the local calendar, and the document declares no convention to read it by.',
    producedIn: 'server/src/analysis/checks/ambiguousCalendar.ts',
  },
  /** `31 April`, or `29 February 1900` read as Gregorian. */
  'invalid-date': {
    severity: 'error',
    title: 'No such day',
    description: 'No such day (31 April; 32 March and 1917-13-45 in no calendar), or a day that exists in one calendar only (29 February 1900 is Julian only) read in the other.',
    producedIn: 'server/src/analysis/checks/invalidDate.ts',
  },
  /** A day the region's reform skipped, read in the civil calendar of the time. */
  'reform-gap': {
    severity: 'warning',
    title: 'Day skipped by the calendar reform',
    description: "A day that the region's calendar reform skipped (Russia: 1–13 February 1918 N.S.; Britain: 3–13 September 1752).",
    producedIn: 'server/src/analysis/checks/reformGap.ts',
  },
  /** `Tuesday, 7 November 1917` (a Wednesday N.S.). */
  'weekday-mismatch': {
    severity: 'warning',
    title: 'Weekday does not fit the date',
    description: 'A stated weekday disagrees with the date (the message says when it fits the other calendar).',
    producedIn: 'server/src/analysis/checks/weekdayMismatch.ts',
  },
  /** A person's name no dataset knows, found by `compromise` in a worker, off the keystroke path. */
  'unknown-person': {
    severity: 'hint',
    title: 'Person not in any dataset',
    description: "A person's name that no dataset knows; add them to a workspace dataset (*.clio.json) to get hovers and checks.",
    producedIn: 'server/src/analysis/checks/unknownPerson.ts',
  },
  /**
   * Reported in the dataset or settings file itself. The problems are found by dataset/load.ts and workspace.ts; the
   * code is attached here for the CLI and in the LSP workspace service for the editor. Not filtered by severity settings.
   */
  'dataset-error': {
    severity: 'error',
    title: 'Invalid dataset or settings file',
    description: 'A user dataset (*.clio.json) or the workspace settings (.clio.json) are not valid; the rest keeps working.',
    producedIn: 'server/src/cli/check.ts',
  },
  /** The document's `clio:` front matter is not YAML or has wrong values; defaults are used. */
  'front-matter': {
    severity: 'warning',
    title: 'Invalid clio front matter',
    description: "The document's front matter is not valid YAML or its clio settings have wrong values; defaults are used instead.",
    producedIn: 'server/src/analysis/frontMatter.ts',
  },
  /** Only the first MAX_ANALYZED_LENGTH characters (up to a line break) were analyzed. */
  'document-too-large': {
    severity: 'information',
    title: 'Document only partly checked',
    description: 'The document is longer than Clio checks; only its beginning was analyzed.',
    producedIn: 'server/src/analysis/analyze.ts',
  },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;

/** Every code, in the registry's order (SARIF's rule indices follow it). */
export const DIAGNOSTIC_CODES = Object.keys(CODES) as readonly DiagnosticCode[];
