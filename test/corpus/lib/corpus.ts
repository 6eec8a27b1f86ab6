// Loading the corpus: passages (test/corpus/<half>/<slug>.md) with their annotations (<slug>.json).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Cal, type Ymd, julianLocally, toJdn } from "./calendar";
import type { Mention } from "./dates";

export type Half = "dev" | "heldout";
export const HALVES: Half[] = ["dev", "heldout"];
export const CORPUS_DIR = join(__dirname, "..");

export type Convention = "julian" | "gregorian" | "dual" | "julian-until-reform" | "mixed";
export interface SourceError { text: string; line: number; codes: string[]; note: string }
export interface Meta {
  source: { title: string; url: string; author: string; licence: string; retrieved: string; changes: string; original?: string };
  settings: { region?: string; calendar?: "gregorian" | "julian" | "dual" };
  truth: { convention: Convention; notes: string };
  period?: string;
  country?: string;
  /** The collection batch (1, 2, …); split.ts deals each batch on its own so later ones move nothing. */
  batch: number;
  sourceErrors: SourceError[];
}
export interface Passage { half: Half; slug: string; text: string; meta: Meta }

export function loadHalf(half: Half): Passage[] {
  const dir = join(CORPUS_DIR, half);
  return readdirSync(dir).filter((f) => f.endsWith(".md")).sort().map((f) => {
    const slug = f.slice(0, -3);
    return { half, slug, text: readFileSync(join(dir, f), "utf8"), meta: JSON.parse(readFileSync(join(dir, slug + ".json"), "utf8")) as Meta };
  });
}

/**
 * How the writer means an unmarked single date (the hand-annotated truth), or undefined when the text
 * does not decide it (a "dual" or "mixed" text).
 */
export function truthCalendar(meta: Meta, date: Ymd): Cal | undefined {
  const c = meta.truth.convention;
  if (c === "julian" || c === "gregorian") return c;
  if (c === "julian-until-reform") {
    const local = julianLocally(meta.settings.region, toJdn("julian", date));
    return local === undefined ? undefined : local ? "julian" : "gregorian";
  }
  return undefined;
}

/** The calendar a single date mention is meant in: its own marker, else the truth convention. */
export function singleCalendar(meta: Meta, mn: Mention): Cal | undefined {
  if (mn.kind !== "single") return undefined;
  if (mn.marker) return mn.marker;
  const s = mn.sides[0];
  if (s.y === undefined) return undefined;
  return truthCalendar(meta, { y: s.y, m: s.m, d: s.d });
}

/** Line (1-based) and column (UTF-16) of an offset. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1, last = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) { line++; last = i + 1; }
  return { line, col: offset - last };
}
