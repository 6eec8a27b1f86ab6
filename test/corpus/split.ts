// Assigns every passage to dev/ or heldout/ by a seeded hash of its slug, balanced by period, one
// collection batch at a time: within each batch and period bucket the passages are ordered by
// hash(seed + slug) and dealt alternately (seed SEED for batch 1, SEED + "#" + batch after), so adding a
// batch never moves a passage of an earlier one.
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

export interface Item { slug: string; period: string; batch: number }

export function seedOf(batch: number): string {
  return batch === 1 ? SEED : `${SEED}#${batch}`;
}

/**
 * Batches collected and split at the same time as the batch before them, on branches that did not hold it: each was
 * dealt from the state after the batch named here, and keeps that dealing.
 */
const SPLIT_AFTER: Record<number, number> = { 9: 7, 11: 9, 13: 11, 15: 13, 17: 15, 19: 17, 20: 17, 22: 20, 24: 22, 26: 24, 28: 27, 29: 27, 30: 27 };

export function assign(items: Item[]): Map<string, "dev" | "heldout"> {
  const out = new Map<string, "dev" | "heldout">();
  let flip = 0; // carries over between buckets and batches so odd ones do not all favour one half
  const flipAfter = new Map<number, number>();
  for (const batch of [...new Set(items.map((it) => it.batch))].sort((a, b) => a - b)) {
    if (SPLIT_AFTER[batch] !== undefined) flip = flipAfter.get(SPLIT_AFTER[batch]) ?? flip;
    const seed = seedOf(batch);
    const buckets = new Map<string, string[]>();
    for (const it of items.filter((x) => x.batch === batch)) buckets.set(bucket(it.period), [...(buckets.get(bucket(it.period)) ?? []), it.slug]);
    for (const key of [...buckets.keys()].sort()) {
      const slugs = buckets.get(key)!.sort((a, b) => hash(seed + a) - hash(seed + b) || a.localeCompare(b));
      for (const s of slugs) out.set(s, flip++ % 2 === 0 ? "dev" : "heldout");
    }
    flipAfter.set(batch, flip);
  }
  return out;
}

if (require.main === module) {
  const items: (Item & { folder: string })[] = [];
  for (const f of FOLDERS) {
    if (!existsSync(join(DIR, f))) continue;
    for (const file of readdirSync(join(DIR, f)).filter((x) => x.endsWith(".json"))) {
      const meta = JSON.parse(readFileSync(join(DIR, f, file), "utf8")) as { period: string; batch?: number };
      if (!Number.isInteger(meta.batch)) throw new Error(`${f}/${file}: no "batch" number`);
      items.push({ slug: file.slice(0, -5), period: meta.period, batch: meta.batch!, folder: f });
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
