/**
 * Finds every alias of every dataset entity in prose in one pass: a trie keyed by word tokens, walked from each
 * word that can start an alias (capitalized, a number, or the first word of a lower-case alias), longest match
 * first. Word tokens are maximal runs of letters and digits, so "Leninism" is not "Lenin" while "Lenin's",
 * "Lenin[24]" and "*Lenin*" are.
 */
import type { Span } from './types';

interface TrieNode {
  next?: Map<string, TrieNode>;
  /** Entity ids whose alias ends here. */
  ids?: string[];
}

export interface AliasHit extends Span {
  ids: readonly string[];
  /** The alias as matched (normalized tokens joined by spaces). */
  alias: string;
  /** Number of word tokens: longer aliases are more specific. */
  tokens: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Where an alias may start (besides lower-case first words): capitals, digits, and scripts without case (CJK). */
const CANDIDATE = /[\p{Lu}\p{Lt}\p{Lo}\p{N}]/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function isWordCode(c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  if (c < 0xc0 || Number.isNaN(c)) return false;
  return WORD_CHAR.test(String.fromCharCode(c));
}

function isWordChar(ch: string): boolean {
  return isWordCode(ch.charCodeAt(0));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Characters allowed between two words of one name: spaces and line breaks, initials' dots, hyphens, apostrophes. */
function isJoiner(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 46 || c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019 || c === 0xa0;
}

const MAX_GAP = 6; // ". \n   " covers initials and a soft line break with indentation

export function aliasTokens(alias: string): string[] {
  return alias.match(WORD) ?? [];
}

export class AliasMatcher {
  private readonly root = new Map<string, TrieNode>();
  /** First words of aliases that start in lower case ("famine of 1921"): the only lower-case words worth trying. */
  private readonly lowerStarts = new Set<string>();
  private lower?: RegExp;

  add(alias: string, id: string): void {
    const tokens = aliasTokens(alias);
    if (tokens.length === 0) return;
    if (!/^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(tokens[0])) {
      this.lowerStarts.add(tokens[0]);
      this.lower = undefined;
    }
    let map = this.root;
    let node: TrieNode | undefined;
    for (const t of tokens) {
      node = map.get(t);
      if (!node) {
        node = {};
        map.set(t, node);
      }
      map = node.next ??= new Map();
    }
    const leaf = node!;
    leaf.ids ??= [];
    if (!leaf.ids.includes(id)) leaf.ids.push(id);
  }

  /** Ids registered for exactly this alias. */
  lookup(alias: string): readonly string[] {
    let map: Map<string, TrieNode> | undefined = this.root;
    let node: TrieNode | undefined;
    for (const t of aliasTokens(alias)) {
      node = map?.get(t);
      if (!node) return [];
      map = node.next;
    }
    return node?.ids ?? [];
  }

  /** All non-overlapping longest matches inside [start, end) of text, in order. */
  find(text: string, start = 0, end = text.length, out: AliasHit[] = []): AliasHit[] {
    const from = out.length;
    // Candidates: a capital, a digit or a CJK character at a word start. A one-character class is much cheaper
    // for the regex engine than a lookbehind; the word-start test is done by hand.
    CANDIDATE.lastIndex = start;
    for (let m = CANDIDATE.exec(text); m && m.index < end; m = CANDIDATE.exec(text)) {
      if (m.index > start && isWordCode(text.charCodeAt(m.index - 1))) continue;
      const hit = this.matchAt(text, m.index, end);
      if (hit) {
        out.push(hit);
        CANDIDATE.lastIndex = hit.end;
      }
    }
    const lower = this.lowerPattern();
    if (!lower) return out;
    // Aliases that start with a lower-case word ("famine of 1921"): a second pass over those words only.
    let added = false;
    const capitalHits = out.length;
    let k = from; // hits of the first pass are in order, and so are these: walk both together
    lower.lastIndex = start;
    for (let m = lower.exec(text); m && m.index < end; m = lower.exec(text)) {
      if (m.index > start && isWordCode(text.charCodeAt(m.index - 1))) continue;
      const hit = this.matchAt(text, m.index, end);
      if (!hit) continue;
      while (k < capitalHits && out[k].end <= hit.start) k++;
      if (k < capitalHits && out[k].start < hit.end) continue; // overlaps a capitalized name
      out.push(hit);
      added = true;
      lower.lastIndex = hit.end;
    }
    if (added) {
      const mine = out.splice(from).sort((a, b) => a.start - b.start);
      out.push(...mine);
    }
    return out;
  }

  /** The lower-case first words of aliases as one regex, or undefined when there are none. */
  private lowerPattern(): RegExp | undefined {
    if (this.lower === undefined && this.lowerStarts.size > 0) {
      const words = [...this.lowerStarts].sort((a, b) => b.length - a.length);
      // ASCII words (nearly all) in a plain regex, which V8 runs much faster than a Unicode one.
      const ascii = words.every((w) => /^[a-z0-9]+$/.test(w));
      this.lower = ascii
        ? new RegExp(`(?:${words.map(escapeRegExp).join('|')})(?![A-Za-z0-9\\u00C0-\\uFFFF])`, 'g')
        : new RegExp(`(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
    }
    return this.lower;
  }

  /**
   * Names nested inside a longer match, for ids that `accept` keeps: "Lenin" inside "Lenin's Testament", so that
   * the person hovers as the person while the rest of the phrase is the event.
   */
  findInside(text: string, outer: AliasHit, accept: (id: string) => boolean, out: AliasHit[] = []): AliasHit[] {
    for (let pos = outer.start; pos < outer.end; ) {
      const hit = this.matchAt(text, pos, outer.end, accept);
      if (hit && (hit.start !== outer.start || hit.end !== outer.end)) {
        out.push(hit);
        pos = hit.end;
        continue;
      }
      // Next word start inside the outer match.
      while (pos < outer.end && isWordChar(text[pos])) pos++;
      while (pos < outer.end && !isWordChar(text[pos])) pos++;
    }
    return out;
  }

  private matchAt(text: string, from: number, end: number, accept?: (id: string) => boolean): AliasHit | undefined {
    let map: Map<string, TrieNode> | undefined = this.root;
    let pos = from;
    let best: AliasHit | undefined;
    const words: string[] = [];
    while (map && pos < end) {
      let wordEnd = pos;
      while (wordEnd < end && isWordChar(text[wordEnd])) wordEnd++;
      if (wordEnd === pos) break;
      const word = text.slice(pos, wordEnd);
      const node: TrieNode | undefined = map.get(word);
      if (!node) break;
      words.push(word);
      const ids = node.ids && accept ? node.ids.filter(accept) : node.ids;
      if (ids?.length) best = { start: from, end: wordEnd, ids, alias: words.join(' '), tokens: words.length };
      map = node.next;
      if (!map) break;
      // Skip the gap to the next word; stop at anything that cannot sit inside a name.
      let next = wordEnd;
      while (next < end && next - wordEnd <= MAX_GAP && isJoiner(text.charCodeAt(next))) next++;
      if (next === wordEnd || next - wordEnd > MAX_GAP || text.slice(wordEnd, next).includes('\n\n')) break;
      pos = next;
    }
    return best;
  }
}
