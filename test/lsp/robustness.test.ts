/**
 * Hostile documents and hostile protocol use, each driven through the built server over stdio: the server never
 * dies, keeps answering (a hover within 1 s afterwards — a liveness bound, not a speed test), and its diagnostics
 * are sensible, with ranges exact in UTF-16.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CancellationTokenSource, type Diagnostic, type Range } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_CODES } from '../../server/src/analysis/types';
import { MAX_ANALYZED_LENGTH } from '../../server/src/analysis/analyze';
import { applyEdits, GREGORIAN_RUSSIA, hoverMarkdown, LspClient, message, rangeOf, residentMb } from './lspClient';

/** The server's memory bound after a 10 MB document (VmRSS), stated in the README's "Limits and guarantees". */
const RSS_BOUND_MB = 400;
const MISMATCH = '8 March (O.S. 24 February) 1917';

let n = 0;
const uriFor = (name: string) => `file:///tmp/clio-robust-${name}-${++n}.md`;

/** Positions as the server counts them (\n, \r\n and a lone \r all end a line). */
function lspRange(text: string, start: number, end: number): Range {
  const doc = TextDocument.create('file:///x.md', 'markdown', 1, text);
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/** The server answers a request within 5 s (a hung server never does; a loaded machine may take a while). */
async function answers(client: LspClient, uri: string): Promise<void> {
  const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000).unref());
  const hover = client.hover(uri, { line: 0, character: 0 }).then(() => 'answered' as const);
  assert.equal(await Promise.race([hover, timer]), 'answered', 'the server answers a hover within 5 s');
  assert.ok(client.alive, 'the server is alive');
}

/** Every diagnostic is Clio's, has a known code, lies inside the document and reads as words. */
function sane(text: string, diagnostics: Diagnostic[]): void {
  const doc = TextDocument.create('file:///x.md', 'markdown', 1, text);
  for (const d of diagnostics) {
    assert.equal(d.source, 'clio');
    assert.ok((DIAGNOSTIC_CODES as readonly unknown[]).includes(d.code), `known code ${String(d.code)}`);
    const start = doc.offsetAt(d.range.start);
    const end = doc.offsetAt(d.range.end);
    assert.deepEqual(doc.positionAt(start), d.range.start, `start inside the document: ${JSON.stringify(d)}`);
    assert.deepEqual(doc.positionAt(end), d.range.end, `end inside the document: ${JSON.stringify(d)}`);
    assert.ok(start <= end);
    assert.ok(message(d).length > 0 && !/NaN|undefined|Infinity|\[object/.test(message(d)), `message reads as words: ${message(d)}`);
  }
}

async function check(client: LspClient, name: string, text: string, timeoutMs = 10000): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = uriFor(name);
  await client.open(uri, text);
  const diagnostics = await client.waitForDiagnostics(uri, undefined, timeoutMs);
  await answers(client, uri);
  sane(text, diagnostics);
  return { uri, diagnostics };
}

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

describe('hostile documents through the server', function () {
  this.timeout(60000);
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  describe('size', () => {
    const seed = readFileSync(resolve(__dirname, '../fixtures/seed.md'), 'utf8');
    let big = '';
    while (big.length < 10 * 1024 * 1024) big += `${seed}\n\n`;

    it(`10 MB of prose: analyzed up to ${MAX_ANALYZED_LENGTH.toLocaleString('en-US')} characters, said so, memory within ${RSS_BOUND_MB} MB`, async () => {
      const { uri, diagnostics } = await check(client, 'ten-mb', big, 45000);
      const tooLarge = diagnostics.filter((d) => d.code === 'document-too-large');
      assert.equal(tooLarge.length, 1, 'one document-too-large diagnostic');
      assert.equal(tooLarge[0].severity, 3, 'information');
      assert.deepEqual(tooLarge[0].range, lspRange(big, 0, big.indexOf('\n')), 'on the first line');
      assert.match(message(tooLarge[0]), /checks only the first [\d,]+ \(to line [\d,]+\)/);
      const lastLine = Number(/to line ([\d,]+)/.exec(message(tooLarge[0]))![1].replace(/,/g, ''));
      // The prefix is really analyzed (the seed's findings repeat) and nothing past it is reported.
      assert.ok(diagnostics.length > 100, `findings in the analyzed part: ${diagnostics.length}`);
      assert.ok(diagnostics.every((d) => d.range.end.line < lastLine), 'no diagnostics past the analyzed part');
      // Hover still answers with content in a document of that size (line 2: "On 7 March (O.S. 22 February), …").
      const hover = await client.hover(uri, { line: 2, character: 95 });
      assert.match(hoverMarkdown(hover), /^\*\*7 March\*\*.*\n\*\*22 February\*\*/, JSON.stringify(hover));
      assert.deepEqual(hover!.range, { start: { line: 2, character: 93 }, end: { line: 2, character: 119 } });
      const rss = residentMb(client.process.pid!);
      assert.ok(rss < RSS_BOUND_MB, `server RSS ${rss.toFixed(0)} MB < ${RSS_BOUND_MB} MB`);
      await client.close(uri);
    });

    it('a 1 MB single line with dates', async () => {
      const line = `${GREGORIAN_RUSSIA}${'On 8 March (O.S. 23 February) 1917 the crowd grew, '.repeat(20000)}`;
      const { diagnostics } = await check(client, 'one-line', line, 30000);
      assert.deepEqual(codes(diagnostics), [], 'right dual dates give nothing');
    });
  });

  it('NUL bytes and control characters around a date', async () => {
    const text = `${GREGORIAN_RUSSIA}\u0000\u0001 ${MISMATCH}\u0007\u001b[0m in Petrograd.\u0000\n\u000b\u000c\u007f\n`;
    const { diagnostics } = await check(client, 'control', text);
    const d = diagnostics.find((x) => x.code === 'dual-date-mismatch');
    assert.ok(d, JSON.stringify(diagnostics));
    assert.deepEqual(d.range, rangeOf(text, MISMATCH));
  });

  it('emoji, lone surrogates and combining marks: ranges exact in UTF-16', async () => {
    const text =
      `${GREGORIAN_RUSSIA}🏛️ ${MISMATCH} 👩‍👩‍👧\n\n` +
      `\ud800 e\u0301 Lenin left on ${MISMATCH}\udc00.\n\n` +
      `𝔄𝔅 é e\u0301 Thursday, 8 March 1917 was a Thursday; Friday, 9 March 1917 🏛️ too.\n`;
    const { uri, diagnostics } = await check(client, 'unicode', text);
    const mismatches = diagnostics.filter((d) => d.code === 'dual-date-mismatch');
    assert.deepEqual(mismatches.map((d) => d.range), [rangeOf(text, MISMATCH, 0), rangeOf(text, MISMATCH, 1)]);
    assert.deepEqual(codes(diagnostics).filter((c) => c === 'weekday-mismatch'), [], 'weekdays right');
    // The quick fix after an emoji edits exactly the O.S. day.
    const actions = await client.codeActions(uri, mismatches[0].range, [mismatches[0]], ['quickfix']);
    const fixed = applyEdits(text, actions[0].edit!.changes![uri]);
    assert.equal(fixed, text.replace('24 February', '23 February'));
    // A name after a lone surrogate is found at its UTF-16 place.
    const hover = await client.hover(uri, rangeOf(text, 'Lenin').start);
    assert.ok(hover?.range, 'hover on Lenin');
    assert.deepEqual(hover.range.start, rangeOf(text, 'Lenin').start);
  });

  it('CRLF: ranges right and fixes keep the CRLFs', async () => {
    const text = `${GREGORIAN_RUSSIA}Strikes spread.\n\nThe strike began on ${MISMATCH} in Petrograd.\nMore followed.\n`.replace(/\n/g, '\r\n');
    const { uri, diagnostics } = await check(client, 'crlf', text);
    const d = diagnostics.find((x) => x.code === 'dual-date-mismatch');
    assert.ok(d);
    const start = text.indexOf(MISMATCH);
    assert.deepEqual(d.range, lspRange(text, start, start + MISMATCH.length));
    const actions = await client.codeActions(uri, d.range, [d], ['quickfix']);
    for (const action of actions) {
      const fixed = applyEdits(text, action.edit!.changes![uri]);
      assert.equal(fixed.split('\r\n').length, text.split('\r\n').length, 'same CRLF count');
      assert.doesNotMatch(fixed, /[^\r]\n/, 'no bare LF');
    }
    assert.equal(applyEdits(text, actions[0].edit!.changes![uri]), text.replace('24 February', '23 February'));
    // Fixes that write line breaks (the convention in front matter, a new block or a new key) write CRLFs.
    for (const head of ['', '---\ntitle: Draft\n---\n\n']) {
      const plain = `${head}On 7 March 1917 the strike began in Petrograd.\n`.replace(/\n/g, '\r\n');
      const doc = await check(client, 'crlf-convention', plain);
      const ambiguous = doc.diagnostics.find((x) => x.code === 'ambiguous-calendar');
      assert.ok(ambiguous, JSON.stringify(doc.diagnostics));
      const conventions = (await client.codeActions(doc.uri, ambiguous.range, [ambiguous], ['quickfix'])).filter((a) => /convention/.test(a.title));
      assert.equal(conventions.length, 2, 'Old Style and New Style');
      for (const action of conventions) {
        const fixed = applyEdits(plain, action.edit!.changes![doc.uri]);
        assert.match(fixed, /\r\nclio:\r\n {2}calendar: (julian|gregorian)\r\n/, `${action.title}: ${JSON.stringify(fixed)}`);
        assert.doesNotMatch(fixed, /[^\r]\n/, `no bare LF: ${JSON.stringify(fixed)}`);
      }
    }
  });

  it('mixed line endings (\\n, \\r\\n, lone \\r): ranges as LSP counts lines', async () => {
    const text = `${GREGORIAN_RUSSIA}One.\r\nTwo.\rThree.\n\r\nOn ${MISMATCH}.\rAnd on 5 February 1918.\r\n`;
    const { diagnostics } = await check(client, 'mixed', text);
    const d = diagnostics.find((x) => x.code === 'dual-date-mismatch');
    assert.ok(d, JSON.stringify(diagnostics));
    const start = text.indexOf(MISMATCH);
    assert.deepEqual(d.range, lspRange(text, start, start + MISMATCH.length));
  });

  it('deeply nested lists and block quotes', async () => {
    const depth = 200;
    const list = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const quote = `${'> '.repeat(depth)}On ${MISMATCH} the crowd grew.`;
    const text = `${GREGORIAN_RUSSIA}${list}\n${'  '.repeat(depth)}- On ${MISMATCH}.\n\n${quote}\n\n${'>'.repeat(5000)} ${'- '.repeat(2000)}x\n`;
    const { diagnostics } = await check(client, 'nested', text);
    // The date in the quote is prose wherever it sits; the deepest list item may read as code (indented).
    const quoted = text.indexOf(MISMATCH, text.indexOf('> > '));
    assert.ok(diagnostics.some((d) => d.code === 'dual-date-mismatch' && JSON.stringify(d.range) === JSON.stringify(lspRange(text, quoted, quoted + MISMATCH.length))));
  });

  it('an unterminated code fence hides what follows; unterminated front matter is not front matter', async () => {
    const fence = await check(client, 'fence', `${GREGORIAN_RUSSIA}Before.\n\n\`\`\`js\nconst d = '${MISMATCH}';\n`);
    assert.deepEqual(codes(fence.diagnostics), [], 'code is not checked');
    const unterminated = `---\nclio:\n  calendar: julian\n\nOn ${MISMATCH} it began.\n`;
    const fm = await check(client, 'fm-open', unterminated);
    // Read as prose to the end: the wrong pair below it is found, and no front-matter problem is reported.
    assert.deepEqual(codes(fm.diagnostics), ['dual-date-mismatch']);
  });

  it('front matter with wrong types: a front-matter diagnostic there, defaults used', async () => {
    const text = '---\nclio: {calendar: 7}\n---\n\nOn 8 March 1917 the strike began in Petrograd.\n';
    const { diagnostics } = await check(client, 'fm-type', text);
    const fm = diagnostics.filter((d) => d.code === 'front-matter');
    assert.equal(fm.length, 1, JSON.stringify(diagnostics));
    assert.equal(fm[0].source, 'clio');
    assert.deepEqual(fm[0].range, rangeOf(text, '7'));
    assert.match(message(fm[0]), /clio\.calendar/);
    // Defaults: calendar auto, so an unmarked Russian date of 1917 is ambiguous, exactly as without front matter.
    const plain = await check(client, 'fm-none', 'On 8 March 1917 the strike began in Petrograd.\n');
    assert.deepEqual(codes(diagnostics).filter((c) => c !== 'front-matter'), codes(plain.diagnostics));
    assert.ok(codes(plain.diagnostics).includes('ambiguous-calendar'));
  });

  it('front matter that is not YAML, or not a mapping', async () => {
    // A list is another tool's front matter, not Clio's to judge; the others are broken YAML or a wrong `clio`.
    const cases: [string, number][] = [['clio: [: : :', 1], ['clio: "unterminated', 1], ['- a\n- b', 0], ['clio: 5', 1], ['\t\u0000: {{{', 1]];
    for (const [yaml, findings] of cases) {
      const text = `---\n${yaml}\n---\n\nOn 8 March 1917 it began in Petrograd.\n`;
      const { diagnostics } = await check(client, 'fm-bad', text);
      const end = text.indexOf('\n---\n') + 4;
      const fm = diagnostics.filter((x) => x.code === 'front-matter');
      assert.equal(fm.length, findings, `front-matter diagnostics for ${JSON.stringify(yaml)}: ${JSON.stringify(diagnostics)}`);
      for (const d of fm) {
        assert.ok(TextDocument.create('file:///x', 'markdown', 1, text).offsetAt(d.range.end) <= end, `inside the front matter: ${yaml}`);
      }
      assert.ok(codes(diagnostics).includes('ambiguous-calendar'), `defaults used after ${JSON.stringify(yaml)}`);
    }
  });

  it('absurd dates: huge days and years, year 0, negative years', async () => {
    const text =
      `${GREGORIAN_RUSSIA}On 99999999 March, 0 March 0, 31 March 0000, 29 February 0, 5 March -44 and 15 March 44 BC.\n` +
      `Also 1 January 99999, 0000-00-00, 9999-99-99, -0044-03-15, 1917-13-45, March 0, 1917 and 32 March 1917.\n` +
      `Dual: 99 March (O.S. 99 February) 1917; 8 March (O.S. 24 February) 0; 1 January (O.S. 20 December) 99999.\n`;
    const { diagnostics } = await check(client, 'absurd', text);
    // The only findings: the dates of a real year whose day or month no calendar has (the ISO 1917-13-45, a day 0 or
    // 32 with a month name), and the two pairs whose sides disagree, read as day-only pairs in the context's year
    // (1917), because days past 31 and the years 0 and 99999 do not read as parts of a date.
    const doc = TextDocument.create('file:///x.md', 'markdown', 1, text);
    assert.deepEqual(diagnostics.map((d) => [d.code, doc.getText(d.range)]), [
      ['invalid-date', '1917-13-45'],
      ['invalid-date', 'March 0, 1917'],
      ['invalid-date', '32 March 1917'],
      ['dual-date-mismatch', '8 March (O.S. 24 February)'],
      ['dual-date-mismatch', '1 January (O.S. 20 December)'],
    ]);
  });
});

describe('hostile protocol use', function () {
  this.timeout(60000);
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('positions past the end of a document: empty results, no error', async () => {
    const uri = uriFor('past-end');
    await client.openAndWait(uri, `${GREGORIAN_RUSSIA}On ${MISMATCH}.\n`);
    const far = { line: 100000, character: 100000 };
    assert.equal(await client.hover(uri, far), null);
    const hints = await client.inlayHints(uri, { start: { line: 50, character: 0 }, end: far });
    assert.deepEqual(hints, []);
    // No quick fix there; the document's fix-all is offered wherever it is asked for.
    assert.deepEqual((await client.codeActions(uri, { start: far, end: far }, [])).map((a) => a.kind), ['source.fixAll.clio']);
    await answers(client, uri);
  });

  it('unknown and closed documents: null or [], never an error', async () => {
    const unknown = 'file:///tmp/never-opened.md';
    assert.equal(await client.hover(unknown, { line: 0, character: 0 }), null);
    assert.deepEqual(await client.inlayHints(unknown, { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }), []);
    assert.deepEqual(await client.codeActions(unknown, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, []), []);
    const uri = uriFor('closed');
    await client.openAndWait(uri, `${GREGORIAN_RUSSIA}On ${MISMATCH}.\n`);
    assert.notEqual(await client.hover(uri, { line: 6, character: 4 }), null, 'the date hovers while the document is open');
    await client.close(uri);
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
    assert.equal(await client.hover(uri, { line: 6, character: 4 }), null);
    // A change to a closed document is ignored: a name that hovers in an open one gets no hover there.
    const named = 'Lenin spoke.\n';
    const open = uriFor('open');
    await client.openAndWait(open, named);
    assert.match(await client.hoverText(open, named, 'Lenin'), /\*\*Vladimir Lenin\*\*/);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 9 }, contentChanges: [{ text: named }] });
    assert.equal(await client.hover(uri, { line: 0, character: 1 }), null);
  });

  it('malformed requests get proper LSP errors; unknown methods MethodNotFound', async () => {
    await assert.rejects(client.request('textDocument/hover', {}), (e: { code?: number }) => typeof e.code === 'number');
    await assert.rejects(client.request('clio/noSuchMethod', {}), (e: { code?: number }) => e.code === -32601);
    assert.ok(client.alive);
  });

  it('out-of-order versions: the server follows the changes it is sent and stays consistent', async () => {
    const uri = uriFor('versions');
    const text = `${GREGORIAN_RUSSIA}On 8 March (O.S. 23 February) 1917.\n`;
    await client.openAndWait(uri, text);
    const send = (version: number, newText: string) =>
      client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: newText }] });
    await send(5, text.replace('23 February', '24 February'));
    await send(3, text.replace('23 February', '25 February')); // older than the last one
    await send(4, text);
    const last = await client.waitForDiagnostics(uri, () => client.publications(uri).some((p) => p.version === 4));
    assert.deepEqual(codes(last), [], 'the last change sent is what is analyzed');
    await answers(client, uri);
  });

  it('rapid open/close of the same uri', async () => {
    const uri = uriFor('rapid');
    for (let i = 0; i < 60; i++) {
      void client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: `${GREGORIAN_RUSSIA}On 8 March (O.S. ${i % 2 ? 24 : 23} February) 1917.\n` },
      });
      void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    const final = `${GREGORIAN_RUSSIA}On ${MISMATCH}.\n`;
    await client.open(uri, final);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length === 1);
    assert.deepEqual(codes(diagnostics), ['dual-date-mismatch']);
    await client.close(uri);
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
    await answers(client, 'file:///tmp/none.md');
  });

  it('cancellation of in-flight requests ($/cancelRequest): answered or RequestCancelled, never a dead server', async () => {
    const uri = uriFor('cancel');
    const text = `${GREGORIAN_RUSSIA}${`On ${MISMATCH} Lenin spoke.\n\n`.repeat(500)}`;
    await client.open(uri, text);
    const outcomes: string[] = [];
    const pending: Promise<void>[] = [];
    for (let i = 0; i < 10; i++) {
      // Edits keep the analysis in flight while requests are sent and cancelled.
      await client.edit(uri, { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, 'x');
      const source = new CancellationTokenSource();
      const request = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 6 + 2 * i, character: 10 } }, source.token);
      source.cancel();
      pending.push(
        request.then(
          () => void outcomes.push('answered'),
          (e: { code?: number }) => void outcomes.push(e.code === -32800 || e.code === -32802 ? 'cancelled' : `error ${e.code}`),
        ),
      );
    }
    await Promise.all(pending);
    assert.ok(outcomes.every((o) => o === 'answered' || o === 'cancelled'), outcomes.join(', '));
    await client.waitForDiagnostics(uri, undefined, 30000);
    await answers(client, uri);
    const hover = await client.hover(uri, rangeOf(client.text(uri), 'Lenin').start);
    assert.ok(hover, 'a final hover answers with content');
  });
});
