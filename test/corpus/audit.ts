// Annotator's aid: lists every date the corpus tooling's own finder reads in a passage, with both
// calendars, and flags dual dates whose sides are not the same day, weekdays that do not fit, and
// impossible days — candidates for `sourceErrors`, to be checked and annotated by hand.
//   npx tsx test/corpus/audit.ts dev [slug]     (the corpus maintainer may audit heldout/ when annotating;
//                                                 people tuning the checks must not)
import { type Cal, WEEKDAYS, convert, fmt, isValid, toJdn, weekday } from "./lib/calendar";
import { findDates, readDual, ymdOf } from "./lib/dates";
import { type Half, lineCol, loadHalf, singleCalendar } from "./lib/corpus";

const half = (process.argv[2] ?? "dev") as Half;
const only = process.argv[3];
for (const p of loadHalf(half)) {
  if (only && p.slug !== only) continue;
  console.log(`\n== ${half}/${p.slug} (${p.meta.truth.convention}, region ${p.meta.settings.region ?? "-"})`);
  for (const mn of findDates(p.text)) {
    const { line } = lineCol(p.text, mn.start);
    let note = "";
    if (mn.kind === "dual") {
      const r = readDual(mn);
      note = r.consistent ? (r.reading ? `ok (side ${r.reading.julian + 1} O.S.)` : "no year") : "!! DUAL MISMATCH";
    } else {
      const x = ymdOf(mn.sides[0]);
      const cal = singleCalendar(p.meta, mn);
      if (x && x.y >= 1583) {
        const both = (["julian", "gregorian"] as Cal[]).map((c) => `${c[0].toUpperCase()}:${isValid(c, x) ? WEEKDAYS[weekday(toJdn(c, x))].slice(0, 3) : "invalid"}`);
        note = `${cal ?? "?"} ${both.join(" ")}`;
        if (cal && !isValid(cal, x)) note += " !! INVALID";
        if (cal && isValid(cal, x)) note += ` = ${fmt(convert(cal, x))} ${cal === "julian" ? "N.S." : "O.S."}`;
        if (mn.weekday && cal && isValid(cal, x) && weekday(toJdn(cal, x)) !== mn.weekday.value) note += " !! WEEKDAY";
      } else note = x ? "" : "no year";
    }
    console.log(`  ${line}: ${mn.text.replace(/\n/g, " ")}  — ${note}`);
  }
}
