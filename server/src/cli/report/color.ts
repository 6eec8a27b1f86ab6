/** Whether text output is colored, and the few ANSI styles it uses (no dependency). */

/** An explicit flag wins; otherwise colors only on a TTY and when NO_COLOR is unset or empty (https://no-color.org). */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY === true;
}

const CODES = { red: 31, yellow: 33, cyan: 36, green: 32, bold: 1, dim: 2 } as const;
export type Style = keyof typeof CODES;

export type Paint = (style: Style, text: string) => string;

export function painter(color: boolean): Paint {
  return color ? (style, text) => `\u001b[${CODES[style]}m${text}\u001b[0m` : (_style, text) => text;
}
