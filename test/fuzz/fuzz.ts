/**
 * A seeded random-edit fuzzer for the language server: inserts, deletes, pastes of date fragments and names, and
 * undo-like reversals, sent as incremental didChange over stdio. After each batch the server must be alive, answer a
 * request, and publish exactly the diagnostics a fresh analyze() gives for the same text (codes, ranges, messages).
 *
 * Long run: `npm run fuzz` (or `tsx test/fuzz/fuzz.ts --edits 20000 --seed 7`); a short fixed-seed run is in npm test.
 */
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/analyze';
import { bundledDataset } from '../../server/src/dataset/bundled';
import { toDiagnostics } from '../../server/src/lsp/toProtocol';
import { settingsFromConfiguration } from '../../server/src/lsp/settings';
import { LspClient } from '../lsp/lspClient';
import { rng } from '../random';

export interface FuzzOptions {
  seed: number;
  edits: number;
  /** Edits sent before each check. */
  batch: number;
  log?: (line: string) => void;
}

export interface FuzzResult {
  edits: number;
  checks: number;
  /** Diagnostics seen across all checks (shows the fuzzer kept dates in the text). */
  diagnostics: number;
  finalLength: number;
}


const START =
  '---\nclio:\n  calendar: gregorian\n  region: russia\n---\n\n# 1917\n\n' +
  'The strike began on 8 March (O.S. 23 February) 1917 in Petrograd, and Lenin arrived on 16 April.\n\n' +
  '- On Thursday, 8 March 1917 the crowd grew.\n- By 25 October [7 November] 1917 Kerensky had fled.\n\n' +
  '> 22 February/7 March 1917 was remembered.\n\n```\n1 January 1900 in code\n```\n\nTrotsky wrote on 5 February 1918.\n';

const FRAGMENTS = [
  '7 March', ' 1917', '(O.S. 22 February)', '[O.S. 2 March]', '/7 March', ' (N.S.)', 'Old Style', '25 October', '29 February 1900',
  '5 February 1918', 'Wednesday, ', 'Thu. ', '1917-03-08', 'March 8, 1917', '25 октября 1917 г.', '–20', ' to ', 'Lenin', 'Trotsky',
  'Nicholas II', 'the February Revolution', 'Kerensky', 'Petrograd', 'London', '\n\n', '\n', '\r\n', '```', '---\n', '> ', '- ',
  '# ', '*', '_', '🏛️', '\u0301', 'é', '\ud83d', '\u0000', ' ', '.', ',', '(', ')', '[', ']', '/', '<!-- clio-disable-next-line -->\n',
];

const PASTES = [
  'On 8 March (O.S. 24 February) 1917 the Putilov workers struck; Nicholas II was at Mogilev.\n\n',
  '## 1918\n\nThe Treaty of Brest-Litovsk was signed on 3 March 1918, and 14 February 1918 followed 31 January.\n',
  '---\nclio:\n  calendar: julian\n---\n',
  'Friday, 25 October 1917 (O.S.) — the October Revolution.\r\n\r\n',
  '| date | event |\n| --- | --- |\n| 7 March 1917 | strike |\n',
];

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Runs the fuzzer against a freshly started server; throws with a reproducible description on the first disagreement. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const random = rng(options.seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const client = await LspClient.start();
  const settings = settingsFromConfiguration(client.settings);
  const dataset = bundledDataset();
  const uri = `file:///tmp/clio-fuzz-${options.seed}.md`;
  // The client's own copy uses the same TextDocument rules as the server (\r, \r\n and \n end lines).
  let doc = TextDocument.create(uri, 'markdown', 1, START);
  const undo: Edit[] = [];
  const result: FuzzResult = { edits: 0, checks: 0, diagnostics: 0, finalLength: 0 };
  const published = new Map<number, Diagnostic[]>();
  client.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    if (p.uri === uri && p.version !== undefined) published.set(p.version, p.diagnostics);
  });
  const where = () => `seed ${options.seed}, after ${result.edits} edits (version ${doc.version})`;

  /** Sends one change; its inverse is remembered unless the change is itself an undo. */
  const send = async (e: Edit, remember = true): Promise<void> => {
    const range = { start: doc.positionAt(e.start), end: doc.positionAt(e.end) };
    const removed = doc.getText().slice(e.start, e.end);
    doc = TextDocument.update(doc, [{ range, text: e.text }], doc.version + 1);
    if (remember) undo.push({ start: e.start, end: e.start + e.text.length, text: removed });
    if (undo.length > 50) undo.shift();
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: [{ range, text: e.text }],
    });
  };

  const nextEdit = (): Edit & { undo?: boolean } => {
    const text = doc.getText();
    const at = int(text.length + 1);
    const r = random();
    if (r < 0.4) return { start: at, end: at, text: pick(FRAGMENTS) };
    if (r < 0.65) return { start: at, end: Math.min(text.length, at + 1 + int(random() < 0.8 ? 6 : 200)), text: '' };
    if (r < 0.75) return { start: at, end: at, text: pick(PASTES) };
    if (r < 0.85) return { start: at, end: Math.min(text.length, at + int(12)), text: pick(FRAGMENTS) };
    // Undo-like: reverse the latest edits, in order, when their ranges still fit the text.
    const last = undo.pop();
    if (last && last.end <= text.length) return { ...last, undo: true };
    return { start: at, end: at, text: pick(FRAGMENTS) };
  };

  try {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: START } });
    while (result.edits < options.edits) {
      const n = Math.min(options.batch, options.edits - result.edits);
      for (let i = 0; i < n; i++) {
        const e = nextEdit();
        await send(e, !e.undo);
        result.edits++;
        // Keep the document from growing without bound over long runs.
        if (doc.getText().length > 20000) {
          await send({ start: 10000, end: doc.getText().length, text: '' }, false);
          undo.length = 0;
        }
      }
      // Published diagnostics for the batch's last version.
      const version = doc.version;
      const deadline = Date.now() + 15000;
      while (!published.has(version)) {
        if (!client.alive) throw new Error(`server died: ${where()}\n${client.stderr.join('')}`);
        if (Date.now() > deadline) throw new Error(`no diagnostics for version ${version}: ${where()}`);
        await new Promise((r) => setTimeout(r, 5));
      }
      const got = published.get(version)!;
      published.clear();
      const hoverAt = doc.positionAt(int(doc.getText().length + 1));
      await client.hover(uri, hoverAt);
      const expected = toDiagnostics(analyze(doc.getText(), dataset, settings), doc);
      const key = (d: Diagnostic) => JSON.stringify([d.code, d.range, d.message, d.severity]);
      const a = got.map(key);
      const b = expected.map(key);
      if (a.length !== b.length || a.some((x, i) => x !== b[i])) {
        throw new Error(
          `server and a fresh analysis disagree: ${where()}\nserver: ${JSON.stringify(a, null, 1)}\nfresh: ${JSON.stringify(b, null, 1)}\ntext: ${JSON.stringify(doc.getText())}`,
        );
      }
      result.checks++;
      result.diagnostics += got.length;
      if (options.log && result.checks % 50 === 0) options.log(`${result.edits} edits, ${result.checks} checks, ${doc.getText().length} chars`);
    }
    if (!client.alive) throw new Error(`server died at the end: ${where()}`);
    result.finalLength = doc.getText().length;
    return result;
  } finally {
    await client.stop();
  }
}

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
}

if (require.main === module) {
  const options: FuzzOptions = {
    seed: argument('seed', Date.now() % 100000),
    edits: argument('edits', 20000),
    batch: argument('batch', 10),
    log: (line) => console.log(line),
  };
  console.log(`clio fuzz: seed ${options.seed}, ${options.edits} edits, checks every ${options.batch}`);
  runFuzz(options).then(
    (r) => console.log(`ok: ${r.edits} edits, ${r.checks} checks, ${r.diagnostics} diagnostics compared`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
