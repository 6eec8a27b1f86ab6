/** String helpers the V8 string representation makes necessary. */

/**
 * A flat copy of a string that shares no memory with it. A substring of a large string is a view that keeps the
 * whole original alive: anything cached across edits must hold copies, or it pins every version of the document.
 */
export function detach(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}
