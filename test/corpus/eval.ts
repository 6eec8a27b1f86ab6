// `npm run eval [-- --half dev|heldout|both] [--batches N-M] [--verbose]`: runs the BUILT CLI over the untouched corpus
// passages and over one-error mutants of them, and prints recall per kind, false alarms, ambiguous-calendar
// counts and real source errors found. A report, not a test: exits 0 unless the tooling itself fails.
// Held-out results are printed as aggregate numbers only — never text, file names or per-item details.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Half, HALVES, type Passage, lineCol, loadHalf } from "./lib/corpus";
import { KIND_NAMES, type Kind, type Mutant, mutate } from "./mutate";

interface Pos { line: number; character: number }
interface Diag { file: string; range: { start: Pos; end: Pos }; severity: string; code: string; message: string }

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const halfArg = args.includes("--half") ? args[args.indexOf("--half") + 1] : "both";
// Only the passages of some collection batches ("1-3"): to compare a half with what it was before later batches came.
const batchesArg = args.includes("--batches") ? args[args.indexOf("--batches") + 1] : undefined;
const batchRange = batchesArg?.match(/^(\d+)(?:-(\d+))?$/);
if (!["dev", "heldout", "both"].includes(halfArg) || (batchesArg !== undefined && !batchRange)) {
  console.error("usage: npm run eval -- [--half dev|heldout|both] [--batches N-M] [--verbose]");
  process.exit(2);
}
const inBatches = (p: Passage) => !batchRange || (p.meta.batch >= Number(batchRange[1]) && p.meta.batch <= Number(batchRange[2] ?? batchRange[1]));
const halves: Half[] = halfArg === "both" ? HALVES : [halfArg as Half];
const ROOT = join(__dirname, "..", "..");
const CLI = join(ROOT, "dist", "cli.js");
const serious = (d: Diag) => d.severity === "warning" || d.severity === "error";

interface Doc { name: string; text: string; passage: Passage; mutant?: Mutant }

function groupKey(p: Passage): string {
  return `${p.meta.settings.region ?? "auto"}__${p.meta.settings.calendar ?? "auto"}`;
}

/** Writes every document to a temp folder per settings group, runs the CLI once per group, returns diagnostics by document name. */
function runCli(docs: Doc[], work: string): Map<string, Diag[]> {
  const byGroup = new Map<string, Doc[]>();
  for (const d of docs) byGroup.set(groupKey(d.passage), [...(byGroup.get(groupKey(d.passage)) ?? []), d]);
  const out = new Map<string, Diag[]>();
  for (const [key, group] of byGroup) {
    const dir = join(work, key);
    mkdirSync(dir, { recursive: true });
    for (const d of group) writeFileSync(join(dir, d.name), d.text);
    const s = group[0].passage.meta.settings;
    const cliArgs = [CLI, "check", "--format", "json", "--exit-zero"];
    if (s.region) cliArgs.push("--region", s.region);
    if (s.calendar) cliArgs.push("--calendar", s.calendar);
    cliArgs.push(...group.map((d) => d.name));
    const r = spawnSync(process.execPath, cliArgs, { cwd: dir, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`clio check failed (${r.status}) for group ${key}: ${r.stderr.slice(0, 2000)}`);
    const diags = JSON.parse(r.stdout) as Diag[];
    for (const d of group) out.set(d.name, []);
    for (const d of diags) {
      const name = d.file.split(/[\\/]/).pop()!;
      out.get(name)?.push(d);
    }
  }
  return out;
}

function overlaps(d: Diag, text: string, start: number, end: number): boolean {
  const a = lineCol(text, start), b = lineCol(text, end);
  const s = { line: a.line - 1, character: a.col }, e = { line: b.line - 1, character: b.col };
  const before = (x: Pos, y: Pos) => x.line < y.line || (x.line === y.line && x.character < y.character);
  // overlap of [s, e) and [d.start, d.end) — an empty diagnostic range counts when it lies inside
  return before(d.range.start, e) && (before(s, d.range.end) || (d.range.start.line === d.range.end.line && d.range.start.character === d.range.end.character && !before(d.range.start, s)));
}

function offsetOfLine(text: string, line: number): number {
  let off = 0;
  for (let l = 1; l < line; l++) off = text.indexOf("\n", off) + 1;
  return off;
}

function evalHalf(half: Half): void {
  const passages = loadHalf(half).filter(inBatches);
  const docs: Doc[] = [];
  for (const p of passages) {
    docs.push({ name: `${p.slug}.md`, text: p.text, passage: p });
    for (const m of mutate(p)) docs.push({ name: `${m.id}.md`, text: m.text, passage: p, mutant: m });
  }
  const work = mkdtempSync(join(tmpdir(), `clio-eval-${half}-`));
  let diags: Map<string, Diag[]>;
  try {
    diags = runCli(docs, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const perKind = new Map<Kind, { total: number; caught: number; anySev: number }>();
  for (const k of KIND_NAMES) perKind.set(k, { total: 0, caught: 0, anySev: 0 });
  const misses: string[] = [];
  let falseAlarms = 0, ambMax = 0, ambDocs = 0, ambTotal = 0, srcTotal = 0, srcFound = 0;
  const falseAlarmLines: string[] = [], srcMissLines: string[] = [];
  for (const d of docs) {
    const ds = diags.get(d.name) ?? [];
    if (d.mutant) {
      const m = d.mutant;
      const st = perKind.get(m.kind)!;
      st.total++;
      const hits = ds.filter((x) => (m.codes as string[]).includes(x.code) && overlaps(x, d.text, m.start, m.end));
      if (hits.some(serious)) st.caught++;
      if (hits.length) st.anySev++;
      if (!hits.some(serious)) {
        const lc = lineCol(d.text, m.start);
        const near = ds.filter((x) => x.range.start.line === lc.line - 1).map((x) => `${x.severity} ${x.code}: ${x.message}`);
        misses.push(`${half}/${d.name}:${lc.line}: [${m.kind}] ${m.description}\n      mutated: ${d.text.slice(m.start, m.end)}\n      expected ${m.codes.join("|")}; on that line: ${near.length ? near.join(" / ") : "nothing"}`);
      }
      continue;
    }
    const p = d.passage;
    const amb = ds.filter((x) => x.code === "ambiguous-calendar").length;
    ambMax = Math.max(ambMax, amb);
    ambTotal += amb;
    if (amb) ambDocs++;
    const errs = p.meta.sourceErrors.map((e) => {
      const start = offsetOfLine(d.text, e.line) + d.text.split("\n")[e.line - 1].indexOf(e.text);
      return { e, start, end: start + e.text.length };
    });
    for (const x of ds.filter(serious)) {
      if (errs.some((e) => overlaps(x, d.text, e.start, e.end))) continue;
      falseAlarms++;
      const line = d.text.split("\n")[x.range.start.line] ?? "";
      falseAlarmLines.push(`${half}/${d.name}:${x.range.start.line + 1}:${x.range.start.character + 1}: ${x.severity} ${x.code}: ${x.message}\n      text: ${line.slice(Math.max(0, x.range.start.character - 30), x.range.start.character + 60)}`);
    }
    for (const e of errs) {
      srcTotal++;
      if (ds.some((x) => e.e.codes.includes(x.code) && overlaps(x, d.text, e.start, e.end))) srcFound++;
      else srcMissLines.push(`${half}/${d.name}:${e.e.line}: ${e.e.text} — expected ${e.e.codes.join("|")} (${e.e.note})`);
    }
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : "n/a");
  const totalM = [...perKind.values()].reduce((a, s) => a + s.total, 0);
  const caughtM = [...perKind.values()].reduce((a, s) => a + s.caught, 0);
  const anyM = [...perKind.values()].reduce((a, s) => a + s.anySev, 0);
  console.log(`\n=== ${half}${batchesArg ? ` (batches ${batchesArg})` : ""}: ${passages.length} untouched passages, ${totalM} mutants`);
  console.log(`  ${"kind".padEnd(28)} ${"caught".padStart(9)} ${"recall".padStart(8)}   any severity`);
  for (const [k, s] of perKind) {
    console.log(`  ${k.padEnd(28)} ${`${s.caught}/${s.total}`.padStart(9)} ${pct(s.caught, s.total).padStart(8)}   ${s.anySev}/${s.total}`);
  }
  console.log(`  overall recall (warning/error): ${caughtM}/${totalM} = ${pct(caughtM, totalM)}; at any severity: ${anyM}/${totalM} = ${pct(anyM, totalM)}`);
  console.log(`  false alarms (warning/error on untouched text, not an annotated source error): ${falseAlarms} = ${(passages.length ? (20 * falseAlarms) / passages.length : 0).toFixed(2)} per 20 texts`);
  console.log(`  ambiguous-calendar: max ${ambMax} per document (target ≤ 1); ${ambDocs} documents have any, ${ambTotal} in all`);
  console.log(`  real source errors found: ${srcFound}/${srcTotal}`);
  if (half === "dev" && verbose) {
    console.log(`\n--- dev misses (${misses.length})`);
    for (const m of misses) console.log("  " + m);
    console.log(`\n--- dev false alarms (${falseAlarmLines.length})`);
    for (const f of falseAlarmLines) console.log("  " + f);
    console.log(`\n--- dev source errors not flagged (${srcMissLines.length})`);
    for (const f of srcMissLines) console.log("  " + f);
  } else if (half === "dev") console.log("  (details: npm run eval -- --half dev --verbose)");
}

for (const h of halves) evalHalf(h);
