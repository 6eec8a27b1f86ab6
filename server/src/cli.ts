/**
 * The `clio` command line, bundled into dist/cliMain.js, which the entry dist/cli.js (cli/start.ts) loads: dispatches
 * to check, chronology, convert and lsp in cli/.
 */
import { version } from '../../package.json';
import { runCheck } from './cli/check';
import { runChronology } from './cli/chronology';
import { runConvert } from './cli/convert';
import { runLsp } from './cli/lsp';
import { isUsageError, UsageError, USAGE } from './cli/usage';

/** The exit code, or undefined when the process keeps running (the language server). */
function main(argv: string[]): number | undefined {
  const [command, ...rest] = argv;
  const out = (text: string) => void process.stdout.write(text);
  const err = (text: string) => void process.stderr.write(text);
  try {
    switch (command) {
      case 'check':
        return runCheck(rest, { cwd: process.cwd(), env: process.env, isTTY: process.stdout.isTTY, version, out, err });
      case 'chronology':
        return runChronology(rest, { cwd: process.cwd(), out });
      case 'convert':
        return runConvert(rest, out);
      case 'lsp':
        runLsp(rest, __dirname);
        return undefined;
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        out(USAGE + '\n');
        return command === undefined ? 2 : 0;
      case '--version':
        out(version + '\n');
        return 0;
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (error) {
    if (isUsageError(error)) {
      err(`clio: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

const code = main(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
