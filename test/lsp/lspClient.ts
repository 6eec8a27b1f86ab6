/** Drives dist/server.js over stdio exactly as an editor would: one reusable helper for every protocol test. */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type Position,
  type Range,
  type Hover,
  type CompletionList,
  type CompletionItem,
  type CodeAction,
  type InlayHint,
  type InitializeResult,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';

export const SERVER_PATH = resolve(__dirname, '../../dist/server.js');

/** A draft's `clio:` front matter: its region and, when given, its convention; then the blank line before the text. */
export function frontMatter(region: string, calendar?: 'gregorian' | 'julian' | 'dual'): string {
  return `---\nclio:\n${calendar ? `  calendar: ${calendar}\n` : ''}  region: ${region}\n---\n\n`;
}

/** The front matters the protocol tests' drafts open with most. */
export const GREGORIAN_RUSSIA = frontMatter('russia', 'gregorian');
export const JULIAN_RUSSIA = frontMatter('russia', 'julian');
export const RUSSIA = frontMatter('russia');
export const GREGORIAN_BRITAIN = frontMatter('britain', 'gregorian');
export const JULIAN_BRITAIN = frontMatter('britain', 'julian');
export const BRITAIN = frontMatter('britain');

export interface StartOptions {
  /** The `clio` section returned for workspace/configuration requests. */
  settings?: Record<string, unknown>;
  workspaceFolders?: { uri: string; name: string }[];
  /** Sent as initialize's initializationOptions (VS Code's client sends `{ workspaceTrusted }`). */
  initializationOptions?: unknown;
  /** Another server to spawn instead of dist/server.js (the bench's baseline). */
  serverPath?: string;
  /** The arguments after the server's path: `--stdio` unless given (`clio lsp` takes `['lsp', '--stdio']`). */
  serverArgs?: string[];
}

export class LspClient {
  readonly connection: ProtocolConnection;
  initializeResult?: InitializeResult;
  settings: Record<string, unknown>;
  readonly stderr: string[] = [];
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  /** Edits sent but not yet applied to the helper's copy of the text: applied when the text is read. */
  private readonly pending = new Map<string, TextEdit[]>();
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: (() => void)[] = [];
  private exited = false;

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    options: StartOptions,
  ) {
    this.settings = { diagnostics: { debounceMs: 0 }, ...options.settings };
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout), new StreamMessageWriter(process.stdin));
    process.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    process.on('exit', () => (this.exited = true));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p);
      this.diagnostics.set(p.uri, list);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'clio' ? this.settings : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [...(process.env.CLIO_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), options.serverPath ?? SERVER_PATH, ...(options.serverArgs ?? ['--stdio'])], { stdio: 'pipe' });
    const client = new LspClient(child, options);
    client.initializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.workspaceFolders?.[0]?.uri ?? null,
      workspaceFolders: options.workspaceFolders ?? null,
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true } },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          publishDiagnostics: { versionSupport: true },
        },
        window: { workDoneProgress: true },
      },
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  get alive(): boolean {
    return !this.exited;
  }

  text(uri: string): string {
    const edits = this.pending.get(uri);
    if (edits) {
      this.pending.delete(uri);
      let text = this.texts.get(uri) ?? '';
      for (const edit of edits) text = applyEdits(text, [edit]);
      this.texts.set(uri, text);
    }
    return this.texts.get(uri) ?? '';
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  /**
   * Sends an incremental change; the helper keeps its own copy of the text up to date, applying the change when the
   * copy is next read (text()): timings taken around this call measure the server, not the helper's copy.
   */
  async edit(uri: string, range: Range, newText: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text: newText }],
    });
    const pending = this.pending.get(uri) ?? [];
    pending.push({ range, newText });
    this.pending.set(uri, pending);
  }

  /** Replaces the whole text (as an incremental change over the full range). */
  async replaceAll(uri: string, newText: string): Promise<void> {
    const old = this.text(uri);
    await this.edit(uri, { start: { line: 0, character: 0 }, end: positionAt(old, old.length) }, newText);
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = { diagnostics: { debounceMs: 0 }, ...settings };
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { clio: this.settings } });
  }

  /** Waits for a publication for the document's current version (or one matching `accept`). */
  async waitForDiagnostics(uri: string, accept?: (d: Diagnostic[]) => boolean, timeoutMs = 10000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    const wanted = this.versions.get(uri);
    for (;;) {
      const list = this.diagnostics.get(uri) ?? [];
      const last = list[list.length - 1];
      if (last && (accept ? accept(last.diagnostics) : last.version === undefined || last.version === wanted)) {
        return last.diagnostics;
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(`no diagnostics for ${uri} (version ${wanted}); last: ${JSON.stringify(last)}\nstderr: ${this.stderr.join('')}`);
      }
      await new Promise<void>((resolveWait) => {
        const timer = setTimeout(resolveWait, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolveWait();
        });
      });
    }
  }

  /** Runs `action` and waits for the next publication for `uri` after it (e.g. after a settings change). */
  async republished(uri: string, action: () => Promise<void>): Promise<Diagnostic[]> {
    const before = this.publications(uri).length;
    await action();
    return this.waitForDiagnostics(uri, () => this.publications(uri).length > before);
  }

  publications(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.get(uri) ?? [];
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  /** The Markdown of the hover one character into the `occurrence`-th (0-based) `needle` of `text` ('' when there is none). */
  async hoverText(uri: string, text: string, needle: string, occurrence = 0): Promise<string> {
    return hoverMarkdown(await this.hover(uri, positionOf(text, needle, 1, occurrence)));
  }

  /** Opens `text` under `uri` and waits for its first diagnostics. */
  async openAndWait(uri: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    await this.open(uri, text);
    return { uri, diagnostics: await this.waitForDiagnostics(uri) };
  }

  async completion(uri: string, position: Position, triggerCharacter?: string): Promise<CompletionItem[]> {
    const result: CompletionList | CompletionItem[] | null = await this.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position,
      context: triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 },
    });
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, only },
    });
  }

  /** The document's text as `action`'s edits would leave it: the client's copy with them applied (nothing is sent). */
  textAfter(uri: string, action: CodeAction | undefined): string {
    const edits = action?.edit?.changes?.[uri] ?? [];
    assert.ok(edits.length > 0, `a fix with edits: ${action ? `"${action.title}"` : 'none offered'}`);
    return applyEdits(this.text(uri), edits);
  }

  /** The document's text as the first quick fix offered for `d` would leave it (nothing is sent). */
  async textAfterFirstFix(uri: string, d: Diagnostic): Promise<string> {
    const [first] = await this.codeActions(uri, d.range, [d], ['quickfix']);
    return this.textAfter(uri, first);
  }

  inlayHints(uri: string, range: Range): Promise<InlayHint[]> {
    return this.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params);
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // the process may already be gone
    }
    await new Promise<void>((r) => {
      if (this.exited) return r();
      const timer = setTimeout(() => {
        this.process.kill('SIGKILL');
        r();
      }, 2000);
      this.process.on('exit', () => {
        clearTimeout(timer);
        r();
      });
    });
    this.connection.dispose();
  }
}

/** A hover's Markdown ('' for no hover): the server always answers with one MarkupContent. */
export function hoverMarkdown(hover: Hover | null): string {
  return (hover?.contents as { value: string } | undefined)?.value ?? '';
}

export function message(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** Offsets where each line starts, with LSP's line breaks: \r\n, \r and \n. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

/** A process's resident memory in MB (VmRSS of /proc/PID/status): what the memory tests and the bench bound. */
export function residentMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}

/** UTF-16 position of an offset, as LSP counts it. */
export function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

/** Offset of an LSP position; like the server, a character past the line's end means the end of the line. */
export function offsetAt(text: string, position: Position): number {
  const starts = lineStarts(text);
  if (position.line >= starts.length) return text.length;
  const lineStart = starts[position.line];
  let lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
  // The line's content ends before its line break.
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 10) lineEnd--;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return Math.min(lineStart + Math.max(0, position.character), lineEnd);
}

/** Position of the first occurrence of `needle` (plus `delta` characters) — keeps tests readable. */
export function positionOf(text: string, needle: string, delta = 0, occurrence = 0): Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  return positionAt(text, at + delta);
}

export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  const start = positionOf(text, needle, 0, occurrence);
  return { start, end: positionOf(text, needle, needle.length, occurrence) };
}

/** Applies LSP edits (non-overlapping) to a text, last first. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const withOffsets = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const e of withOffsets) result = result.slice(0, e.start) + e.newText + result.slice(e.end);
  return result;
}
