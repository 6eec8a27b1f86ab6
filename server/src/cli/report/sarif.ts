/**
 * `--format sarif`: SARIF 2.1.0 (OASIS) for code-scanning tools — one run, tool.driver "clio" with a rule per code,
 * results with 1-based regions in UTF-16 code units (declared by run.columnKind) and the fixes as replacements.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIAGNOSTIC_CODES } from '../../analysis/codes';
import type { Severity } from '../../analysis/types';
import { ruleHelp, ruleText } from '../rules';
import type { CliFinding, CliRange } from './types';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
    invocations: { executionSuccessful: boolean; workingDirectory: { uri: string } }[];
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: 'utf16CodeUnits';
    results: {
      ruleId: string;
      ruleIndex: number;
      level: SarifLevel;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: SarifArtifactLocation; region: SarifRegion } }[];
      fixes?: {
        description: { text: string };
        artifactChanges: { artifactLocation: SarifArtifactLocation; replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[] }[];
      }[];
    }[];
  }[];
}

/** LSP range → SARIF region: lines and columns 1-based; endColumn is the column just after the region (SARIF §3.30). */
function region(r: CliRange): SarifRegion {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function camel(code: string): string {
  return code.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase());
}

/** Files below the root are relative URIs against %SRCROOT% (what code scanning expects); others absolute file URIs. */
function artifact(path: string, root: string): SarifArtifactLocation {
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(path).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export function sarifLog(findings: readonly CliFinding[], options: { root: string; version: string }): SarifLog {
  const ruleIndex = new Map<string, number>(DIAGNOSTIC_CODES.map((code, i) => [code, i]));
  const rootUri = pathToFileURL(options.root).href.replace(/\/?$/, '/');
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'clio',
            version: options.version,
            rules: DIAGNOSTIC_CODES.map((code) => ({
              id: code,
              name: camel(code),
              shortDescription: { text: ruleText(code).short },
              fullDescription: { text: ruleText(code).full },
              help: { text: ruleHelp(code) },
            })),
          },
        },
        // Code scanning resolves relative URIs against the checkout; other consumers need the base spelled out.
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri } },
        invocations: [{ executionSuccessful: true, workingDirectory: { uri: rootUri } }],
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => {
          const location = artifact(f.path, options.root);
          return {
            ruleId: f.code,
            ruleIndex: ruleIndex.get(f.code) ?? -1,
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: location, region: region(f.range) } }],
            ...(f.fixes.length > 0
              ? {
                  fixes: f.fixes.map((fix) => ({
                    description: { text: fix.title },
                    artifactChanges: [
                      {
                        artifactLocation: location,
                        replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
                      },
                    ],
                  })),
                }
              : {}),
          };
        }),
      },
    ],
  };
}

export function sarifReport(findings: readonly CliFinding[], options: { root: string; version: string }): string {
  return JSON.stringify(sarifLog(findings, options), null, 2) + '\n';
}
