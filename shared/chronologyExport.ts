/**
 * A chronology (clio/chronology's result) written out for publication: a Markdown table for an appendix, CSV, JSON,
 * TimelineJS 3 JSON. Pure functions of the result, shared by `clio chronology` and the timeline view's Export….
 */
import { fromJdn } from '../server/src/calendar/jdn';
import type { ChronologyItem, ChronologyResult } from './protocol';

export const CHRONOLOGY_FORMATS = ['md', 'csv', 'json', 'timelinejs'] as const;
export type ChronologyFormat = (typeof CHRONOLOGY_FORMATS)[number];

export interface ExportOptions {
  /** How a file is named in the output ("chapters/one.md"): the CLI's path as given, the view's workspace-relative path. */
  fileName(uri: string): string;
  /** TimelineJS's title slide headline. */
  title?: string;
}

export function exportChronology(result: ChronologyResult, format: ChronologyFormat, options: ExportOptions): string {
  switch (format) {
    case 'md':
      return markdownTable(result.items, options);
    case 'csv':
      return csv(result.items, options);
    case 'json':
      return JSON.stringify(result, null, 2) + '\n';
    case 'timelinejs':
      return JSON.stringify(timelineJs(result, options), null, 2) + '\n';
  }
}

/** "chapter-1.md:12", 1-based as editors show it. */
function where(item: ChronologyItem, options: ExportOptions): string {
  return `${options.fileName(item.uri)}:${item.range.start.line + 1}`;
}

/** What the item is, for a reader: an event's name, a person's name and that it is their life, a date as written. */
function what(item: ChronologyItem): string {
  return item.kind === 'person' ? `${item.label} (life)` : item.label;
}

function markdownTable(items: readonly ChronologyItem[], options: ExportOptions): string {
  const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const rows = items.map((i) => `| ${[i.text, i.otherCalendarText, what(i), where(i, options) + (i.section ? ` (${i.section})` : '')].map(cell).join(' | ')} |`);
  return ['| Date | Other calendar | What | Where |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}

const CSV_COLUMNS = ['start_jdn', 'end_jdn', 'precision', 'edtf', 'date', 'other_calendar', 'kind', 'label', 'entity_id', 'file', 'line', 'column', 'section', 'diagnostics'];

/** RFC 4180: CRLF line ends, a field quoted when it holds a comma, a quote or a line break (its quotes doubled). */
function csv(items: readonly ChronologyItem[], options: ExportOptions): string {
  const field = (v: string | number) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const rows = items.map((i) =>
    [i.startJdn, i.endJdn, i.precision, i.edtf, i.text, i.otherCalendarText, i.kind, i.label, i.entityId ?? '', options.fileName(i.uri), i.range.start.line + 1, i.range.start.character + 1, i.section ?? '', i.diagnostics.join(' ')].map(field).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

// ————— TimelineJS 3 (https://timeline.knightlab.com/docs/json-format.html) —————

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  /** Shown instead of TimelineJS's own (Gregorian) formatting: the date in the document's convention. */
  display_date?: string;
}
export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
}
export interface TimelineJsDocument {
  title?: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

/** TimelineJS renders headlines and texts as HTML: the draft's words are text. */
function html(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const GROUPS: Record<ChronologyItem['kind'], string> = { date: 'Dates', event: 'Events', person: 'People' };

/**
 * TimelineJS places slides by the proleptic Gregorian calendar (JavaScript dates): each item's days in it, as fine as
 * the span needs — a year for whole years, a month for whole months, else days — and the document's own words shown.
 */
export function timelineJs(result: ChronologyResult, options: ExportOptions): TimelineJsDocument {
  const events = result.items.map((item): TimelineJsSlide => {
    const first = fromJdn(item.startJdn, 'gregorian');
    const last = fromJdn(item.endJdn, 'gregorian');
    const after = fromJdn(item.endJdn + 1, 'gregorian');
    const level = first.day !== 1 || after.day !== 1 ? 'day' : first.month !== 1 || after.month !== 1 ? 'month' : 'year';
    const date = (d: { year: number; month: number; day: number }): TimelineJsDate =>
      level === 'day' ? { year: d.year, month: d.month, day: d.day } : level === 'month' ? { year: d.year, month: d.month } : { year: d.year };
    const body = [item.otherCalendarText, `${where(item, options)}${item.section ? ` (${item.section})` : ''}`].join(' · ');
    return {
      start_date: { ...date(first), display_date: item.text },
      // A span shown at a coarser level may begin and end on the same date there ("c. 1725"): then it has no end.
      ...(JSON.stringify(date(last)) !== JSON.stringify(date(first)) ? { end_date: date(last) } : {}),
      text: { headline: html(what(item)), text: html(body) },
      group: GROUPS[item.kind],
    };
  });
  return { ...(options.title ? { title: { text: { headline: html(options.title), text: `${events.length} dated items` } } } : {}), events };
}
