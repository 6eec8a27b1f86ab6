/** `clio convert "DATE"`: one day in both calendars with its weekday, as text or the contract's JSON. */
import { parseArgs } from 'node:util';
import { formatYmd } from '../calendar';
import { ConversionError, conversionText, convertDate, type Conversion } from '../convert';
import { UsageError } from './usage';

export function runConvert(args: string[], out: (text: string) => void): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { from: { type: 'string' }, region: { type: 'string' }, format: { type: 'string', default: 'text' } },
  });
  if (positionals.length !== 1) throw new UsageError('convert needs exactly one DATE, e.g. clio convert "22 February 1917" --from julian');
  if (values.from !== undefined && values.from !== 'julian' && values.from !== 'gregorian') throw new UsageError(`unknown --from ${values.from} (julian or gregorian)`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown --format ${values.format}`);
  let c: Conversion;
  try {
    c = convertDate(positionals[0], { from: values.from as 'julian' | 'gregorian' | undefined, region: values.region });
  } catch (error) {
    if (error instanceof ConversionError) throw new UsageError(error.message);
    throw error;
  }
  if (values.format === 'json') {
    const legal = c.legalYear ? { legalYear: c.legalYear.year } : {};
    out(JSON.stringify({ julian: formatYmd(c.julian), gregorian: formatYmd(c.gregorian), weekday: c.weekday, ...legal }) + '\n');
  }
  else out(conversionText(c) + '\n');
  return 0;
}
