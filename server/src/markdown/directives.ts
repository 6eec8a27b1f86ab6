/** Inline switches that silence Clio's checks, in markdownlint's comment grammar. */
import type { Block } from './blocks';
import type { Span } from '../util/span';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file' | 'enable-file';

export interface Directive extends Span {
  kind: DirectiveKind;
  /** Diagnostic codes named in the comment; empty = all codes. */
  codes: string[];
  /**
   * For `disable-next-line`: the line after the comment's last line (content only, no line break);
   * for `disable-line`: the comment's own line. Undefined for the others.
   */
  target?: Span;
}

// Longest kinds first so "disable-next-line" is not read as "disable". Sticky: tried only where `clio-` follows `<!--`.
const DIRECTIVE = /<!--[ \t]*clio-(disable-next-line|disable-line|disable-file|enable-file|disable|enable)((?:[ \t]+[A-Za-z0-9_-]+)*)[ \t]*-->/y;
/** Every directive names it: text without it holds none. */
export const DIRECTIVE_MARK = 'clio-';
const MARK = DIRECTIVE_MARK;

/**
 * The directives' matches in [from, to) (whole lines) in order, as a global regex would find them: from each `clio-`
 * (rare), not from each `<!--` (a draft may have many comments).
 */
function* matches(text: string, from: number, to: number): Generator<RegExpExecArray> {
  for (let at = text.indexOf(MARK, from); at !== -1 && at < to; at = text.indexOf(MARK, at + MARK.length)) {
    let open = at;
    while (open > 0 && (text.charCodeAt(open - 1) === 32 || text.charCodeAt(open - 1) === 9)) open--;
    if (open - 4 < from || !text.startsWith('<!--', open - 4)) continue;
    DIRECTIVE.lastIndex = open - 4;
    const m = DIRECTIVE.exec(text);
    if (!m) continue;
    yield m;
    at = m.index + m[0].length - MARK.length;
  }
}

function lineAround(text: string, from: number): Span {
  let s = from;
  while (s > 0 && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) s--;
  let e = from;
  while (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return { start: s, end: e };
}

/**
 * All Clio directives in document order. When `blocks` is given, comments inside code blocks and front
 * matter are ignored (they are examples, not switches). `within` (whole lines, in order), when given, are the only
 * places that may hold any: the analysis knows from its cached block scans which blocks name DIRECTIVE_MARK, and
 * spares a pass over the whole document on every keystroke.
 */
export function directives(text: string, blocks?: Block[], within?: readonly Span[]): Directive[] {
  const out: Directive[] = [];
  const skip = blocks?.filter((b) => b.kind === 'code' || b.kind === 'frontmatter') ?? [];
  let k = 0;
  for (const span of within ?? [{ start: 0, end: text.length }]) for (const m of matches(text, span.start, span.end)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < skip.length && skip[k].end <= start) k++;
    if (k < skip.length && skip[k].start <= start) continue;
    const kind = m[1] as DirectiveKind;
    const codes = m[2].trim() ? m[2].trim().split(/[ \t]+/) : [];
    const d: Directive = { start, end, kind, codes };
    if (kind === 'disable-line') d.target = lineAround(text, start);
    else if (kind === 'disable-next-line') {
      const own = lineAround(text, end);
      let next = own.end;
      if (text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10) next += 2;
      else if (next < text.length) next += 1;
      d.target = next >= text.length && own.end === text.length ? { start: text.length, end: text.length } : lineAround(text, next);
    }
    out.push(d);
  }
  return out;
}
