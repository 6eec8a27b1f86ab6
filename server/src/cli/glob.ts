// Small glob expansion for `clio check "chapters/**/*.md"` with node:fs only (Node 20 has no fs.glob):
// `*`, `?`, `[abc]`/`[!abc]`, `{a,b}`, and `**` as a whole path segment. Dot entries and node_modules are skipped.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const GLOB_CHARS = /[*?[{]/;
const MAX_WALK_ENTRIES = 200000; // a bound so a pattern rooted at / cannot walk forever

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/** The regular expression for a glob over `/`-separated relative paths; throws on an unbalanced `{`. */
function globToRegExp(pattern: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const segmentStart = i === 0 || pattern[i - 1] === '/';
    if (c === '*' && pattern[i + 1] === '*' && segmentStart && pattern[i + 2] === '/') {
      re += '(?:[^/]+/)*'; // `**/`: zero or more folders
      i += 2;
    } else if (c === '*' && pattern[i + 1] === '*' && segmentStart && i + 2 === pattern.length) {
      re += '.*'; // trailing `**`: everything below
      i += 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        re += '\\[';
        continue;
      }
      const body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
      re += body.startsWith('!') ? `[^${body.slice(1)}]` : `[${body}]`;
      i = close;
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  if (braces > 0) throw new Error(`unbalanced { in ${pattern}`);
  return new RegExp(`^${re}$`);
}

/** The files a glob matches, relative to cwd as the glob was written (sorted); folders are never matches. */
export function expandGlob(pattern: string): string[] {
  const segments = pattern.replace(/\\/g, '/').split('/');
  let k = 0;
  while (k < segments.length - 1 && !isGlob(segments[k])) k++;
  const base = k === 0 ? '' : segments.slice(0, k).join('/') || '/';
  const rest = segments.slice(k);
  const regex = globToRegExp(rest.join('/'));
  // Without `**` a match lies exactly rest.length levels down: no need to walk deeper.
  const maxDepth = rest.includes('**') || rest.some((s) => s.startsWith('**')) ? Infinity : rest.length;
  const out: string[] = [];
  let budget = MAX_WALK_ENTRIES;
  const walk = (dir: string, rel: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir || '.', { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (--budget < 0) return;
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (depth < maxDepth) walk(dir ? join(dir, e.name) : e.name, relPath, depth + 1);
      } else if (regex.test(relPath)) out.push(base ? join(base, relPath) : relPath);
    }
  };
  walk(base, '', 1);
  return out.sort();
}
