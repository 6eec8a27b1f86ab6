/** Per-document state of the server: settings, the latest analysis, and debounced publishing of diagnostics. */
import type { PieceDocument } from './pieceDocument';
import type { ClioConfiguration } from '../../../shared/protocol';
import { Analyzer, MAX_ANALYZED_LENGTH } from '../analysis/analyze';
import type { Dataset } from '../dataset/dataset';
import type { Settings, DocumentAnalysis } from '../analysis/types';
import { debounceMsFromConfiguration, settingsFromConfiguration, unknownPeopleEnabledFromConfiguration } from './settings';
import { UnknownPeopleScheduler } from './unknownPeopleScheduler';
import type { ChangeTracker } from './changeTracker';
import { exposedGc, GARBAGE_BUDGET_BYTES, GarbageBudget } from './memory';

interface DocumentState {
  config: Promise<ClioConfiguration>;
  /** Keeps block scans between versions, so an edit re-scans only the blocks it touched. */
  analyzer: Analyzer;
  openedVersion: number;
  analysis?: { version: number; result: DocumentAnalysis };
  /** The analysis being made (waiting for the configuration, at most): a hover and the debounced publication share it. */
  pending?: { version: number; result: Promise<DocumentAnalysis | undefined> };
  timer?: NodeJS.Timeout;
  /** The keystroke path was prepared on it (warmUp). */
  warmedUp?: boolean;
}

/**
 * Rounds of the warm-up (two passes each) and the pause in requests before each: with 4 rounds the first keystrokes
 * still waited for half the compiles, with 12 for a few small functions (bench/README.md).
 */
const WARM_UP_ROUNDS = 12;
const WARM_UP_GAP_MS = 50;

type Publish = (uri: string, version: number, analysis: DocumentAnalysis, doc: PieceDocument) => void;

export class DocumentStore {
  private readonly states = new Map<string, DocumentState>();
  /** Unknown-person hints: found in the background after publishing, merged into later analyses. */
  private readonly unknownPeople = new UnknownPeopleScheduler({ logError: (message) => this.logError(message) });
  /** Edits and closes leave whole texts (and analyses) behind; V8 collects them as the edits go, this when they pause. */
  private readonly garbage = new GarbageBudget(GARBAGE_BUDGET_BYTES, exposedGc());
  /** When a request last asked for an analysis: the warm-up gives way to requests. */
  private lastRequest = 0;

  constructor(
    private readonly dataset: () => Dataset,
    private readonly loadConfiguration: (uri: string) => Promise<ClioConfiguration>,
    private readonly publish: Publish,
    private readonly logError: (message: string) => void,
    /** The editor's edits since each document's last analysis (the TextDocuments configuration). */
    private readonly changes?: ChangeTracker,
  ) {}

  opened(doc: PieceDocument): void {
    this.states.set(doc.uri, { config: this.loadConfiguration(doc.uri), analyzer: new Analyzer(this.dataset()), openedVersion: doc.version });
    void this.refresh(doc, 0);
  }

  async changed(doc: PieceDocument): Promise<void> {
    const state = this.states.get(doc.uri);
    // didOpen also reports a content change; opened() has handled that version.
    if (!state || state.openedVersion === doc.version) return;
    this.garbage.changed();
    // The previous version's analysis and text are not needed any more: not kept alive while this one is analyzed.
    this.unknownPeople.postpone(doc.uri);
    void this.refresh(doc, debounceMsFromConfiguration(await state.config));
  }

  closed(uri: string): void {
    const state = this.states.get(uri);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(uri);
    this.garbage.changed();
    this.unknownPeople.forget(uri);
    this.changes?.forget(uri);
  }

  /**
   * Settings or datasets changed: re-analyze every open document from scratch, in a new state, so that an analysis
   * begun under the old settings is not taken for the current one.
   */
  configurationChanged(docs: PieceDocument[]): void {
    for (const doc of docs) {
      const old = this.states.get(doc.uri);
      if (!old) continue;
      if (old.timer) clearTimeout(old.timer);
      this.states.set(doc.uri, { config: this.loadConfiguration(doc.uri), analyzer: new Analyzer(this.dataset()), openedVersion: old.openedVersion });
      void this.refresh(doc, 0);
    }
  }

  /** The analysis of the document's current version, computed now if publishing is still pending. */
  async analysisOf(doc: PieceDocument): Promise<DocumentAnalysis | undefined> {
    this.lastRequest = performance.now();
    const state = this.states.get(doc.uri);
    if (!state) return undefined;
    // Asked by a request: the background pass waits until the requests stop.
    this.unknownPeople.stepAside();
    const result = await this.current(doc, state);
    // The settings changed meanwhile: the answer comes from an analysis under the new ones.
    const now = this.states.get(doc.uri);
    return now && now !== state ? this.analysisOf(doc) : result;
  }

  /**
   * The analysis of `doc`'s version: the one made already, the one being made, or a new one. A hover between an edit
   * and its debounced publication makes it, and the publication takes it instead of analyzing the same text again.
   */
  private current(doc: PieceDocument, state: DocumentState): Promise<DocumentAnalysis | undefined> {
    if (state.analysis?.version === doc.version) return Promise.resolve(state.analysis.result);
    if (state.pending?.version === doc.version) return state.pending.result;
    const result = this.compute(doc, state);
    const pending = { version: doc.version, result };
    state.pending = pending;
    const done = () => {
      if (state.pending === pending) state.pending = undefined;
    };
    void result.then(done, done);
    return result;
  }

  async settingsOf(doc: PieceDocument): Promise<Settings | undefined> {
    const state = this.states.get(doc.uri);
    return state && settingsFromConfiguration(await state.config);
  }

  private async refresh(doc: PieceDocument, delayMs: number): Promise<void> {
    const state = this.states.get(doc.uri);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    const run = async () => {
      state.timer = undefined;
      // A newer version or a close since scheduling makes this run stale.
      if (this.states.get(doc.uri) !== state) return;
      const result = await this.current(doc, state);
      const findPeople = unknownPeopleEnabledFromConfiguration(await state.config);
      if (result && this.states.get(doc.uri) === state && state.analysis?.version === doc.version) {
        this.publish(doc.uri, doc.version, result, doc);
        if (!state.warmedUp) {
          state.warmedUp = true;
          this.warmUp(doc, state);
        }
        if (findPeople) this.scheduleUnknownPeople(doc, state, result);
        else this.unknownPeople.forget(doc.uri);
      }
    };
    if (delayMs > 0) state.timer = setTimeout(run, delayMs);
    else await run();
  }

  private async compute(doc: PieceDocument, state: DocumentState): Promise<DocumentAnalysis | undefined> {
    const config = await state.config;
    // Closed while its configuration loaded (an editor opening and closing documents quickly): nobody wants it.
    if (this.states.get(doc.uri) !== state) return undefined;
    try {
      if (state.analyzer.dataset !== this.dataset()) state.analyzer = new Analyzer(this.dataset());
      // Its text would otherwise still be in use if the young generation is collected during the analysis, and move
      // to the old generation with the new one (see memory.ts).
      state.analysis = undefined;
      return this.analyzeCurrent(doc, state, config, (text, settings) => state.analyzer.analyze(text, settings, this.changes?.take(doc)));
    } catch (error) {
      this.logError(`Clio: analysis of ${doc.uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return undefined;
    }
  }

  /** Runs `pass` on the document's text and keeps its result as the analysis of the document's version. */
  private analyzeCurrent(
    doc: PieceDocument,
    state: DocumentState,
    config: ClioConfiguration,
    pass: (text: string, settings: Settings) => DocumentAnalysis,
  ): DocumentAnalysis {
    const version = doc.version;
    const settings = settingsFromConfiguration(config);
    let result = pass(doc.getText(), settings);
    if (unknownPeopleEnabledFromConfiguration(config)) result = this.unknownPeople.merge(doc.uri, result, state.analyzer.dataset, settings);
    // The whole string the pass read is 2 MB for a 1 MB draft: what is kept holds the pieces instead, so that it
    // dies young rather than move to the old generation at the next scavenge (bench/README.md). Features that read
    // the whole text (completion, symbols, the timeline) build it again when they do.
    const rope = doc.rope();
    state.analyzer.releaseText(rope);
    result.text = rope;
    if (version === doc.version) state.analysis = { version, result };
    return result;
  }

  /**
   * One round of warming up the keystroke path on a document whose analysis is published: a character typed in its
   * middle and taken out again, two passes of its Analyzer that end on the document's own text. Their result
   * replaces the published analysis (an Analyzer's result is valid until its next pass) and equals it, as every
   * incremental pass equals a fresh analysis; nothing is published. False when the document is no longer at
   * `version`, or has an analysis to make.
   */
  private async warmUpRound(doc: PieceDocument, state: DocumentState, version: number): Promise<boolean> {
    const config = await state.config;
    const isCurrent = () => this.states.get(doc.uri) === state && doc.version === version && state.analysis?.version === version && !state.pending && !state.timer;
    // Above the limit each pass analyzes the whole prefix again: nothing to prepare, and two full passes a round.
    if (!isCurrent() || doc.length > MAX_ANALYZED_LENGTH) return false;
    try {
      this.analyzeCurrent(doc, state, config, (text, settings) => {
        const at = Math.max(0, text.indexOf(' ', text.length >> 1));
        const typed = `${text.slice(0, at)}x${text.slice(at)}`;
        state.analyzer.analyze(typed, settings, { start: at, oldEnd: at, newEnd: at + 1, oldLength: text.length, narrowed: true });
        return state.analyzer.analyze(text, settings, { start: at, oldEnd: at + 1, newEnd: at, oldLength: typed.length, narrowed: true });
      });
      return true;
    } catch (error) {
      state.analysis = undefined;
      this.logError(`Clio: analysis of ${doc.uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return false;
    }
  }

  /**
   * V8 compiles the keystroke path while the first keystrokes after opening run it: on two busy cores its optimizing
   * compiler's threads took turns with the main thread, and the first 10–15 keystrokes into the 1 MB draft took
   * 10–80 ms instead of 3 (bench/README.md). So after a document's first diagnostics the server types into it
   * itself while the writer reads, a round at a time, each after a pause in the requests; an edit ends it.
   */
  private warmUp(doc: PieceDocument, state: DocumentState): void {
    const version = doc.version;
    let rounds = WARM_UP_ROUNDS;
    const next = () => {
      const timer = setTimeout(() => {
        if (performance.now() - this.lastRequest < WARM_UP_GAP_MS) return next();
        void this.warmUpRound(doc, state, version).then((ok) => {
          if (ok && --rounds > 0) next();
        });
      }, WARM_UP_GAP_MS);
      timer.unref();
    };
    next();
  }

  /** When typing pauses, compromise looks at the changed paragraphs; new hints are merged and republished. */
  private scheduleUnknownPeople(doc: PieceDocument, state: DocumentState, published: DocumentAnalysis): void {
    const version = doc.version;
    const isCurrent = () => this.states.get(doc.uri) === state && doc.version === version && state.analysis?.version === version;
    this.unknownPeople.schedule(doc.uri, published, state.analyzer.dataset, isCurrent, () => {
      if (!isCurrent() || !state.analysis) return;
      void state.config.then((config) => {
        if (!isCurrent() || !state.analysis) return;
        const result = this.unknownPeople.merge(doc.uri, state.analysis.result, state.analyzer.dataset, settingsFromConfiguration(config));
        state.analysis = { version, result };
        this.publish(doc.uri, version, result, doc);
      });
    });
  }
}
