// Assigns every passage to dev/ or heldout/ by a seeded hash of its slug, balanced by period:
// within each period bucket the passages are ordered by hash(SEED + slug) and dealt alternately.
// Run once AFTER collecting (new passages go to test/corpus/incoming/ first):  npx tsx test/corpus/split.ts
// Nobody chooses a passage's half; re-running it on the same set moves nothing.
import { existsSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { hash } from "./mutate";

export const SEED = "clio-corpus-2026-12-02";
const DIR = __dirname;
const FOLDERS = ["incoming", "dev", "heldout"];

export function bucket(period: string): string {
  const y = parseInt(period, 10);
  return y < 1700 ? "1582-1699" : y < 1800 ? "1700-1799" : y < 1905 ? "1800-1904" : "1905-1923";
}

export function assign(items: { slug: string; period: string }[]): Map<string, "dev" | "heldout"> {
  const out = new Map<string, "dev" | "heldout">();
  const buckets = new Map<string, string[]>();
  for (const it of items) buckets.set(bucket(it.period), [...(buckets.get(bucket(it.period)) ?? []), it.slug]);
  let flip = 0; // carries over between buckets so odd buckets do not all favour one half
  for (const key of [...buckets.keys()].sort()) {
    const slugs = buckets.get(key)!.sort((a, b) => hash(SEED + a) - hash(SEED + b) || a.localeCompare(b));
    for (const s of slugs) out.set(s, flip++ % 2 === 0 ? "dev" : "heldout");
  }
  return out;
}

if (require.main === module) {
  const items: { slug: string; period: string; folder: string }[] = [];
  for (const f of FOLDERS) {
    if (!existsSync(join(DIR, f))) continue;
    for (const file of readdirSync(join(DIR, f)).filter((x) => x.endsWith(".json"))) {
      const meta = JSON.parse(readFileSync(join(DIR, f, file), "utf8")) as { period: string };
      items.push({ slug: file.slice(0, -5), period: meta.period, folder: f });
    }
  }
  const halves = assign(items);
  let moved = 0;
  for (const it of items) {
    const to = halves.get(it.slug)!;
    if (to === it.folder) continue;
    for (const ext of [".md", ".json"]) renameSync(join(DIR, it.folder, it.slug + ext), join(DIR, to, it.slug + ext));
    moved++;
  }
  const count = (h: string) => [...halves.values()].filter((x) => x === h).length;
  console.log(`${items.length} passages: dev ${count("dev")}, heldout ${count("heldout")}; moved ${moved}`);
}
