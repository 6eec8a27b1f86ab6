/**
 * Entries added for Imperial Russia from Peter I and the early-modern West, through the built server: hovers give
 * their stored days in both calendars, and a wrong day written for one of their events is flagged with the right one.
 */
import assert from 'node:assert/strict';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { GREGORIAN_RUSSIA, LspClient, message } from './lspClient';

const codeAndMessage = (d: Diagnostic) => `${String(d.code)}: ${message(d)}`;
describe('early-modern dataset entries through the server', function () {
  let client: LspClient;
  let n = 0;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  const open = (text: string) => client.openAndWait(`file:///tmp/clio-early-modern-${++n}.md`, text);

  it('hovers give an event and a life in both calendars (Gangut, stored 27 July 1714 O.S.; Leibniz, born 21 June 1646 O.S.)', async () => {
    const text = `${GREGORIAN_RUSSIA}After the Battle of Gangut, Leibniz wrote to Peter about an academy.\n`;
    const { uri } = await open(text);
    const gangut = await client.hoverText(uri, text, 'Battle of Gangut');
    assert.match(gangut, /^\*\*Battle of Gangut\*\*/);
    assert.match(gangut, /^7 August 1714 \(O\.S\. 27 July\) · Riilahti/m);
    const leibniz = await client.hoverText(uri, text, 'Leibniz');
    assert.match(leibniz, /^\*\*Gottfried Wilhelm Leibniz\*\*/);
    assert.match(leibniz, /^born 1 July 1646 \(O\.S\. 21 June\), Leipzig, Saxony — died 14 November 1716, Hanover$/m);
  });

  it("a wrong day for a new event is flagged with the event's days (Turkmenchay, Glencoe); their right days are not", async () => {
    const wrong = `${GREGORIAN_RUSSIA}The Treaty of Turkmenchay was signed on 12 February 1828.\n\nThe Massacre of Glencoe took place on 3 February 1692.\n`;
    const { diagnostics } = await open(wrong);
    assert.deepEqual(diagnostics.map(codeAndMessage), [
      'event-date-mismatch: 12 February 1828 is not the date of the Treaty of Turkmenchay: 22 February 1828 (N.S.) = 10 February 1828 (O.S.)',
      'event-date-mismatch: 3 February 1692 is not the date of the Massacre of Glencoe: 23 February 1692 (N.S.) = 13 February 1692 (O.S.)',
    ]);
    assert.deepEqual(diagnostics.map((d) => d.severity), [DiagnosticSeverity.Warning, DiagnosticSeverity.Warning]);
    const right = `${GREGORIAN_RUSSIA}The Treaty of Turkmenchay was signed on 22 February 1828.\n\nThe Massacre of Glencoe took place on 13 February 1692 (O.S.).\n`;
    assert.deepEqual((await open(right)).diagnostics.map(codeAndMessage), []);
  });
});
