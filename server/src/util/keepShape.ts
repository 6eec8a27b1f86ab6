/**
 * Keeps one object of a kind alive for the life of the process, so that V8 keeps its hidden class (its "map").
 *
 * V8's optimized code refers to the maps it was compiled for weakly, and the map of a class's instances is held only
 * by its instances. The objects an analysis makes and drops (a block scan's date tokens, its word listener, a pass of
 * the checks) are all garbage between keystrokes; the server's full GC when typing pauses (memory.ts) freed their
 * maps and threw away every function optimized for them, so the keystrokes after each pause ran unoptimized while V8
 * compiled the same functions again (bench/README.md, "Hover while typing: the maps a pause freed").
 */
const kept: object[] = [];

/** Keeps `sample`, made the way the hot instances are made (same constructor, same kinds of values), and returns it. */
export function keepShape<T extends object>(sample: T): T {
  kept.push(sample);
  return sample;
}
