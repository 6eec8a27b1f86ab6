/** The CLI's usage text and the error that ends a run with exit code 2 (bad usage, unreadable or unwritable file). */

export const USAGE = `Usage:
  clio check [options] PATH|GLOB...
      Check Markdown files: folders are walked for *.md, globs ("chapters/**/*.md",
      quoted so the shell leaves them alone) select the files they match.
      --format text|json|sarif   output (default text; sarif is SARIF 2.1.0)
      --calendar gregorian|julian|dual, --region ID   override .clio.json
      --max-warnings N           tolerate up to N warnings (errors always fail)
      --exit-zero                exit 0 whatever is found (2 still means bad usage)
      --fix                      apply safe fixes in place, print what changed,
                                 then report what remains
      --color, --no-color        colors in text output (default: only on a TTY
                                 and when NO_COLOR is not set)
      --dataset FILE             a *.clio.json dataset to use as well (repeatable)
      --verbose                  say on stderr which project and datasets were used
      Settings and datasets come from the project of the first PATH: the nearest
      folder at or above it holding .clio.json or .git, its .clio.json and the
      *.clio.json files under it. Outside any project only the bundled dataset and
      the --dataset files are used. No folder outside the project is searched.
      Exit 0 when nothing of severity warning or error was found (or, with
      --max-warnings, no errors and at most N warnings), 1 otherwise, 2 on bad
      usage or an unreadable file.
  clio chronology [options] PATH|GLOB...
      Print the dated items of Markdown files in time order: every date written
      (c. 1725, the spring of 1921, the 1920s too), every known event and person.
      --format md|csv|json|timelinejs   output (default md, a table for an
                                 appendix; timelinejs is TimelineJS 3 JSON)
      --title TEXT               TimelineJS title slide
      --calendar, --region, --dataset   as for check
      Exit 0, 2 on bad usage or an unreadable file.
  clio convert "DATE" [--from julian|gregorian] [--region ID] [--format text|json]
      Print the day in both calendars and its weekday.
  clio lsp [--stdio]
      Run the language server on stdin/stdout (for Neovim, Helix, Emacs, Zed…).
  clio --help`;

export class UsageError extends Error {}

/** parseArgs' own errors (unknown option, missing value) are usage errors too. */
export function isUsageError(error: unknown): error is Error {
  return error instanceof UsageError || ((error as NodeJS.ErrnoException)?.code?.startsWith('ERR_PARSE_ARGS') ?? false);
}

/** `--calendar` is one of the conventions, when given. */
export function checkCalendarOption(value: string | undefined): void {
  if (value !== undefined && !['gregorian', 'julian', 'dual'].includes(value)) throw new UsageError(`unknown --calendar ${value} (gregorian, julian or dual)`);
}
