/**
 * Date mentions resolved against the publication date and the sentence's tense, as precise as the
 * text allows (YYYY, YYYY-MM or YYYY-MM-DD). chrono-node does the parsing; on top of it: bare years
 * ("in 2018"), which chrono skips; past-tense sentences never resolve into the future (weekday and
 * month names are moved back); seasons go to compromise-dates, which is slow, so only then.
 */
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

type DatesView = { dates(opts: { today: string }): { json(): Array<{ dates?: { start?: string } }> } };
const nlpDates = nlp.extend(datesPlugin as never) as unknown as (text: string) => DatesView;

export interface DateMention {
  text: string;
  /** Offset within the sentence. */
  index: number;
  value: string;
  /** True when the text gives the year itself (not implied by the publication date). */
  absolute: boolean;
}

const BARE_YEAR = /\b(?:in|since|during|of|by|from|until|before|after)\s+((?:1[6-9]|20)\d{2})\b(?![-\d])/gi;
const SEASON = /\b(?:(?:last|this|next|early|late)\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of\s+\d{4})?\b/i;
const PAST = /\b(?:was|were|had|did|said|\w{3,}ed)\b/i;
const FUTURE = /\b(?:will|shall|next|upcoming|is due|are due|plans? to|is set to|are set to)\b/i;
const CUE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b|\b(?:yesterday|today|tonight|ago|last|this|earlier|previous|week|month|year)\b|\d{4}/i;
const chronoGB = chrono.casual.clone();

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export function isPastTense(sentence: string): boolean {
  return PAST.test(sentence) && !FUTURE.test(sentence);
}

/** Date mentions of one sentence; `ref` is the article's date (YYYY-MM-DD) or null when unknown. */
export function findDates(sentence: string, ref: string | null): DateMention[] {
  if (!CUE.test(sentence)) return [];
  const out: DateMention[] = [];
  const refDate = ref ? new Date(`${ref.slice(0, 10)}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const past = isPastTense(sentence);
  for (const r of chronoGB.parse(sentence, refDate, { forwardDate: false })) {
    const value = precise(r, sentence, refDate, past);
    const absolute = /\b\d{4}\b/.test(r.text);
    if (value && (ref || absolute)) out.push({ text: r.text, index: r.index, value, absolute });
  }
  for (const m of sentence.matchAll(BARE_YEAR)) {
    const at = (m.index ?? 0) + m[0].length - 4;
    if (!out.some((d) => at >= d.index && at < d.index + d.text.length)) out.push({ text: m[1], index: at, value: m[1], absolute: true });
  }
  const season = SEASON.exec(sentence);
  if (season && ref && !out.some((d) => d.index <= season.index && season.index < d.index + d.text.length)) {
    const value = seasonMonth(season[0], ref, past);
    if (value) out.push({ text: season[0], index: season.index, value, absolute: /\d{4}/.test(season[0]) });
  }
  return out.sort((a, b) => a.index - b.index);
}

function precise(r: chrono.ParsedResult, sentence: string, ref: Date, past: boolean): string | null {
  const s = r.start;
  const before = sentence.slice(Math.max(0, r.index - 12), r.index).toLowerCase();
  const text = r.text.toLowerCase();
  if (s.isCertain('hour') && !s.isCertain('day') && !s.isCertain('weekday')) return null;
  const date = s.date();
  if (s.isCertain('weekday') && !s.isCertain('day')) {
    if (past && date > ref) date.setUTCDate(date.getUTCDate() - 7);
    if (!past && FUTURE.test(sentence) && date < ref) date.setUTCDate(date.getUTCDate() + 7);
    return ymd(date);
  }
  let year = s.get('year') ?? ref.getUTCFullYear();
  const month = s.get('month') ?? 1;
  const yearGiven = s.isCertain('year');
  if (!yearGiven && s.isCertain('month') && !/\b(?:this|next)\b/.test(text)) {
    const [ry, rm, rd] = [ref.getUTCFullYear(), ref.getUTCMonth() + 1, ref.getUTCDate()];
    const day = s.isCertain('day') ? (s.get('day') ?? 0) : 0;
    const later = year > ry || (year === ry && (month > rm || (month === rm && day > rd)));
    if ((past || /\blast\s*$/.test(before)) && later) year -= 1;
  }
  if (/\bweek\b/.test(text)) return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
  if (s.isCertain('day')) return `${year}-${pad(month)}-${pad(s.get('day') ?? 1)}`;
  if (s.isCertain('month')) return `${year}-${pad(month)}`;
  if (yearGiven) return String(year);
  return null;
}

const seasonCache = new Map<string, string | null>();

function seasonMonth(phrase: string, ref: string, past: boolean): string | null {
  const key = `${phrase}|${ref}|${past}`;
  if (!seasonCache.has(key)) {
    const found = nlpDates(phrase).dates({ today: ref.slice(0, 10) }).json();
    let start = found[0]?.dates?.start?.slice(0, 7) ?? null;
    // compromise-dates reads a bare season as the coming one; in a past-tense sentence it is the last one
    if (start && past && start > ref.slice(0, 7)) start = `${Number(start.slice(0, 4)) - 1}${start.slice(4)}`;
    seasonCache.set(key, start);
  }
  return seasonCache.get(key) ?? null;
}
