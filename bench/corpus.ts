/**
 * The benchmark corpus: the seed draft (test/fixtures/seed.md) repeated under numbered chapter headings up to a
 * target size. Deterministic, so numbers from different runs and machines describe the same text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_PATH = join(__dirname, '..', 'test', 'fixtures', 'seed.md');

export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8').replace(/\r\n?/g, '\n');
}

/**
 * Chapters of the seed under `# Chapter N` headings until the text reaches `bytes` (UTF-16 code units, which is
 * what the server measures); the last chapter is cut at a paragraph boundary so the draft ends in whole blocks.
 */
export function makeDraft(bytes: number, seed = seedText()): string {
  const paragraphs = seed.split(/\n{2,}/).filter((p) => p.trim() !== '');
  let out = '';
  for (let chapter = 1; ; chapter++) {
    const heading = `# Chapter ${chapter}\n\n`;
    if (out.length + heading.length >= bytes) return out;
    out += heading;
    for (let i = 0; i < paragraphs.length; i++) {
      // A trailing HTML comment (not prose) makes each chapter's paragraphs unique, so the analysis cannot reuse
      // one chapter's block scans for the next: the full check does the work of a real 1 MB draft.
      const paragraph = `${paragraphs[i]} <!-- ${chapter}.${i} -->\n\n`;
      if (out.length + paragraph.length > bytes) return out;
      out += paragraph;
    }
  }
}

export const MB = 1024 * 1024;
export const KB = 1024;

/** The 1 MB draft of the speed targets. */
export function draft1MB(): string {
  return makeDraft(MB);
}

/** The 50 KB draft of the startup target. */
export function draft50KB(): string {
  return makeDraft(50 * KB);
}
