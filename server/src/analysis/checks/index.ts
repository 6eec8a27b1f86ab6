/**
 * All checks, one file per diagnostic code; each is a pure function of the analysis. Most weigh one block's dates and
 * names at a time (with the document's convention and the region and year in force), so a block's findings can be
 * kept while it and that context stay the same (blockFindings.ts); the others weigh the whole document.
 */
import type { Dataset } from '../../dataset/dataset';
import type { ImpossibleDate } from '../../recognize/types';
import { pairHabit } from '../rewrite';
import type { DocumentAnalysis, EntityMention, Finding } from '../types';
import { checkAmbiguousCalendars } from './ambiguousCalendar';
import { checkCalendarMixups } from './calendarMixup';
import type { Check, CheckContext } from './context';
import { namedLookup } from './named';
import { checkDualDates } from './dualDateMismatch';
import { checkEventDates } from './eventDateMismatch';
import { checkImpossibleDates, checkInvalidDates } from './invalidDate';
import { checkLifeDates, checkLifeDays } from './lifeDatesMismatch';
import { checkReformGaps } from './reformGap';
import { checkWeekdays } from './weekdayMismatch';

/**
 * In report order: findings at the same place come in this order, each check's in text order. Each walks one list of
 * the block (`reads`), and is not called for a block whose list is empty (most blocks name people but date nothing).
 */
const BLOCK_CHECKS: { check: Check; reads: keyof BlockPart }[] = [
  { check: checkDualDates, reads: 'dates' },
  { check: checkImpossibleDates, reads: 'impossibleDates' },
  { check: checkInvalidDates, reads: 'dates' },
  { check: checkReformGaps, reads: 'dates' },
  { check: checkWeekdays, reads: 'dates' },
  { check: checkCalendarMixups, reads: 'dates' },
  { check: checkEventDates, reads: 'dates' },
  { check: checkLifeDates, reads: 'entities' },
  { check: checkLifeDays, reads: 'dates' },
];
const DOCUMENT_CHECKS: Check[] = [checkAmbiguousCalendars];

/** One block's share of the analysis (or the whole document's), at document offsets. */
export interface BlockPart {
  dates: DocumentAnalysis['dates'];
  entities: EntityMention[];
  impossibleDates: ImpossibleDate[];
}

/** One block's findings, one list per block check; `wholeDocument` when a check read beyond the block's own context. */
export interface BlockFindings {
  byCheck: Finding[][];
  wholeDocument: boolean;
  /** No check found anything (most blocks). */
  none: boolean;
}

const NONE: Finding[] = [];
/** What a block with no dates and no names gives. */
const NOTHING: BlockFindings = Object.freeze({ byCheck: BLOCK_CHECKS.map(() => []), wholeDocument: false, none: true });

/** One pass of the checks over a complete analysis (all but its findings): its blocks one by one, then the document. */
export class ChecksPass {
  /** The pair style the document uses most; a block's fixes write new pairs in it. */
  readonly pairHabit: CheckContext['pairHabit'];
  private readonly namedIn: CheckContext['namedIn'];
  /** The block checks' context: one object for all blocks, its view of the analysis set to each block in turn. */
  private readonly view: DocumentAnalysis;
  private readonly blockContext: CheckContext;
  /** The block being checked reads the whole document. */
  private wholeDocument = false;

  constructor(
    private readonly analysis: DocumentAnalysis,
    private readonly dataset: Dataset,
  ) {
    this.pairHabit = pairHabit(analysis.dates);
    this.namedIn = namedLookup(analysis, dataset);
    this.view = { ...analysis };
    this.blockContext = {
      analysis: this.view,
      dataset,
      pairHabit: this.pairHabit,
      namedIn: (block, at) => {
        const named = this.namedIn(block, at);
        if (named.reachesBack) this.wholeDocument = true;
        return named;
      },
      document: () => {
        this.wholeDocument = true;
        return analysis;
      },
    };
  }

  /**
   * The analysis's text now reads from `text`, the same text held another way, so that the flat string this pass read
   * can be let go (Analyzer.releaseText).
   */
  releaseText(text: string): void {
    this.analysis.text = text;
    this.view.text = text;
  }

  block(part: BlockPart): BlockFindings {
    if (part.dates.length === 0 && part.entities.length === 0 && part.impossibleDates.length === 0) return NOTHING;
    const result: BlockFindings = { byCheck: [], wholeDocument: false, none: true };
    this.view.dates = part.dates;
    this.view.entities = part.entities;
    this.view.impossibleDates = part.impossibleDates;
    this.wholeDocument = false;
    for (const { check, reads } of BLOCK_CHECKS) {
      const found = part[reads].length ? check(this.blockContext) : NONE;
      if (found.length) result.none = false;
      result.byCheck.push(found);
    }
    result.wholeDocument = this.wholeDocument;
    return result;
  }

  /** Every finding, in report order: the blocks' (those that found any, in text order) check by check, then the document's, sorted by place. */
  findings(blocks: readonly BlockFindings[]): Finding[] {
    const out: Finding[] = [];
    for (let c = 0; c < BLOCK_CHECKS.length; c++) for (const b of blocks) for (const f of b.byCheck[c]) out.push(f);
    const ctx: CheckContext = { analysis: this.analysis, dataset: this.dataset, pairHabit: this.pairHabit, namedIn: this.namedIn, document: () => this.analysis };
    for (const check of DOCUMENT_CHECKS) for (const f of check(ctx)) out.push(f);
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  }
}
