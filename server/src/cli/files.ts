/** Which files a `clio check` or `clio chronology` run reads, and reading them: paths as given, folders walked for Markdown files (workspace.ts), globs expanded (see glob.ts). */
import { isAscii, transcode } from 'node:buffer';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { markdownFilesSync } from '../workspace';
import { expandGlob, isGlob } from './glob';
import { UsageError } from './usage';

/** The files of one PATH argument; a path that exists is taken literally even if it contains glob characters. */
function filesOf(arg: string): string[] {
  if (!existsSync(arg) && isGlob(arg)) {
    let files: string[];
    try {
      files = expandGlob(arg);
    } catch (error) {
      throw new UsageError(`bad glob ${arg}: ${(error as Error).message}`);
    }
    // Like a missing file: a CI job whose pattern matches nothing should fail loudly, not pass on zero files.
    if (files.length === 0) throw new UsageError(`no files match ${arg}`);
    return files;
  }
  let stat;
  try {
    stat = statSync(arg);
  } catch {
    throw new UsageError(`cannot read ${arg}: no such file or folder`);
  }
  return stat.isDirectory() ? markdownFilesSync(arg) : [arg];
}

/** All files of all arguments, each once (first occurrence wins the order). */
export function filesOfAll(args: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const file of args.flatMap(filesOf)) {
    const key = resolve(file);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(file);
  }
  return out;
}

/** A file's text, as `readFileSync(file, 'utf8')` reads it; an unreadable file is bad usage (exit 2). */
export function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return decodeUtf8(bytes);
}

/**
 * V8 decodes UTF-8 that is not all ASCII slowly: 4 ms for the 1 MB bench draft (1 % of its bytes
 * non-ASCII), where ICU's transcode to UTF-16 takes 0.7 ms. ICU refuses invalid UTF-8, which V8 then decodes with the
 * replacement characters every other reader of the file sees.
 */
function decodeUtf8(bytes: Buffer): string {
  if (isAscii(bytes)) return bytes.toString('utf8');
  try {
    return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return bytes.toString('utf8');
  }
}
