/**
 * Quick fixes never lose text: over many seeded, generated documents, every fix of every finding changes only the
 * finding's own date (or the front matter, for convention fixes), keeps line endings and surrogate pairs whole, leaves
 * a document that still analyzes, and is a no-op when offered again after re-analysis.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { DEFAULT_SETTINGS, type Finding, type Fix, type Settings, type TextEdit, type DocumentAnalysis } from '../../server/src/analysis/types';
import { bundledDataset } from '../../server/src/dataset/bundled';
import { applyTextEdits, fixAllEdits } from '../../server/src/features/codeActions';
import { rng } from '../random';


const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NAMES = ['Lenin', 'Trotsky', 'Kerensky', 'Nicholas II', 'Rasputin', 'the February Revolution', 'the October Revolution', 'Kornilov'];
const UNICODE = ['🏛️', '👩‍👩‍👧', 'é', 'e\u0301', 'Ле́нин', '\u200b', '𝔄', '—', '«', '»', '\u00a0'];
const FRONT_MATTER = [
  '',
  '---\nclio:\n  calendar: gregorian\n  region: russia\n---\n\n',
  '---\nclio:\n  calendar: julian\n  region: russia\n---\n\n',
  '---\nclio:\n  calendar: dual\n---\n\n',
  '---\ntitle: A chapter\n---\n\n',
  '---\nclio:\n  region: britain\n---\n\n',
];

/** A random document: prose sentences with dates in every form the grammar reads, right and wrong. */
export function generateDocument(random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const year = () => pick([1917, 1917, 1918, 1905, 1900, 1752, 1582, 1924, int(1600, 1940)]);
  const day = () => pick([int(1, 28), int(1, 31), 29, 30, 31]);
  const m = () => int(0, 11);
  const single = (): string => {
    const d = day();
    const mo = m();
    const y = year();
    return pick([
      () => `${d} ${MONTHS[mo]} ${y}`,
      () => `${MONTHS[mo]} ${d}, ${y}`,
      () => `${d} ${SHORT[mo]} ${y}`,
      () => `${d}th of ${MONTHS[mo]} ${y}`,
      () => `${y}-${String(mo + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      () => `${d} ${RU[mo]} ${y} г.`,
      () => `${d} ${MONTHS[mo]}`,
      () => `${Math.min(d, 20)}–${Math.min(d, 20) + int(1, 8)} ${MONTHS[mo]} ${y}`,
      () => `${d} ${MONTHS[mo]} – ${int(1, 28)} ${MONTHS[(mo + 1) % 12]} ${y}`,
      () => `${d} ${MONTHS[mo]} ${y} ${pick(['(O.S.)', '(N.S.)', 'Old Style', '(Julian)', '[Gregorian]'])}`,
      () => `${pick(['29 February 1900', '29 February 1800', '29 February 1700', '31 April 1917', '30 February 1917'])}`,
      () => `${int(1, 13)} February 1918`,
      () => `${int(3, 13)} September 1752`,
      () => `${int(5, 14)} October 1582`,
    ])();
  };
  const dual = (): string => {
    const y = pick([1917, 1918, 1905, 1900, 1752, int(1700, 1917)]);
    const mo = m();
    const d = int(1, 28);
    const off = pick([13, 13, 12, 11, 14, int(0, 20)]); // right (13 in 1900–2099) and wrong
    const od = d + off;
    const [gd, gm] = od > 28 ? [od - 28, (mo + 1) % 12] : [od, mo];
    return pick([
      () => `${gd} ${MONTHS[gm]} (O.S. ${d} ${MONTHS[mo]}) ${y}`,
      () => `${gd} ${MONTHS[gm]} [O.S. ${d} ${MONTHS[mo]}] ${y}`,
      () => `${d} ${MONTHS[mo]}/${gd} ${MONTHS[gm]} ${y}`,
      () => `${d} ${MONTHS[mo]} [${gd} ${MONTHS[gm]}] ${y}`,
      () => `${d} ${MONTHS[mo]} (${gd} ${MONTHS[gm]}) ${y}`,
      () => `${Math.min(gd, 20)}–${Math.min(gd, 20) + 4} ${MONTHS[gm]} (O.S. ${Math.min(d, 20)}–${Math.min(d, 20) + int(3, 5)} ${MONTHS[mo]}) ${y}`,
    ])();
  };
  const dated = (): string => {
    const r = random();
    if (r < 0.15) return `${pick(WEEKDAYS)}, ${single()}`;
    if (r < 0.2) return `${pick(WEEKDAYS).slice(0, 3)}. ${single()}`;
    return r < 0.55 ? dual() : single();
  };
  const sentence = (): string => {
    const around = () => (random() < 0.3 ? pick(UNICODE) : '');
    return pick([
      () => `On ${around()}${dated()}${around()} ${pick(NAMES)} arrived in Petrograd.`,
      () => `${pick(NAMES)} wrote that ${dated()} was cold.`,
      () => `${around()} By ${dated()}, ${pick(NAMES)} had left${around()}.`,
      () => `In ${year()} the events of ${dated()} and ${dated()} followed.`,
      () => `The *${dated()}* entry (see ${pick(NAMES)}) says so.`,
    ])();
  };
  const paragraphs: string[] = [];
  for (let p = int(1, 5); p > 0; p--) {
    const kind = random();
    const body = Array.from({ length: int(1, 4) }, sentence).join(random() < 0.2 ? '\n' : ' ');
    paragraphs.push(kind < 0.1 ? `## ${year()}` : kind < 0.2 ? `- ${body}` : kind < 0.27 ? `> ${body}` : body);
  }
  const text = pick(FRONT_MATTER) + paragraphs.join('\n\n') + '\n';
  return random() < 0.3 ? text.replace(/\n/g, '\r\n') : text;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The offset does not fall inside a surrogate pair or a CRLF. */
function atBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return !(isHigh(before) && isLow(after)) && !(before === 13 && after === 10);
}

function lineEndings(text: string): { crlf: number; lf: number; cr: number } {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  return { crlf, lf: (text.match(/\n/g) ?? []).length - crlf, cr: (text.match(/\r/g) ?? []).length - crlf };
}

function frontMatterEnd(analysis: DocumentAnalysis): number {
  return analysis.frontMatter.block?.end ?? 0;
}

function describeCase(seed: number, text: string, f: Finding, fix: Fix): string {
  return `seed ${seed}, ${f.code} at ${f.start}-${f.end} ${JSON.stringify(text.slice(f.start, f.end))}, fix "${fix.title}" ${JSON.stringify(fix.edits)}\n${JSON.stringify(text)}`;
}

/** Re-finds a finding after its own fix: same code, overlapping where the finding now lies. */
function sameFinding(after: DocumentAnalysis, f: Finding, edits: readonly TextEdit[]): Finding | undefined {
  const delta = edits.filter((e) => e.start >= f.start && e.end <= f.end).reduce((n, e) => n + e.newText.length - (e.end - e.start), 0);
  const shiftBefore = edits.filter((e) => e.end <= f.start && !(e.start === f.start && e.end === f.start)).reduce((n, e) => n + e.newText.length - (e.end - e.start), 0);
  const start = f.start + shiftBefore;
  const end = f.end + shiftBefore + delta;
  return after.findings.find((g) => g.code === f.code && g.start < Math.max(end, start + 1) && start < g.end);
}

describe('quick fixes never lose text (property, seeded)', function () {
  this.timeout(120000);
  const dataset = bundledDataset();
  const settings: Settings = DEFAULT_SETTINGS;
  const DOCUMENTS = 200;
  const stats = { documents: 0, findings: 0, fixes: 0, codes: new Map<string, number>() };

  it(`every fix of every finding in ${DOCUMENTS} generated documents changes only its date and is stable`, () => {
    for (let seed = 1; seed <= DOCUMENTS; seed++) {
      const text = generateDocument(rng(seed));
      const analysis = analyze(text, dataset, settings);
      stats.documents++;
      const endings = lineEndings(text);
      for (const f of analysis.findings) {
        stats.findings++;
        stats.codes.set(f.code, (stats.codes.get(f.code) ?? 0) + 1);
        assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `range in the text: seed ${seed} ${JSON.stringify(f)}`);
        assert.ok(atBoundary(text, f.start) && atBoundary(text, f.end), `finding does not split a character: seed ${seed} ${JSON.stringify(f)}`);
        for (const fix of f.fixes) {
          stats.fixes++;
          const why = describeCase(seed, text, f, fix);
          assert.ok(fix.edits.length > 0, `a fix has edits: ${why}`);
          const touchesFrontMatter = /front matter/.test(fix.title);
          for (const e of fix.edits) {
            assert.ok(e.start <= e.end, `edit is a range: ${why}`);
            if (touchesFrontMatter) assert.ok(e.end <= frontMatterEnd(analysis), `convention fix edits only the front matter: ${why}`);
            else assert.ok(e.start >= f.start && e.end <= f.end, `edit lies inside the finding's date: ${why}`);
            assert.ok(atBoundary(text, e.start) && atBoundary(text, e.end), `edit does not split a character: ${why}`);
            assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(e.newText), `no lone surrogate written: ${why}`);
          }
          const fixed = applyTextEdits(text, fix.edits);
          // Everything outside the edited ranges is identical.
          const first = Math.min(...fix.edits.map((e) => e.start));
          const last = Math.max(...fix.edits.map((e) => e.end));
          assert.equal(fixed.slice(0, first), text.slice(0, first), `text before the edit kept: ${why}`);
          assert.equal(fixed.slice(fixed.length - (text.length - last)), text.slice(last), `text after the edit kept: ${why}`);
          // Line endings: a fix adds none in the wrong style (CRLF stays CRLF) and removes none.
          const after = lineEndings(fixed);
          assert.ok(after.crlf >= endings.crlf && after.cr === endings.cr, `line endings kept: ${why}`);
          if (endings.lf === 0 && endings.crlf > 0) assert.equal(after.lf, 0, `no bare LF written into a CRLF document: ${why}`);

          let again: DocumentAnalysis;
          assert.doesNotThrow(() => {
            again = analyze(fixed, dataset, settings);
          }, `the fixed text analyzes: ${why}`);
          // Stable: the finding is gone, so nothing is offered again (a fix that left it, even one that a second
          // application would not change, did not fix it).
          const still = sameFinding(again!, f, fix.edits);
          assert.equal(still, undefined, `the fix resolves its finding: ${why}\nnow: ${JSON.stringify(still)}`);
        }
      }
    }
    // The generator must actually exercise the checks, or the property says nothing.
    for (const code of ['dual-date-mismatch', 'invalid-date', 'reform-gap', 'weekday-mismatch', 'ambiguous-calendar', 'calendar-mixup']) {
      assert.ok((stats.codes.get(code) ?? 0) >= 5, `generated documents produce ${code} (${JSON.stringify([...stats.codes])})`);
    }
    assert.ok(stats.fixes > 500, `enough fixes tried: ${stats.fixes}`);
    if (process.env.CLIO_PROPERTY_STATS) console.log(stats);
  });

  it('fix all applies every safe fix without overlap and leaves text outside the findings untouched', () => {
    let applied = 0;
    const unresolved: string[] = [];
    for (let seed = 1001; seed <= 1300; seed++) {
      const text = generateDocument(rng(seed));
      const analysis = analyze(text, dataset, settings);
      const edits = fixAllEdits(analysis);
      applied += edits.length;
      for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].end <= edits[i].start, `seed ${seed}: edits do not overlap ${JSON.stringify(edits)}`);
      const owners = edits.map((e) => {
        const owner = analysis.findings.find((f) => f.fixes.some((x) => x.safe && x.edits.includes(e)));
        assert.ok(owner && e.start >= owner.start && e.end <= owner.end, `seed ${seed}: edit ${JSON.stringify(e)} belongs to a finding's date`);
        return owner;
      });
      const fixed = applyTextEdits(text, edits);
      // Outside the edits, the text is the same characters in the same order.
      let at = 0;
      let shift = 0;
      for (const e of edits) {
        assert.equal(fixed.slice(at + shift, e.start + shift), text.slice(at, e.start), `seed ${seed}: kept text between edits`);
        shift += e.newText.length - (e.end - e.start);
        at = e.end;
      }
      assert.equal(fixed.slice(at + shift), text.slice(at), `seed ${seed}: kept tail`);
      const again = analyze(fixed, dataset, settings);
      // Safe fixes fix: the findings they addressed do not come back at the same places.
      for (const owner of owners) if (sameFinding(again, owner, edits)) unresolved.push(`seed ${seed}: ${JSON.stringify(owner)}`);
      assert.ok(again.findings.length <= analysis.findings.length + edits.length, `seed ${seed}: fix all does not multiply findings`);
    }
    // A weekday fixed beside another safe fix of the same date (reform-gap, calendar-mixup), or before a rewrite into a
    // dual date that turns the document's inferred convention, was wrong again after fix all (8 of 300 seeds): weekday
    // fixes now wait for a pass with nothing else to fix.
    assert.deepEqual(unresolved, []);
    // The generated documents must give fix all work to do, or the property says nothing (1,091 edits in December).
    assert.ok(applied > 500, `fix all edits made: ${applied}`);
  });
});
