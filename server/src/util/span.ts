/** A range of a text, the unit every layer speaks in: Markdown blocks, date mentions, names, findings. */
export interface Span {
  start: number; // offset in the document text (UTF-16 code units), inclusive
  end: number; // exclusive
}
