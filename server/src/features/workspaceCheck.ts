/**
 * clio/checkWorkspace: every Markdown file under the given folders analyzed, open documents as they are in the
 * editor, the others as saved. Yields analyses at offsets; the LSP layer turns them into diagnostics.
 */
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../analysis/analyze';
import type { DocumentAnalysis, Settings } from '../analysis/types';
import type { Dataset } from '../dataset/dataset';
import { markdownFiles } from '../workspace';

export interface WorkspaceCheckHost {
  dataset(): Dataset;
  /** The settings of a workspace folder (or of a file outside every folder), asked once per folder. */
  settingsFor(folderOrFile: string): Promise<Settings>;
  /** Open documents by resolved path: they are checked as edited, under their own URI. */
  openDocuments(): Map<string, { uri: string; analysis(): Promise<DocumentAnalysis | undefined> }>;
  isCancelled(): boolean;
  report(percent: number, message: string): void;
}

export interface CheckedFile {
  uri: string;
  analysis: DocumentAnalysis;
}

/** Checks the files under `roots` (paths) one by one, handing each analysis to `each`; returns how many were checked. */
export async function checkWorkspace(roots: string[], host: WorkspaceCheckHost, each: (file: CheckedFile) => void): Promise<{ checked: number; cancelled: boolean }> {
  const { isCancelled } = host;
  const files: string[] = [];
  for (const root of roots) await markdownFiles(root, isCancelled, files);
  const openByPath = host.openDocuments();
  const settingsByRoot = new Map<string, Settings>();
  const settingsFor = async (file: string) => {
    const root = roots.find((r) => file.startsWith(r.endsWith(sep) ? r : r + sep)) ?? '';
    if (!settingsByRoot.has(root)) settingsByRoot.set(root, await host.settingsFor(root || file));
    return settingsByRoot.get(root)!;
  };
  let checked = 0;
  let lastPercent = -1;
  for (const file of files) {
    if (isCancelled()) break;
    const percent = Math.floor((checked / files.length) * 100);
    if (percent !== lastPercent) {
      host.report(percent, `${checked}/${files.length} files`);
      lastPercent = percent;
    }
    const open = openByPath.get(resolve(file));
    let uri: string;
    let analysis: DocumentAnalysis | undefined;
    if (open) {
      uri = open.uri;
      analysis = await open.analysis();
    } else {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        continue; // deleted or unreadable since the walk
      }
      uri = pathToFileURL(file).href;
      analysis = analyze(text, host.dataset(), await settingsFor(file));
    }
    checked++;
    if (analysis) each({ uri, analysis });
    // Let cancellation and the editor's other requests through between files.
    await new Promise((r) => setImmediate(r));
  }
  host.report(100, `${checked}/${files.length} files`);
  return { checked, cancelled: isCancelled() };
}
