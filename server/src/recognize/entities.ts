/**
 * Finds every alias of every dataset entity in prose in one pass: a trie keyed by word tokens, walked from each
 * word that can start an alias (capitalized, a number, or the first word of a lower-case alias), longest match
 * first. Word tokens are maximal runs of letters and digits, so "Leninism" is not "Lenin" while "Lenin's",
 * "Lenin[24]" and "*Lenin*" are.
 */
import { CharCode } from '../util/charCode';
import { charClass, isNameChar, LETTER_OR_DIGIT, MARK, NAME_START } from '../util/chars';
import type { Span } from '../util/span';

/**
 * A word of some alias. The scan hashes each word as it reads it and finds the node by that number, so no word is
 * ever sliced out of the text to look it up (a slice, and hashing it again, cost as much as reading the text).
 */
interface TrieNode {
  word: string;
  hash: number;
  /** The first of the words that can follow this one; the others are its siblings. */
  child: TrieNode | undefined;
  /**
   * The next word that can follow the same word; under the root, the next first word with the same hash. A list,
   * not a map: 2,557 of the 3,104 nodes with children have one, and a map each cost a third of the trie's cold build.
   */
  sibling: TrieNode | undefined;
  /** Entity ids whose alias ends here. */
  ids: string[] | undefined;
}

export interface AliasHit extends Span {
  ids: readonly string[];
}

/** Told of each word `find` reads: text[start, end), with the `util/chars` classes of its code units or'ed. */
export interface WordListener {
  word(text: string, start: number, end: number, classes: number): void;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** One code unit into a word's hash; kept within V8's small integers. The scans call it as they read each word. */
function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) & 0x3fffffff;
}

/** A word's hash as the scan computes it, code unit by code unit. */
function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

/**
 * Characters allowed between two words of one name: spaces and line breaks, initials' dots, hyphens, apostrophes,
 * and the comma of an appositive title ("Mary, Queen of Scots"): a match still needs the words of a whole alias.
 */
function isJoiner(c: number): boolean {
  switch (c) {
    case CharCode.Space:
    case CharCode.LineFeed:
    case CharCode.CarriageReturn:
    case CharCode.Tab:
    case CharCode.NoBreakSpace:
    case CharCode.Period:
    case CharCode.Comma:
    case CharCode.Dash:
    case CharCode.Hyphen:
    case CharCode.NonBreakingHyphen:
    case CharCode.Apostrophe:
    case CharCode.RightSingleQuotationMark:
      return true;
    default:
      return false;
  }
}

const MAX_GAP = 6; // ". \n   " covers initials and a soft line break with indentation

export function aliasTokens(alias: string): string[] {
  return alias.match(WORD) ?? [];
}

/** The node of the list from `first` (linked by `sibling`) for the word text[start, end), whose hash is h. */
function wordIn(first: TrieNode | undefined, text: string, start: number, end: number, h: number): TrieNode | undefined {
  for (let node = first; node; node = node.sibling) if (node.hash === h && node.word.length === end - start && text.startsWith(node.word, start)) return node;
  return undefined;
}

/**
 * The node of the list from `first` for `word`, or a new one whose sibling is `first`: the caller makes it the list's
 * head. (A node found in the list never has the head as its sibling, so `sibling === first` tells a new one.)
 */
function wordOrNew(first: TrieNode | undefined, word: string, hash: number): TrieNode {
  return wordIn(first, word, 0, word.length, hash) ?? { word, hash, child: undefined, sibling: first, ids: undefined };
}

/** A hash filter over first words, 2^20 bits (2^15 words of 32): about one word in a thousand gets past it wrongly. */
const FILTER_WORDS_MASK = (1 << 15) - 1;
const filterWord = (h: number) => (h >>> 5) & FILTER_WORDS_MASK;
const filterBit = (h: number) => 1 << (h & 31);

export class AliasMatcher {
  /** The first words of the aliases, by hash (each the head of a list of the words with that hash). */
  private readonly root = new Map<number, TrieNode>();
  /** Bit h of the first words' hashes: most words of the text are ruled out by one array read. */
  private readonly firstWordFilter = new Int32Array(FILTER_WORDS_MASK + 1);

  add(alias: string, id: string): void {
    const tokens = aliasTokens(alias);
    if (tokens.length === 0) return;
    const h = wordHash(tokens[0]);
    const head = this.root.get(h);
    let node = wordOrNew(head, tokens[0], h);
    if (node.sibling === head) this.root.set(h, node);
    for (let i = 1; i < tokens.length; i++) {
      const next = wordOrNew(node.child, tokens[i], wordHash(tokens[i]));
      if (next.sibling === node.child) node.child = next;
      node = next;
    }
    this.firstWordFilter[filterWord(h)] |= filterBit(h);
    node.ids ??= [];
    if (!node.ids.includes(id)) node.ids.push(id);
  }

  /** Ids registered for exactly this alias. */
  lookup(alias: string): readonly string[] {
    let node: TrieNode | undefined;
    for (const t of aliasTokens(alias)) {
      const h = wordHash(t);
      node = wordIn(node ? node.child : this.root.get(h), t, 0, t.length, h);
      if (!node) return [];
    }
    return node?.ids ?? [];
  }

  /**
   * All non-overlapping longest matches inside [start, end) of text, in order. Names that start like a name take
   * precedence; a lower-case alias is kept where it overlaps none of them. `words` is told of every word read, the
   * words of the names found included, so that the block scan's other stages need not read the text again.
   */
  find(text: string, start = 0, end = text.length, out: AliasHit[] = [], words?: WordListener): AliasHit[] {
    // Hand-written rather than a regex per candidate: one pass over the code units hashes each word as it goes,
    // and only a word whose hash is that of some alias's first word is compared with it. No word is sliced.
    const from = out.length;
    let lowerCandidates: number[] | undefined;
    let inName = start; // the words before this lie inside a name found: read for `words` only
    let i = start;
    while (i < end) {
      const first = charClass(text.charCodeAt(i));
      if ((first & (LETTER_OR_DIGIT | MARK)) === 0) {
        i++;
        continue;
      }
      let h = 0;
      let classes = 0;
      let j = i;
      // Reads no code unit at or past `end`: one NaN read there made every code unit of the loop a double (slower).
      for (; j < end; j++) {
        const c = text.charCodeAt(j);
        const k = charClass(c);
        if ((k & (LETTER_OR_DIGIT | MARK)) === 0) break;
        classes |= k;
        h = hashStep(h, c);
      }
      words?.word(text, i, j, classes);
      if (i < inName) {
        i = j;
        continue;
      }
      const node = this.firstWordAt(text, i, j, h);
      if (node && first & NAME_START) {
        const hit = this.matchAt(text, i, end, undefined, node, j);
        if (hit) {
          out.push(hit);
          inName = hit.end;
        }
      } else if (node) (lowerCandidates ??= []).push(i);
      i = j;
    }
    if (lowerCandidates) this.addLowerCase(text, end, lowerCandidates, from, out);
    return out;
  }

  /** The root node of the word text[start, end) whose hash is h, if some alias starts with it. */
  private firstWordAt(text: string, start: number, end: number, h: number): TrieNode | undefined {
    if ((this.firstWordFilter[filterWord(h)] & filterBit(h)) === 0) return undefined;
    return wordIn(this.root.get(h), text, start, end, h);
  }

  /** Lower-case aliases at the candidate word starts, where they overlap none of the names found from `from` on. */
  private addLowerCase(text: string, end: number, candidates: number[], from: number, out: AliasHit[]): void {
    const names = out.length;
    let k = from; // both lists are in text order: walk them together
    let free = 0; // where the last lower-case hit ended
    let added = false;
    for (const at of candidates) {
      if (at < free) continue;
      const hit = this.matchAt(text, at, end);
      if (!hit) continue;
      while (k < names && out[k].end <= hit.start) k++;
      if (k < names && out[k].start < hit.end) continue;
      out.push(hit);
      added = true;
      free = hit.end;
    }
    if (added) {
      const mine = out.splice(from).sort((a, b) => a.start - b.start);
      out.push(...mine);
    }
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
      while (pos < outer.end && isNameChar(text.charCodeAt(pos))) pos++;
      while (pos < outer.end && !isNameChar(text.charCodeAt(pos))) pos++;
    }
    return out;
  }

  /** The longest alias at `from`; `first` and `firstEnd` pass in the first word when the caller already found it. */
  private matchAt(text: string, from: number, end: number, accept?: (id: string) => boolean, first?: TrieNode, firstEnd = from): AliasHit | undefined {
    let parent: TrieNode | undefined; // the last word matched; before the first, the root's words are looked up
    let pos = from;
    let best: AliasHit | undefined;
    while (pos < end) {
      let wordEnd = firstEnd;
      let node = first;
      first = undefined;
      if (!node) {
        let h = 0;
        for (wordEnd = pos; wordEnd < end; wordEnd++) {
          const c = text.charCodeAt(wordEnd);
          if (!isNameChar(c)) break;
          h = hashStep(h, c);
        }
        if (wordEnd === pos) break;
        node = parent ? wordIn(parent.child, text, pos, wordEnd, h) : wordIn(this.root.get(h), text, pos, wordEnd, h);
        if (!node) break;
      }
      const ids = node.ids && accept ? node.ids.filter(accept) : node.ids;
      if (ids?.length) best = { start: from, end: wordEnd, ids };
      if (!node.child) break;
      parent = node;
      // Skip the gap to the next word; stop at anything that cannot sit inside a name, or at a blank line.
      let next = wordEnd;
      let breaks = 0;
      for (let c = text.charCodeAt(next); next < end && next - wordEnd <= MAX_GAP && isJoiner(c); c = text.charCodeAt(++next)) if (c === CharCode.LineFeed) breaks++;
      if (next === wordEnd || next - wordEnd > MAX_GAP || breaks > 1) break;
      pos = next;
    }
    return best;
  }
}
