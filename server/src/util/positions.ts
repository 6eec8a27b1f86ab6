/**
 * Offsets to LSP positions, exactly as vscode-languageserver-textdocument computes them (line breaks \n, \r\n and
 * \r; an offset between \r and \n is the end of its line), for texts that are not open documents: the CLI report's
 * files and the bundled data files hovers link to. The library finds line starts one character at a time: 5–12 ms for
 * a 1 MB file (about a tenth of what `clio check` spends per file outside the analysis), and a third of a millisecond
 * or more of the first hover that links to an entry of a 160 KB data file; a search for line breaks, well under 1 ms.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isLineBreak } from './charCode';
import { lastAtOrBefore } from './search';

const LINE_BREAK = /\r\n?|\n/g;

export function positionsOf(text: string): Pick<TextDocument, 'positionAt'> {
  const starts = lineStarts(text);
  return {
    positionAt(offset: number) {
      offset = Math.max(0, Math.min(offset, text.length));
      const line = lastAtOrBefore(starts, offset);
      const start = starts[line];
      while (offset > start && isLineBreak(text.charCodeAt(offset - 1))) offset--;
      return { line, character: offset - start };
    },
  };
}

/**
 * Where each line starts. Without a carriage return (most Markdown), a search for each line feed: no match array per
 * line, a quarter of the regex's time on the 1 MB draft (0.2–0.45 against 1.6 ms).
 */
function lineStarts(text: string): number[] {
  const starts = [0];
  if (text.includes('\r')) {
    LINE_BREAK.lastIndex = 0;
    for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) starts.push(m.index + m[0].length);
  } else for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
