import type { PartialDate } from './taxonomy';

/** Helpers over `PartialDate` (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). Pure: calendar maths only, no clock. */

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isPartialDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  if (!match[3]) return true;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return d <= daysInMonth(y, m);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 of the first and last day a partial date may mean. */
export function dayRange(date: string): readonly [number, number] {
  const [y, m, d] = date.split('-').map(Number);
  const day = (yy: number, mm: number, dd: number) => Math.round(Date.UTC(yy, mm - 1, dd) / 86_400_000);
  if (d !== undefined) return [day(y, m, d), day(y, m, d)];
  if (m !== undefined) return [day(y, m, 1), day(y, m, daysInMonth(y, m))];
  return [day(y, 1, 1), day(y, 12, 31)];
}

/**
 * Two dates agree when one refines the other (`2024-07` and `2024-07-13`); they contradict
 * when neither is a prefix of the other (`2024-07-13` and `2024-06`).
 */
export function datesCompatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * Coverage order, unknown last. Dates compare by the last day they may mean, so "sometime in
 * April" comes after "April 24": a vague date never claims to be first. Ties go to the more
 * precise date.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return lastDay(a) - lastDay(b) || b.length - a.length || (a < b ? -1 : 1);
}

const sortKeys = new Map<string, string>();

/**
 * A string whose plain comparison is `compareDates` (unknown last), so large sets sort by
 * precomputed keys instead of by a comparator.
 */
export function dateSortKey(date: PartialDate): string {
  if (date === null) return '~';
  let key = sortKeys.get(date);
  if (key === undefined) {
    key = `${String(lastDay(date)).padStart(9, '0')}${10 - date.length}${date}`;
    if (sortKeys.size > 10_000) sortKeys.clear();
    sortKeys.set(date, key);
  }
  return key;
}

const lastDays = new Map<string, number>();
function lastDay(date: string): number {
  let day = lastDays.get(date);
  if (day === undefined) {
    day = isPartialDate(date) ? dayRange(date)[1] : Number.MAX_SAFE_INTEGER;
    if (lastDays.size > 10_000) lastDays.clear();
    lastDays.set(date, day);
  }
  return day;
}

/** True when `date` was certainly reached by the end of `asOf` (its last possible day is not later). */
export function knownBy(date: string, asOf: string): boolean {
  return dayRange(date)[1] <= dayRange(asOf)[1];
}

/** Days between two date ranges (0 when they overlap); null when either is unknown. */
export function daysApart(a: PartialDate, b: PartialDate): number | null {
  if (a === null || b === null) return null;
  const [a0, a1] = dayRange(a);
  const [b0, b1] = dayRange(b);
  if (a1 < b0) return b0 - a1;
  if (b1 < a0) return a0 - b1;
  return 0;
}

export function latestDate(dates: Iterable<PartialDate>): PartialDate {
  let latest: PartialDate = null;
  for (const date of dates) if (date !== null && (latest === null || compareDates(date, latest) > 0)) latest = date;
  return latest;
}

export function earliestDate(dates: Iterable<PartialDate>): PartialDate {
  let earliest: PartialDate = null;
  for (const date of dates) if (date !== null && (earliest === null || compareDates(date, earliest) < 0)) earliest = date;
  return earliest;
}
