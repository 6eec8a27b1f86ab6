/** Reads a document's `clio:` front matter (calendar convention, region); wrong values are reported, defaults kept. */
import { getReform } from '../calendar';
import type { FrontMatter } from '../markdown';
import type { Convention, Finding, FrontMatterSettings } from './types';

const CONVENTIONS: readonly string[] = ['gregorian', 'julian', 'dual'];

function problem(start: number, end: number, message: string): Finding {
  return { code: 'front-matter', severity: 'warning', start, end, message, fixes: [] };
}

export function readFrontMatter(text: string, block: FrontMatter | undefined): FrontMatterSettings {
  const result: FrontMatterSettings = { block, hasClioKey: false, findings: [] };
  if (!block) return result;
  const yamlText = text.slice(block.contentStart, block.contentEnd);
  // Loaded on first use, off the startup path: many drafts have no front matter.
  const { parseDocument } = require('yaml') as typeof import('yaml');
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false });
  const at = (range: [number, number, number?] | undefined): [number, number] =>
    range ? [block.contentStart + range[0], block.contentStart + Math.max(range[1], range[0] + 1)] : [block.start, block.end];
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const [s, t] = e.pos ? [block.contentStart + e.pos[0], block.contentStart + Math.max(e.pos[1], e.pos[0] + 1)] : [block.start, block.end];
    result.findings.push(problem(s, Math.min(t, block.end), `Front matter is not valid YAML (${e.message.split('\n')[0]}); Clio uses its default settings for this document.`));
    return result;
  }
  const root = doc.contents;
  if (!root || typeof root !== 'object' || !('get' in root)) return result;
  const clio = doc.get('clio', true) as unknown;
  if (clio === undefined || clio === null) return result;
  result.hasClioKey = true;
  const node = doc.getIn(['clio'], true) as { range?: [number, number, number]; get?: unknown } | undefined;
  if (typeof clio !== 'object' || !('get' in (clio as object))) {
    const [s, e] = at(node?.range);
    result.findings.push(problem(s, e, '`clio` in front matter must be a mapping, e.g. `clio: { calendar: gregorian, region: russia }`.'));
    return result;
  }
  const calendar = doc.getIn(['clio', 'calendar']);
  const calendarNode = doc.getIn(['clio', 'calendar'], true) as { range?: [number, number, number] } | undefined;
  if (calendar !== undefined) {
    if (typeof calendar === 'string' && CONVENTIONS.includes(calendar)) result.calendar = calendar as Convention;
    else {
      const [s, e] = at(calendarNode?.range);
      result.findings.push(problem(s, e, `\`clio.calendar\` must be gregorian, julian or dual, not ${JSON.stringify(calendar)}; unmarked dates are read by the settings instead.`));
    }
  }
  const region = doc.getIn(['clio', 'region']);
  const regionNode = doc.getIn(['clio', 'region'], true) as { range?: [number, number, number] } | undefined;
  if (region !== undefined) {
    if (typeof region === 'string' && (region === 'auto' || getReform(region))) result.region = region === 'auto' ? undefined : region;
    else {
      const [s, e] = at(regionNode?.range);
      result.findings.push(problem(s, e, `\`clio.region\` ${JSON.stringify(region)} is not a known region (see data/calendar-reforms.json, e.g. russia, britain, france); the region is inferred from the text instead.`));
    }
  }
  const yearStart = doc.getIn(['clio', 'yearStart']);
  const yearStartNode = doc.getIn(['clio', 'yearStart'], true) as { range?: [number, number, number] } | undefined;
  if (yearStart !== undefined) {
    if (yearStart === 'january' || yearStart === 'march') result.yearStart = yearStart;
    else {
      const [s, e] = at(yearStartNode?.range);
      result.findings.push(problem(s, e, `\`clio.yearStart\` must be january or march, not ${JSON.stringify(yearStart)}; years before 25 March are read by the settings instead.`));
    }
  }
  return result;
}
