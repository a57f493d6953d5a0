import { invalid } from '@storyline/application';
import { isPartialDate } from '@storyline/domain';

/** Query-string parsing with messages that say what is wrong; undefined when absent. */

export function optionalDate(name: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !isPartialDate(value)) throw invalid(`${name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

export function optionalInt(name: string, value: unknown, { min, max }: { min: number; max: number }): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw invalid(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  return n;
}

export function optionalText(name: string, value: unknown, maxLength = 200): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || value.length > maxLength) throw invalid(`${name} must be text of at most ${maxLength} characters`);
  return value.trim() || undefined;
}

export function id(name: string, value: string): string {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(value)) throw invalid(`${name} ${JSON.stringify(value)} is not a valid id`);
  return value;
}
