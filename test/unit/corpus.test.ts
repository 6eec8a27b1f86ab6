// Corpus integrity and the mutation generator's own arithmetic (issue #14 §4). This test does NOT score
// Clio: the eval numbers are a report (`npm run eval`), not a pass/fail.
import assert from "node:assert/strict";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { WEEKDAYS, convert, fromJdn, gapDays, isReformEdges, offsetOf, offsetRule, toJdn, weekday } from "../corpus/lib/calendar";
import { CORPUS_DIR, HALVES, loadHalf } from "../corpus/lib/corpus";
import { findDates, readDual } from "../corpus/lib/dates";
import { KIND_NAMES, mutate } from "../corpus/mutate";
import { assign, bucket } from "../corpus/split";

describe("corpus integrity", () => {
  const all = HALVES.flatMap((h) => loadHalf(h));

  it("every passage has its annotation file, and every annotation its passage", () => {
    for (const h of HALVES) {
      const files = readdirSync(join(CORPUS_DIR, h));
      for (const f of files.filter((x) => x.endsWith(".md"))) assert.ok(files.includes(f.replace(/\.md$/, ".json")), `${h}/${f} has no .json`);
      for (const f of files.filter((x) => x.endsWith(".json"))) assert.ok(files.includes(f.replace(/\.json$/, ".md")), `${h}/${f} has no .md`);
    }
  });

  it("passages are 1–5 KB and attributed (title, url, author, licence)", () => {
    for (const p of all) {
      const size = statSync(join(CORPUS_DIR, p.half, p.slug + ".md")).size;
      assert.ok(size >= 1000 && size <= 5120, `${p.half}/${p.slug}: ${size} bytes`);
      const s = p.meta.source;
      for (const k of ["title", "url", "author", "licence", "retrieved", "changes"] as const) assert.ok(s[k], `${p.slug}: source.${k} missing`);
      assert.match(s.url, /^https?:\/\//);
      assert.match(s.licence, /CC BY-SA|Public domain/);
      assert.ok(["julian", "gregorian", "dual", "julian-until-reform", "mixed"].includes(p.meta.truth.convention), p.slug);
    }
  });

  it("each annotated source error's text occurs on its stated line", () => {
    for (const p of all) {
      const lines = p.text.split("\n");
      for (const e of p.meta.sourceErrors) {
        assert.ok(lines[e.line - 1]?.includes(e.text), `${p.half}/${p.slug}:${e.line}: "${e.text}" not on that line`);
        assert.ok(e.codes.length && e.note, `${p.slug}: source error needs codes and a note`);
      }
    }
  });

  it("the halves are the seeded split, dealt per batch, balanced overall and by batch and period", () => {
    for (const p of all) assert.ok(Number.isInteger(p.meta.batch) && p.meta.batch >= 1, `${p.slug}: batch`);
    const halves = assign(all.map((p) => ({ slug: p.slug, period: p.meta.period!, batch: p.meta.batch })));
    for (const p of all) assert.equal(p.half, halves.get(p.slug), `${p.slug} is in ${p.half}, the split says ${halves.get(p.slug)}`);
    const dev = all.filter((p) => p.half === "dev").length;
    assert.ok(Math.abs(dev - (all.length - dev)) <= 1, `dev ${dev} of ${all.length}`);
    const groups = new Set(all.map((p) => `${p.meta.batch} ${bucket(p.meta.period!)}`));
    for (const g of groups) {
      const inG = all.filter((p) => `${p.meta.batch} ${bucket(p.meta.period!)}` === g);
      const d = inG.filter((p) => p.half === "dev").length;
      assert.ok(Math.abs(d - (inG.length - d)) <= 1, `batch and period ${g}: dev ${d} of ${inG.length}`);
    }
  });

  it("a later batch does not move a passage of an earlier one", () => {
    const first = all.filter((p) => p.meta.batch === 1).map((p) => ({ slug: p.slug, period: p.meta.period!, batch: 1 }));
    const alone = assign(first);
    const extra = ["1700", "1750", "1812", "1905", "1610"].map((period, i) => ({ slug: `new-${i}`, period, batch: 2 }));
    const withMore = assign([...first, ...extra]);
    for (const it of first) assert.equal(withMore.get(it.slug), alone.get(it.slug), it.slug);
  });

  it("nothing else lives in the corpus folders", () => {
    for (const h of HALVES) for (const f of readdirSync(join(CORPUS_DIR, h))) assert.match(f, /^[a-z0-9-]+\.(md|json)$/);
    assert.ok(!existsSync(join(CORPUS_DIR, "incoming")) || readdirSync(join(CORPUS_DIR, "incoming")).length === 0, "incoming/ must be split");
  });
});

describe("corpus mutator arithmetic (independent of server/src)", () => {
  it("25 October 1917 Julian = 7 November 1917 Gregorian, a Wednesday", () => {
    assert.deepEqual(convert("julian", { y: 1917, m: 10, d: 25 }), { y: 1917, m: 11, d: 7 });
    assert.equal(WEEKDAYS[weekday(toJdn("gregorian", { y: 1917, m: 11, d: 7 }))], "Wednesday");
  });
  it("11 February 1732 Julian = 22 February 1732 Gregorian", () => {
    assert.deepEqual(convert("julian", { y: 1732, m: 2, d: 11 }), { y: 1732, m: 2, d: 22 });
  });
  it("2 September 1752 Julian was followed by 14 September 1752 Gregorian", () => {
    assert.deepEqual(fromJdn("gregorian", toJdn("julian", { y: 1752, m: 9, d: 2 }) + 1), { y: 1752, m: 9, d: 14 });
    assert.equal(gapDays("britain").length, 11);
  });
  it("18 February 1700 Julian was followed by 1 March 1700 Gregorian (18 February Julian = 28 February Gregorian)", () => {
    assert.deepEqual(fromJdn("gregorian", toJdn("julian", { y: 1700, m: 2, d: 18 }) + 1), { y: 1700, m: 3, d: 1 });
    assert.deepEqual(convert("julian", { y: 1700, m: 2, d: 18 }), { y: 1700, m: 2, d: 28 });
  });
  it("the offset is 10, 11, 12, 13 days, switching at Julian 1 March 1700/1800/1900", () => {
    for (const [y, m, d, off] of [[1699, 12, 31, 10], [1700, 2, 28, 10], [1700, 3, 1, 11], [1799, 12, 31, 11], [1800, 3, 1, 12], [1900, 2, 28, 12], [1900, 3, 1, 13], [2000, 1, 1, 13]]) {
      assert.equal(offsetOf({ y, m, d }), off, `${y}-${m}-${d}`);
      assert.equal(offsetRule({ y, m, d }), off, `${y}-${m}-${d}`);
    }
  });
  it("round-trips every day of 1582–1923 in both calendars", () => {
    for (let j = toJdn("gregorian", { y: 1582, m: 10, d: 15 }); j < toJdn("gregorian", { y: 1924, m: 1, d: 1 }); j += 37) {
      for (const c of ["julian", "gregorian"] as const) assert.equal(toJdn(c, fromJdn(c, j)), j);
    }
  });
  it("its own finder reads the classic dual-date forms", () => {
    const t = "born 9 June [O.S. 30 May] 1672; on 14 (26) December 1825; 13 March [1 March, Old Style], 1881; 6 March/21 February 1821; " +
      "On March 13, 1881 (Julian date: March 1); 14 March 1881 (Julian date: 1 March)";
    const ds = findDates(t).filter((m) => m.kind === "dual");
    assert.equal(ds.length, 6);
    assert.deepEqual(ds.map((m) => readDual(m).consistent), [true, true, true, false, true, false]);
    assert.deepEqual(ds.slice(4).map((m) => m.sides[1].label), ["julian", "julian"]); // the words before the colon label the side
  });
  it("its own finder reads a bracketed side labelled 'Julian calendar:' before it or an undotted 'OS' after it", () => {
    // Batch 20's Repin and Vyborg Bay: read as singles, the Julian side was taken for a New Style day and given its right
    // Julian weekday as a "mutant".
    const t = "Repin (August 5, 1844 (Julian calendar: July 24) – 1930); at nightfall on July 3 (June 22 OS), 1790; 17 July (6 July OS) 1788; " +
      "OS X 10 June 1790";
    const ds = findDates(t).filter((m) => m.kind === "dual");
    assert.deepEqual(ds.map((m) => m.text), ["August 5, 1844 (Julian calendar: July 24)", "July 3 (June 22 OS), 1790", "17 July (6 July OS) 1788"]);
    assert.deepEqual(ds.map((m) => m.sides[1].label), ["julian", "julian", "julian"]);
    assert.ok(ds.every((m) => readDual(m).consistent));
    assert.equal(findDates(t).find((m) => m.text === "10 June 1790")?.marker, undefined); // an undotted OS is a label only in brackets
  });
  it("its own finder reads a bracketed side followed by its calendar's name without an article ('at Julian Calendar')", () => {
    // Batch 21 (Kagul): read as two unmarked dates, the Julian side got its own (right) weekday planted as a "mutant".
    const t = "Date: 1 August 1770 (21 July at Julian Calendar); on 1 August 1770 (21 July 1770 in Julian Calendar) during";
    const ds = findDates(t);
    assert.deepEqual(ds.map((m) => [m.kind, m.sides.map((s) => s.label)]), [["dual", ["gregorian", "julian"]], ["dual", ["gregorian", "julian"]]]);
    assert.ok(ds.every((m) => readDual(m).consistent));
  });
  it("its own finder reads a day pair with spaces inside its brackets and an unlabelled pair of full days before their year", () => {
    // Batch 25: a machine translation's "June 3 ( 15 ), 1830" was a yearless single, so its pair got no mutants; in
    // "13 November (25 November) 1810 – 23 November (5 December) 1881" the second pair's days took the first's year.
    const t = "on June 3 ( 15 ), 1830 and 3 ( 15 ) June 1830; (13 November (25 November) 1810 – 23 November (5 December) 1881)";
    const ds = findDates(t);
    assert.deepEqual(ds.map((m) => [m.kind, m.year]), [["dual", 1830], ["dual", 1830], ["dual", 1810], ["dual", 1881]]);
    assert.ok(ds.every((m) => readDual(m).consistent));
  });
  it("its own finder reads a day pair written without a space before its bracket", () => {
    // Batch 29: a mirror's "(August 17(29), 1851 – April 3(15), 1881)" was two yearless singles, and the second took
    // the first's year, so its mutants were planted on 3 April 1851.
    const t = "(August 17(29), 1851 – April 3(15), 1881); on 3(16) July 1917";
    const ds = findDates(t);
    assert.deepEqual(ds.map((m) => [m.kind, m.year]), [["dual", 1851], ["dual", 1881], ["dual", 1917]]);
    assert.ok(ds.every((m) => readDual(m).consistent));
  });
  it("its own finder reads a label written before a date, as genealogy pages and calendar notes write it", () => {
    const t = "[OS: 9 September 1752 NS: 20 September 1752]; O.S. 22 February 1917; (N.S.) 7 March 1917; BOS: 7 March 1917";
    assert.deepEqual(findDates(t).map((m) => m.marker), ["julian", "gregorian", "julian", "gregorian", undefined]);
  });
  it("its own finder gives a label to one date only, and knows a Swedish-calendar day for neither calendar", () => {
    // Infobox lines of batch 5: a label after one date is not also the next one's; a label with a colon leads the next.
    const t = "Date: 3 July 1708 (O.S.), 4 July 1708 (Swedish calendar), 14 July 1708 (N.S.)\nDate: N.S.: 7 September 1812, O.S.: 26 August 1812";
    assert.deepEqual(findDates(t).map((m) => [m.text, m.marker, m.otherCalendar]), [
      ["3 July 1708 (O.S.)", "julian", undefined], ["4 July 1708 (Swedish calendar)", undefined, true], ["14 July 1708 (N.S.)", "gregorian", undefined],
      ["7 September 1812", "gregorian", undefined], ["26 August 1812", "julian", undefined]]);
    assert.deepEqual(findDates("left on 5 May 1700 (O.S.), 16 May 1700 in Paris").map((m) => m.marker), ["julian", undefined]);
    const p = { half: "dev" as const, slug: "t", meta: { source: {} as never, settings: { region: "sweden" }, truth: { convention: "dual" as const, notes: "" }, batch: 1, sourceErrors: [] }, text: t + "\n" };
    const ms = mutate(p, 99); // every candidate, not a seeded few
    assert.ok(ms.some((m) => m.text.startsWith("Date: 3 July")) && ms.some((m) => /^Date: [A-Z][a-z]+day, 3 July/.test(m.text)), "the labelled O.S. date is still mutated");
    for (const m of ms) assert.match(m.text.split("\n")[0], /[^y], 4 July 1708 \(Swedish calendar\), /); // unchanged, no weekday before it
  });
  it("its own finder reads a calendar phrase right after a date, and a yearless date's year written earlier in its sentence", () => {
    // Batch 8: Wikipedia's Horrocks ("4 December … (24 November under the Julian calendar then used in England)") and a
    // chronicle's "born 1610 and baptised 29th June" under a heading of 1639.
    assert.deepEqual(findDates("on 4 December that year (24 November under the Julian calendar then used in England)").map((m) => [m.text, m.marker]),
      [["4 December", undefined], ["24 November under the Julian calendar", "julian"]]);
    assert.deepEqual(findDates("5 October 1701 in the Gregorian calendar; 16 October 1701 (on the Gregorian calendar)").map((m) => m.marker), ["gregorian", "gregorian"]);
    const t = "# 1639\n\nThe transit on 24th November. He was born 1610 and baptised 29th June. On 3rd May he wrote.\n";
    assert.deepEqual(findDates(t).map((m) => [m.text, m.year]), [["24th November", 1639], ["29th June", 1610], ["3rd May", 1610]]);
    // a side of a slash pair it does not read is left alone, not taken for a single date of the text's convention
    assert.deepEqual(findDates("Election (November 12/25, 1917), Meeting (January 5–6/18–19, 1918), on 3 May 1918").map((m) => m.text), ["3 May 1918"]);
  });
  it("its own finder reads both labels of a bracket that labels its date, then gives the other calendar's day after a semicolon", () => {
    // Batch 18: the Putilov strike's "February 18, 1917 (according to the Julian calendar; March 2 on the Gregorian calendar)".
    const t = "The strike began on February 18, 1917 (according to the Julian calendar; March 2 on the Gregorian calendar) and grew.";
    assert.deepEqual(findDates(t).map((m) => [m.text, m.marker]), [
      ["February 18, 1917 (according to the Julian calendar", "julian"],
      ["March 2 on the Gregorian calendar", "gregorian"],
    ]);
    // an unclosed bracket whose words go on is no label ("(according to the Julian calendar of the Church)")
    assert.deepEqual(findDates("on February 18, 1917 (according to the Julian calendar of the Church)").map((m) => m.marker), [undefined]);
  });
  it("its own finder reads a year written after a date's calendar marker, even across a line break", () => {
    // Batch 16: the 1911 Britannica's Lobachevsky, "born … on the 2nd of November (N.S.)\n1793", "on the 24th of February (N.S.) 1856".
    const t = "He was born on the 2nd of November (N.S.)\n1793. He died on the 24th of February (N.S.) 1856.";
    assert.deepEqual(findDates(t).map((m) => [m.text, m.marker, m.year]),
      [["2nd of November (N.S.)\n1793", "gregorian", 1793], ["24th of February (N.S.) 1856", "gregorian", 1856]]);
    // an unmarked date does not take a year from the next line
    assert.deepEqual(findDates("on the 2nd of November\n1793 men").map((m) => m.text), ["2nd of November"]);
  });
  it("its own finder reads a double year written with a dash as the later year, never a range to another date", () => {
    // Batch 19: the 1911 Britannica's Oxford Gazette, "(Monday, February 5th, 1665–1666 O.S.)" — a Monday in 1666, O.S.
    assert.deepEqual(findDates("(Monday, February 5th, 1665–1666 O.S.)").map((m) => [m.text, m.year, m.marker]),
      [["Monday, February 5th, 1665–1666 O.S.", 1666, "julian"]]);
    assert.deepEqual(findDates("on 10th February 1721-2 at").map((m) => m.year), [1722]);
    // a dash to a day of another date, or to a year that does not follow, is no double year
    assert.deepEqual(findDates("from 4 August 1914–11 November 1918").map((m) => [m.text, m.year]),
      [["4 August 1914", 1914], ["11 November 1918", 1918]]);
    assert.deepEqual(findDates("on 5 February 1665–1670 and").map((m) => m.year), [1665]);
  });
  it("its own finder reads a slash pair that gives each side its year as one dual date", () => {
    // Batch 30: WikiSum's Revised Julian calendar, "went into effect on 16 February 1923/1 March 1923" — read as a single
    // "1 March 1923", it took a 29 February or a whole numeric pair planted into the pair's second side.
    const [mn, ...rest] = findDates("on 16 February 1923/1 March 1923.");
    assert.equal(rest.length, 0);
    assert.deepEqual([mn.kind, mn.text, mn.year, mn.sides.map((s) => [s.d, s.m])], ["dual", "16 February 1923/1 March 1923", 1923, [[16, 2], [1, 3]]]);
    assert.deepEqual(readDual(mn), { reading: { julian: 0, gregorian: 1 }, consistent: true });
    // the shared-year form is read as before
    assert.deepEqual(findDates("22 February/7 March 1917").map((m) => [m.kind, m.year]), [["dual", 1917]]);
  });
  it("its own finder gives a range's first end the label written after its second end", () => {
    const t = "(December 29, 1709 – January 5, 1762 (New Style); December 18, 1709 – December 25, 1761 (Old Style))";
    assert.deepEqual(findDates(t).map((m) => m.marker), ["gregorian", "gregorian", "julian", "julian"]);
    assert.deepEqual(findDates("born 1 May 1700, died 3 June 1761 (O.S.)").map((m) => m.marker), [undefined, "julian"]);
  });
  it("plants no reform-gap day on a date labelled before it", () => {
    const p = { half: "dev" as const, slug: "t", meta: { source: {} as never, settings: { region: "britain" }, truth: { convention: "julian-until-reform" as const, notes: "" }, batch: 1, sourceErrors: [] },
      text: "He was born [OS: 2 September 1752 NS: 13 September 1752] at home, and wed on 1 June 1750.\n" };
    const gaps = mutate(p).filter((m) => m.kind === "reform-gap");
    assert.ok(gaps.length > 0);
    for (const m of gaps) assert.ok(m.start > p.text.indexOf("wed on"), m.text.slice(m.start, m.end));
  });
  it("plants no shifted side that turns a pair into a reform's last old day and first new one", () => {
    // Batch 30: WikiSum's "the changeover went into effect on 16 February 1923/1 March 1923"; its Julian side a day
    // early, "15 February 1923/1 March 1923", is how writers give Greece's switch (15 February was followed by 1 March).
    const p = (slug: string) => ({ half: "dev" as const, slug, meta: { source: {} as never, settings: {}, truth: { convention: "gregorian" as const, notes: "" }, batch: 1, sourceErrors: [] },
      text: "For civil purposes the changeover went into effect on 16 February 1923/1 March 1923.\n" });
    const shifted = Array.from({ length: 20 }, (_, i) => mutate(p(`t${i}`), 7)).flat().filter((m) => m.kind === "shift-one-side")
      .map((m) => m.text.slice(m.start, m.end));
    assert.ok(shifted.includes("17 February 1923/1 March 1923") && shifted.includes("16 February 1923/2 March 1923"), shifted.join(" · "));
    assert.ok(!shifted.includes("15 February 1923/1 March 1923"), shifted.join(" · "));
    assert.ok(isReformEdges({ y: 1923, m: 2, d: 15 }, { y: 1923, m: 3, d: 1 }) && !isReformEdges({ y: 1923, m: 2, d: 16 }, { y: 1923, m: 3, d: 1 }));
  });
  it("plants no 'fits neither' weekday that fits the year counted from 25 March, where England counted so", () => {
    // Batch 19: WikiTree's "OS: 20 March 1726" is 20 March 1726/7, a Monday (20 March 1726 was a Sunday); before, the
    // generator planted "Monday" there as a weekday that fits neither reading.
    const meta = (region: string) => ({ source: {} as never, settings: { region }, truth: { convention: "julian" as const, notes: "" }, batch: 1, sourceErrors: [] });
    const text = "Newton died at Kensington on 20 March 1726, and was buried in the Abbey.\n";
    // The weekdays planted over twenty seeds (each passage gets two of those that fit neither reading).
    const planted = (region: string) => [...new Set(Array.from({ length: 20 }, (_, i) => mutate({ half: "dev" as const, slug: `t${i}`, meta: meta(region), text }, 7))
      .flat().filter((m) => m.kind === "weekday-neither").map((m) => m.text.slice(m.start, m.start + 9).replace(/,.*/, "")))].sort();
    assert.ok(planted("britain").length > 0);
    assert.ok(!planted("britain").includes("Monday"), planted("britain").join(" "));
    // Russia's year did not begin on 25 March: there Monday fits neither reading of 20 March 1726.
    assert.ok(planted("russia").includes("Monday"), planted("russia").join(" "));
  });
  it("writes into a range's end only a day that still ends the range, never a weekday or a pair", () => {
    const p = { half: "dev" as const, slug: "t", meta: { source: {} as never, settings: { region: "russia" }, truth: { convention: "gregorian" as const, notes: "" }, batch: 1, sourceErrors: [] },
      text: "The Russian Constituent Assembly met on 18–19 January 1918, after the elections.\n\nThe fleet sailed on 3 May 1905.\n" };
    const ms = mutate(p);
    const inRange = ms.filter((m) => m.start < p.text.indexOf(", after"));
    assert.ok(inRange.some((m) => m.kind === "day31-of-30-month" && m.text.includes("18–31 ")), "a day that ends the range is still planted");
    for (const m of inRange) {
      assert.ok(!/18–[A-Z]/.test(m.text) && !/18–\d+ \(/.test(m.text) && !/18–\d+\./.test(m.text), m.text.slice(m.start - 3, m.end));
      const d = /18–(\d+)/.exec(m.text);
      assert.ok(d && Number(d[1]) > 18, m.text.slice(m.start - 3, m.end));
    }
    assert.ok(ms.some((m) => m.kind === "weekday-neither" && m.start > p.text.indexOf("sailed")), "a date outside a range still gets weekdays");
  });
  it("treats the second of a range written as two dates as a range's end: no pair or weekday written into it", () => {
    const p = { half: "dev" as const, slug: "t", meta: { source: {} as never, settings: { region: "transcaucasia" }, truth: { convention: "julian" as const, notes: "" }, batch: 1, sourceErrors: [] },
      text: "The battle was fought from September 8 to September 11, 1795, near Tbilisi.\n\nThe siege lasted from August 28 to September 3, 1795.\n" };
    const ms = mutate(p);
    const second = p.text.indexOf("September 11");
    const ends = ms.filter((m) => m.start === second || m.start === p.text.indexOf("September 3"));
    assert.ok(ends.some((m) => m.kind === "day31-of-30-month" && m.text.includes("to September 31")), "a day that ends the range is still planted");
    for (const m of ends) assert.ok(!/to [A-Z][a-z]+day|to [^,\n]*[([]|to \d+\./.test(m.text), m.text.slice(m.start - 3, m.end + 8));
  });
  it("mutants are deterministic, one span each, with expected codes", () => {
    const p = { half: "dev" as const, slug: "t", meta: { source: {} as never, settings: { region: "russia" }, truth: { convention: "gregorian" as const, notes: "" }, batch: 1, sourceErrors: [] },
      text: "The October Revolution began on 7 November 1917.\n\nPeter was born on 9 June [O.S. 30 May] 1672.\n" };
    const a = mutate(p), b = mutate(p);
    assert.deepEqual(a, b);
    assert.ok(a.length > 10);
    for (const m of a) {
      assert.ok(KIND_NAMES.includes(m.kind) && m.codes.length > 0 && m.end > m.start);
      assert.equal(m.text.slice(0, m.start), p.text.slice(0, m.start));
    }
    assert.ok(a.some((m) => m.kind === "event-os-in-ns-text" && m.text.includes("25 October 1917")));
  });
});
