/** Changing a clio.* setting takes effect without a restart. */
import * as assert from 'node:assert/strict';
import { clioDiagnostics, codeOf, describe, openFixture, setSetting, waitForDiagnostics } from './helpers';

suite('settings', () => {
  test('clio.calendar julian → gregorian: "5 February 1918" in Russia stops being a reform-gap (a real N.S. day)', async () => {
    const restore = await setSetting('calendar', 'julian');
    try {
      const { doc } = await openFixture('settings.md');
      const has = () => clioDiagnostics(doc.uri).some((d) => codeOf(d) === 'reform-gap');
      await waitForDiagnostics(doc.uri, has, 10_000, 'reform-gap with clio.calendar = julian');
      assert.ok(has(), `with clio.calendar = julian (the local calendar) expected reform-gap; got:\n  ${describe(clioDiagnostics(doc.uri))}`);

      await setSetting('calendar', 'gregorian');
      await waitForDiagnostics(doc.uri, () => !has(), 10_000, 'republished diagnostics without reform-gap');
      assert.ok(!has(), `with clio.calendar = gregorian the reform-gap should go; got:\n  ${describe(clioDiagnostics(doc.uri))}`);
    } finally {
      await restore();
    }
  });
});
