/**
 * CommonMark's raw HTML grammar, shared by the block split (does a line open an HTML block?) and the inline scan
 * (which `<…>` is a tag to cut). Anything else that starts with `<` is text, as CommonMark reads it.
 */
import { CharCode } from '../util/charCode';

/** Blanks with at most one line break: WS0 may be empty, WS1 holds at least one. */
const WS0 = String.raw`[ \t]*(?:(?:\r\n|\r|\n)[ \t]*)?`;
const WS1 = String.raw`(?:[ \t]+(?:(?:\r\n|\r|\n)[ \t]*)?|(?:\r\n|\r|\n)[ \t]*)`;
const ATTRIBUTE = String.raw`(?:${WS1}[A-Za-z_:][A-Za-z0-9_.:-]*(?:${WS0}=${WS0}(?:[^ \t\r\n"'=<>\x60]+|'[^']*'|"[^"]*"))?)`;
const OPEN_TAG = String.raw`<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*${WS0}\/?>`;
const CLOSING_TAG = String.raw`<\/[A-Za-z][A-Za-z0-9-]*${WS0}>`;

/**
 * Inline raw HTML at lastIndex (sticky): a tag, a comment (`<!-->` and `<!--->` count), a processing instruction,
 * a declaration or CDATA. Autolinks are matched separately by AUTOLINK.
 */
export const INLINE_HTML = new RegExp(
  `${OPEN_TAG}|${CLOSING_TAG}|<!---?>|<!--[\\s\\S]*?-->|<\\?[\\s\\S]*?\\?>|<![A-Za-z][^>]*>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>`,
  'y',
);

/** An autolink at lastIndex (sticky): `<scheme:…>` or `<address@domain>`, in CommonMark's strict form. */
export const AUTOLINK =
  /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\x00-\x20<>]*>|<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/y;

/** Kind 7 of CommonMark's HTML blocks: a complete open or closing tag alone on its line. */
const LONE_TAG = new RegExp(`(?:${OPEN_TAG}|${CLOSING_TAG})[ \\t]*$`, 'y');

const BLOCK_TAG =
  /<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/iy;
const SPECIAL_START = /<(?:script|pre|style|textarea)(?:[ \t>]|$)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[/iy;

/**
 * Whether the line [i, e) (from its first non-blank) opens an HTML block, by CommonMark's seven start conditions;
 * `interrupting` a paragraph, by the first six (a lone inline tag does not).
 */
export function opensHtmlBlock(text: string, i: number, e: number, interrupting = false): boolean {
  if (text.charCodeAt(i) !== CharCode.LessThan) return false;
  const line = text.slice(i, e);
  SPECIAL_START.lastIndex = 0;
  BLOCK_TAG.lastIndex = 0;
  LONE_TAG.lastIndex = 0;
  return SPECIAL_START.test(line) || BLOCK_TAG.test(line) || (!interrupting && LONE_TAG.test(line));
}
