/** clio/listEvents: the dataset's events for the Insert Event picker, each with a snippet in the document's style. */
import type { EventListItem } from '../../../shared/protocol';
import type { DocumentAnalysis } from '../analysis/types';
import { spanWords } from '../analysis/words';
import { convert, type Calendar } from '../calendar';
import type { Dataset } from '../dataset/dataset';
import { fullDay, parseDatedValue } from '../dataset/dates';
import type { HistoricalEvent } from '../dataset/types';
import { documentHabits, escapeSnippet, eventDateVariants, type DocumentHabits } from './eventText';

/** One event for the Insert Event picker, with its snippet in the document's convention. */
function eventListItem(e: HistoricalEvent, habits: DocumentHabits): EventListItem {
  const start = fullDay(e.start);
  const end = fullDay(e.end);
  const words = (c: Calendar): string | null => {
    if (!start) return null;
    const first = start.calendar === c ? start.day : convert(start.day, start.calendar);
    const last = end ? (end.calendar === c ? end.day : convert(end.day, end.calendar)) : undefined;
    return spanWords(first, last);
  };
  const article = e.article ?? 'the';
  const date = eventDateVariants(e, habits)[0];
  const dateTail = date ? ` of ${date}` : '';
  let n = 0;
  const snippet =
    (article ? `\${${++n}:${escapeSnippet(article)} }` : '') + escapeSnippet(e.name) + (date ? `\${${++n}:${escapeSnippet(dateTail)}}` : '');
  return {
    id: e.id,
    name: e.name,
    aliases: e.aliases,
    kind: e.kind,
    year: parseDatedValue(e.start)?.year ?? 0,
    julian: words('julian'),
    gregorian: words('gregorian'),
    recordedIn: e.start.calendar,
    snippet,
    text: `${article ? `${article} ` : ''}${e.name}${dateTail}`,
  };
}

/** Every event, with its snippet written the way the document (if any) writes dates. */
export function listEvents(dataset: Dataset, analysis: DocumentAnalysis | undefined): EventListItem[] {
  const habits = documentHabits(analysis);
  const out: EventListItem[] = [];
  for (const e of dataset.entities()) if (e.type === 'event') out.push(eventListItem(e, habits));
  return out.sort((a, b) => a.year - b.year || a.name.localeCompare(b.name));
}
