/** The registry of diagnostic codes (analysis/codes.ts) against every other place that lists the codes. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODES, DIAGNOSTIC_CODES, type CodeSeverity } from '../../server/src/analysis/codes';
import type { Severity } from '../../server/src/analysis/types';
import { sarifLog } from '../../server/src/cli/report/sarif';

const ROOT = join(__dirname, '..', '..');
const read = (rel: string): string => readFileSync(join(ROOT, rel), 'utf8');
const SETTING_VALUES = ['error', 'warning', 'information', 'hint', 'off'];

// codes.ts spells out the Severity union to stay a leaf; this fails to compile if the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const severitiesAgree: Same<CodeSeverity, Severity> = true;

describe('the registry of diagnostic codes', () => {
  it('spells the severity union as types.ts does', () => {
    assert.equal(severitiesAgree, true);
  });

  it('names, for each code, a file that exists and produces it', () => {
    for (const code of DIAGNOSTIC_CODES) {
      const file = CODES[code].producedIn;
      assert.ok(existsSync(join(ROOT, file)), `${code}: ${file} exists`);
      assert.ok(read(file).includes(`'${code}'`), `${code}: ${file} contains '${code}'`);
    }
  });

  it("matches package.json's clio.diagnostics.severity setting", () => {
    const pkg = JSON.parse(read('package.json'));
    const configuration = [pkg.contributes.configuration].flat();
    const setting = configuration.map((c: { properties: Record<string, any> }) => c.properties['clio.diagnostics.severity']).find(Boolean);
    assert.ok(setting, 'clio.diagnostics.severity is contributed');
    assert.deepEqual(Object.keys(setting.properties), [...DIAGNOSTIC_CODES]);
    for (const code of DIAGNOSTIC_CODES) assert.deepEqual(setting.properties[code].enum, SETTING_VALUES, code);
    assert.equal(setting.additionalProperties, false);
  });

  it('matches the .clio.json schema', () => {
    const schema = JSON.parse(read('data/schema/clio-config.schema.json'));
    assert.deepEqual(schema.properties.severity.propertyNames.enum, [...DIAGNOSTIC_CODES]);
    assert.deepEqual(schema.properties.severity.additionalProperties.enum, SETTING_VALUES);
    // Every code a document can get; dataset-error is published on the dataset file and not filtered by settings.
    assert.deepEqual(schema.properties.disable.items.enum, DIAGNOSTIC_CODES.filter((code) => code !== 'dataset-error'));
  });

  it("matches the README's table (code and default columns)", () => {
    const readme = read('README.md');
    // The first table after the heading: its lines up to the first that is not a table row, minus header and rule.
    const lines = readme.slice(readme.indexOf('### Diagnostic codes')).split('\n');
    const first = lines.findIndex((line) => line.startsWith('|'));
    const end = lines.findIndex((line, i) => i > first && !line.startsWith('|'));
    const table = lines.slice(first + 2, end).map((line) => line.split('|').map((cell) => cell.trim()));
    assert.deepEqual(table.map((r) => r[1]), DIAGNOSTIC_CODES.map((code) => `\`${code}\``));
    // The default column may add a qualification after the severity ("warning (information when …)").
    for (const r of table) assert.equal(r[2].split(' ')[0], CODES[r[1].slice(1, -1) as keyof typeof CODES].severity, r[1]);
  });

  it("gives the CLI's SARIF a rule per code, in order, with the registry's texts", () => {
    const rules = sarifLog([], { root: ROOT, version: '0.0.0' }).runs[0].tool.driver.rules;
    assert.deepEqual(rules.map((r) => r.id), [...DIAGNOSTIC_CODES]);
    for (const r of rules) {
      const info = CODES[r.id as keyof typeof CODES];
      assert.equal(r.shortDescription.text, info.title);
      assert.equal(r.fullDescription.text, info.description);
      assert.ok(r.help.text.startsWith(info.description) && r.help.text.includes(r.id), r.id);
    }
  });
});
