/**
 * Each block's findings kept across passes (the Analyzer's keystroke path), so that a keystroke checks only the
 * blocks it touched. A block's findings are made again when the block is new, its readings were made again (its
 * convention, region, year in force or numeric order changed), a name in it was picked differently, the pair style
 * the document uses most changed, or an edit came within CONTEXT_REACH of it (checks read the text around a date:
 * its sentence, a name's parenthesis). Findings that read the whole document (ChecksPass says so) are made each pass.
 */
import type { TextChange } from '../markdown';
import type { ChecksPass, BlockFindings, BlockPart } from './checks';
import type { Placement, ResolvedBlock } from './placement';
import type { Convention, Finding, TextEdit } from './types';
import { partitionPoint } from '../util/search';

/** Farther than any check reads around a block: a date's sentence reaches 1,000 characters each way (sentenceAround). */
const CONTEXT_REACH = 2048;

export class KeptFindings {
  /** Findings kept with an older generation were forgotten all at once. */
  private generation = 0;

  /** Forgets every block's findings (a text not compared with the one they were made for). */
  forgetAll(): void {
    this.generation++;
  }

  /**
   * Forgets the findings an edit may have changed: all of them (`'all'`: no previous text to compare with), or those
   * of the blocks whose reach — from the end of the block before minus CONTEXT_REACH to the start of the block after
   * plus CONTEXT_REACH, so also the blank lines between — meets the changed text, new [start, newEnd).
   */
  edited(placed: readonly Placement[], change: TextChange | 'all' | undefined, textLength: number): void {
    if (!change) return;
    if (change === 'all') return this.forgetAll();
    // Both ends of the reach grow with the block's index: the blocks it meets are found by binary search.
    const first = Math.max(0, partitionPoint(placed, (p) => p.at + CONTEXT_REACH < change.start) - 1);
    for (let i = first; i < placed.length; i++) {
      const from = (i > 0 ? placed[i - 1].analyzed.end : 0) - CONTEXT_REACH;
      const to = (i + 1 < placed.length ? placed[i + 1].at : textLength) + CONTEXT_REACH;
      if (from > change.newEnd) break;
      if (to >= change.start) placed[i].kept = undefined;
    }
  }

  /** The block's findings in this pass: kept (and moved with the block) while what they were made from is the same. */
  of(p: Placement, reading: ResolvedBlock | undefined, convention: Convention | undefined, pass: ChecksPass): BlockFindings {
    const k = p.kept?.generation === this.generation ? p.kept : undefined;
    // Findings with no fix written in the document's pair style do not depend on it (most blocks find nothing).
    if (k && k.reading === reading && k.convention === convention && samePicks(k.picks, p) && (k.findings.none || k.pairHabit === pass.pairHabit)) {
      if (k.at !== p.at && !k.findings.none) {
        const delta = p.at - k.at;
        const byCheck = copied(k.findings.byCheck, (list) => (list.length ? copied(list, (f) => movedFinding(f, delta)) : list));
        k.findings = { byCheck, wholeDocument: false, none: false };
      }
      k.at = p.at;
      return k.findings;
    }
    const findings = pass.block(blockPart(p, reading));
    p.kept = findings.wholeDocument
      ? undefined
      : { generation: this.generation, findings, at: p.at, reading, convention, pairHabit: pass.pairHabit, picks: p.ambiguous.map((a) => a.mention.id) };
    return findings;
  }
}

/**
 * A copy of a finding `delta` further on (the findings handed out are not moved in place), its fields written out: a
 * generic deep copy (`shift`) of the kept findings after a change was 6 % of the first 40 keystrokes' analysis.
 * Written as literals in one order, not spread: a spread copy takes the hidden class of the check that made the
 * finding, so moved findings came in as many classes as there are checks and the optimized keystroke path met classes
 * it had not seen (bench/README.md, "Hover while typing: what a hover waits for").
 */
function movedFinding(f: Finding, delta: number): Finding {
  const fixes = copied(f.fixes, (fix) => ({ ...fix, edits: copied(fix.edits, (e) => movedEdit(e, delta)) }));
  return { code: f.code, severity: f.severity, start: f.start + delta, end: f.end + delta, message: f.message, fixes };
}

function movedEdit(e: TextEdit, delta: number): TextEdit {
  return { start: e.start + delta, end: e.end + delta, newText: e.newText };
}

/**
 * `items` copied one by one into an array grown by push. With `Array.prototype.map` here the optimized keystroke path
 * deoptimized for a wrong map on every other keystroke, though every moved finding had one hidden class: most likely
 * map's arrays differ in elements kind between its inlined and its unoptimized run (bench/README.md, ninth session).
 */
function copied<T>(items: readonly T[], copy: (item: T) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) out.push(copy(items[i]));
  return out;
}

const NO_DATES: BlockPart['dates'] = [];
const NO_IMPOSSIBLE_DATES: BlockPart['impossibleDates'] = [];

/** What the block checks weigh of one block: its dates as read in this pass, its names, its impossible dates. */
function blockPart(p: Placement, reading: ResolvedBlock | undefined): BlockPart {
  return { dates: reading?.dates ?? NO_DATES, entities: p.entities, impossibleDates: impossibleDatesOf(p) };
}

/** The block's impossible dates at document offsets (a block rarely has any: no copy otherwise). */
export function impossibleDatesOf(p: Placement): BlockPart['impossibleDates'] {
  if (p.scan.impossible.length === 0) return NO_IMPOSSIBLE_DATES;
  return p.scan.impossible.map((d) => ({ ...d, start: d.start + p.at, end: d.end + p.at, yearSpan: { start: d.yearSpan.start + p.at, end: d.yearSpan.end + p.at } }));
}

/** The block's ambiguous names are picked as when the findings were made. */
function samePicks(picks: readonly string[], p: Placement): boolean {
  if (picks.length !== p.ambiguous.length) return false;
  for (let i = 0; i < picks.length; i++) if (picks[i] !== p.ambiguous[i].mention.id) return false;
  return true;
}
