/** Typed access to the `clio.*` settings (the server reads them too, via workspace/configuration). */
import * as vscode from 'vscode';
import type { ClioConfiguration } from '../../shared/protocol';

export const SECTION = 'clio';

/** The `clio` settings for a resource, with wrong-typed values left out (the server applies its defaults). */
export function clioConfiguration(scope?: vscode.ConfigurationScope): ClioConfiguration {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const calendar = c.get<unknown>('calendar');
  const region = c.get<unknown>('region');
  const debounceMs = c.get<unknown>('diagnostics.debounceMs');
  const severity = c.get<unknown>('diagnostics.severity');
  const otherCalendar = c.get<unknown>('inlayHints.otherCalendar');
  const paths = c.get<unknown>('dataset.paths');
  const unknownPeople = c.get<unknown>('unknownPeople.enabled');
  return {
    calendar: calendar === 'auto' || calendar === 'gregorian' || calendar === 'julian' || calendar === 'dual' ? calendar : undefined,
    region: typeof region === 'string' ? region : undefined,
    diagnostics: {
      debounceMs: typeof debounceMs === 'number' ? debounceMs : undefined,
      severity: isStringRecord(severity) ? severity : undefined,
    },
    inlayHints: { otherCalendar: typeof otherCalendar === 'boolean' ? otherCalendar : undefined },
    dataset: { paths: Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string') : undefined },
    unknownPeople: { enabled: typeof unknownPeople === 'boolean' ? unknownPeople : undefined },
  };
}

function isStringRecord(v: unknown): v is Record<string, string> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
}

/** Calls `listener` when any `clio.*` setting changes (the server is told by the language client itself). */
export function onDidChangeClioConfiguration(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION)) listener();
  });
}
