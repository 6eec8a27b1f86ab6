/**
 * The result of analyzing one document: plain data, no LSP types, shared by the server, the CLI and the tests.
 * The model sits below the pipeline (analyze.ts) and the checks so that both import it and neither imports the other.
 */
import type { Calendar, LegalYear, Reform, YearStart, YMD } from '../calendar';
import type { Block, Directive, FrontMatter } from '../markdown';
import type { DateMention, DatePart, ImpossibleDate } from '../recognize/types';
import type { Span } from '../util/span';

import type { DiagnosticCode } from './codes';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** How unmarked dates are read. `auto` infers it from the document's own dual dates. */
export type Convention = 'gregorian' | 'julian' | 'dual';

export interface Settings {
  calendar: Convention | 'auto';
  region: string; // a reform id or 'auto'
  /** Per-code severity overrides; 'off' disables the check. */
  severity: Partial<Record<DiagnosticCode, Severity | 'off'>>;
  inlayHints: { otherCalendar: boolean };
  /** How undoubled years of days before 25 March are numbered where the legal year began then (England until 1751). */
  yearStart: YearStart;
  /** How numeric dates whose day and month could be swapped ("03.02.1918") are read; auto: as the document's own prove. */
  numericDates: 'auto' | 'day-first' | 'month-first';
}

export const DEFAULT_SETTINGS: Settings = {
  calendar: 'auto',
  region: 'auto',
  severity: {},
  inlayHints: { otherCalendar: true },
  yearStart: 'january',
  numericDates: 'auto',
};

/** A replacement of text[start, end) by newText (document offsets). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by "fix all" and `clio check --fix`. */
  safe: boolean;
  preferred?: boolean;
  /** A change to a workspace dataset file rather than to the document (the LSP layer makes it a WorkspaceEdit). */
  datasetAddition?: DatasetAddition;
}

/** A new person for a dataset file at the workspace root, created if missing (valid under clio-dataset.schema.json). */
export interface DatasetAddition {
  /** File name relative to the workspace root, e.g. `people.clio.json`. */
  file: string;
  person: { id: string; name: string; aliases: string[]; summary: string; sources: string[] };
}

export interface Finding {
  code: DiagnosticCode;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  fixes: Fix[];
}

/** Where a date's calendar reading comes from (shown on hover). */
export type CalendarReason =
  | 'marker' | 'double-year' | 'sentence' | 'hebrew-date' | 'pair' | 'front-matter' | 'setting' | 'stated' | 'inferred' | 'weekday' | 'region' | 'default';

export interface DocumentConvention {
  convention: Convention | undefined;
  source: 'front-matter' | 'setting' | 'stated' | 'inferred' | 'none';
  /** The sentence that states the convention, when `source` is 'stated'. */
  statement?: { start: number; end: number; text: string };
  /** What the inferred convention rests on, when `source` is 'inferred'. */
  evidence?: { dualDates: number; doubleYears: number; eventDays: number; weekdays: number };
  region: string | undefined;
  regionSource: 'front-matter' | 'setting' | 'inferred' | 'none';
  /** How undoubled years before 25 March are read, and from where (`default`: modern reckoning, nothing said). */
  yearStart: YearStart;
  yearStartSource: 'front-matter' | 'setting' | 'stated' | 'default';
  /** The sentence that states the year start, when `yearStartSource` is 'stated'. */
  yearStartStatement?: { start: number; end: number; text: string };
}

/** Reads of the document's `clio:` front matter (frontMatter.ts). */
export interface FrontMatterSettings {
  calendar?: Convention;
  region?: string;
  yearStart?: YearStart;
  /** The front matter block, if any (used to insert or update the `clio:` keys). */
  block?: FrontMatter;
  /** Offset just after the `clio:` mapping's last line, when it exists. */
  hasClioKey: boolean;
  findings: Finding[];
}

export interface ResolvedSide {
  part: DatePart;
  /** The year this side is read in (written, shared, from the pair, or from context). */
  year?: number;
  yearFromContext: boolean;
  /** The context year came from a date after this one: the range it opens ("from 2 to 6 September 1666"), or its paragraph's narrative. */
  yearFromLater?: boolean;
  calendar: Calendar;
  reason: CalendarReason;
  /** The first day and, for ranges, the last day, as written (in `calendar`). */
  first?: YMD;
  last?: YMD;
  /** Defined when `first` exists in `calendar`. */
  jdn?: number;
  endJdn?: number;
  /**
   * Where the region's legal year then began after 1 January (England before 1752) and this day falls before its
   * start: the day's legal year, one less than the modern `year`. `yearStartRead` says the written year was read
   * as that legal year (the document counts years from 25 March), so `year` is the written one plus one.
   */
  legalYear?: LegalYear;
  yearStartRead?: boolean;
}

/** A date mention with the year and the calendar each side is read in (resolve.ts). */
export interface ResolvedDate {
  mention: DateMention;
  first: ResolvedSide;
  second?: ResolvedSide;
  /** The reform of the region the date's paragraph is about, if known. */
  reform?: Reform;
  /** True when the date says for itself which calendar it is in (marker, sentence, or a pair). */
  selfExplained: boolean;
}

/** A name in the text resolved to one dataset entity. */
export interface EntityMention extends Span {
  id: string;
  /** The alias matched several entities and this one was chosen by context. */
  guess: boolean;
  alternatives?: readonly string[];
  block: number;
}

export interface AnalyzedBlock extends Span {
  kind: Block['kind'];
  headingLevel?: number;
  prose: Span[];
  region?: string;
}

/** What analyze() returns for one document. */
export interface DocumentAnalysis {
  text: string;
  blocks: AnalyzedBlock[];
  dates: (ResolvedDate & { block: number })[];
  /** Dates whose day or month no calendar has ("32 March 1917", "1917-13-45"), at document offsets. */
  impossibleDates: ImpossibleDate[];
  entities: EntityMention[];
  convention: DocumentConvention;
  frontMatter: FrontMatterSettings;
  /** The `<!-- clio-… -->` comments that silence checks, in document order (also for findings added later). */
  directives: Directive[];
  findings: Finding[];
}
