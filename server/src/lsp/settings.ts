/** Turns the client's `clio.*` configuration into the core's Settings, ignoring values of the wrong type. */
import type { ClioConfiguration } from '../../../shared/protocol';
import { DEFAULT_SETTINGS, DIAGNOSTIC_CODES, type DiagnosticCode, type Settings, type Severity } from '../analysis/types';

const CONVENTIONS = ['auto', 'gregorian', 'julian', 'dual'] as const;
const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;
const NUMERIC_DATES = ['auto', 'day-first', 'month-first'] as const;

export function settingsFromConfiguration(config: ClioConfiguration | undefined): Settings {
  const c = config ?? {};
  const severity: Partial<Record<DiagnosticCode, Severity | 'off'>> = {};
  for (const [code, value] of Object.entries(c.diagnostics?.severity ?? {})) {
    if ((DIAGNOSTIC_CODES as readonly string[]).includes(code) && (SEVERITIES as readonly string[]).includes(value)) {
      severity[code as DiagnosticCode] = value as Severity | 'off';
    }
  }
  return {
    calendar: (CONVENTIONS as readonly unknown[]).includes(c.calendar) ? (c.calendar as Settings['calendar']) : DEFAULT_SETTINGS.calendar,
    region: typeof c.region === 'string' && c.region.trim() !== '' ? c.region.trim() : DEFAULT_SETTINGS.region,
    severity,
    inlayHints: { otherCalendar: c.inlayHints?.otherCalendar !== false },
    yearStart: c.yearStart === 'march' || c.yearStart === 'january' ? c.yearStart : DEFAULT_SETTINGS.yearStart,
    numericDates: (NUMERIC_DATES as readonly unknown[]).includes(c.numericDates) ? (c.numericDates as Settings['numericDates']) : DEFAULT_SETTINGS.numericDates,
  };
}

export function debounceMsFromConfiguration(config: ClioConfiguration | undefined): number {
  const ms = config?.diagnostics?.debounceMs;
  return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? ms : 200;
}

/** `clio.unknownPeople.enabled`: on unless turned off explicitly. */
export function unknownPeopleEnabledFromConfiguration(config: ClioConfiguration | undefined): boolean {
  return config?.unknownPeople?.enabled !== false;
}
