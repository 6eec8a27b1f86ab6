/** Per-document state of the server: settings, the latest analysis, and debounced publishing of diagnostics. */
import type { PieceDocument } from './pieceDocument';
import type { ClioConfiguration } from '../../../shared/protocol';
import { Analyzer } from '../analysis/analyze';
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
}

type Publish = (uri: string, version: number, analysis: DocumentAnalysis, doc: PieceDocument) => void;

export class DocumentStore {
  private readonly states = new Map<string, DocumentState>();
  /** Unknown-person hints: found in the background after publishing, merged into later analyses. */
  private readonly unknownPeople = new UnknownPeopleScheduler({ logError: (message) => this.logError(message) });
  /** Edits and closes leave whole texts (and analyses) behind; V8 collects them as the edits go, this when they pause. */
  private readonly garbage = new GarbageBudget(GARBAGE_BUDGET_BYTES, exposedGc());

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
    const version = doc.version;
    try {
      if (state.analyzer.dataset !== this.dataset()) state.analyzer = new Analyzer(this.dataset());
      const settings = settingsFromConfiguration(config);
      // Its text would otherwise still be in use if the young generation is collected during the analysis, and move
      // to the old generation with the new one (see memory.ts).
      state.analysis = undefined;
      let result = state.analyzer.analyze(doc.getText(), settings, this.changes?.take(doc));
      if (unknownPeopleEnabledFromConfiguration(config)) result = this.unknownPeople.merge(doc.uri, result, state.analyzer.dataset, settings);
      // The whole string the pass read is 2 MB for a 1 MB draft: what is kept holds the pieces instead, so that it
      // dies young rather than move to the old generation at the next scavenge (bench/README.md). Features that read
      // the whole text (completion, symbols, the timeline) build it again when they do.
      const rope = doc.rope();
      state.analyzer.releaseText(rope);
      result.text = rope;
      if (version === doc.version) state.analysis = { version, result };
      return result;
    } catch (error) {
      this.logError(`Clio: analysis of ${doc.uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return undefined;
    }
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
