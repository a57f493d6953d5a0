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
/**
 * Words without which no sentence holds a date chrono could read: month and weekday names (a
 * capitalised "May", not the verb), numeric dates and years, relative day words and "last/this/
 * next/earlier this" before a period. Sentences without one skip the parser.
 */
const MONTH_CUE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const CUE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|ago)\b|\b\d{1,4}[-/.]\d{1,2}\b|\b\d{4}s?\b|\b(?:last|this|next|previous|past|earlier|later)\s+(?:\w+\s+)?(?:week|month|year|spring|summer|autumn|fall|winter|morning|afternoon|evening|night)s?\b/i;
/**
 * chrono's casual English parsers and refiners minus those for clock times, time zones and spans
 * ahead ("at 5pm", "EST", "within 30 days", "3 days later"): they date nothing a finding needs,
 * and together they cost more than the rest of every parse.
 */
const TIME_ONLY = /^EN(?:TimeExpression|CasualTime|TimeUnitWithinFormat|TimeUnitLaterFormat|SlashMonthFormat)Parser$|^SlashDateFormatParser$/;
const TIME_REFINERS = /Timezone|MergeDateTime|ForwardDate|EndOfPeriod/;
const chronoGB = chrono.casual.clone();
chronoGB.parsers = chronoGB.parsers.filter((p) => !TIME_ONLY.test(p.constructor.name));
chronoGB.refiners = chronoGB.refiners.filter((r) => !TIME_REFINERS.test(r.constructor.name));
/** The same for stretches without month names or digits ("on Monday", "last week", "yesterday"). */
const chronoDays = chrono.casual.clone();
chronoDays.parsers = chronoGB.parsers.filter((p) => /^EN(?:Weekday|CasualDate|RelativeDateFormat|TimeUnitAgoFormat|TimeUnitCasualRelativeFormat)Parser$/.test(p.constructor.name));
chronoDays.refiners = chronoGB.refiners;
const NEEDS_FULL = new RegExp(`${MONTH_CUE.source}|\\d`);

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export function isPastTense(sentence: string): boolean {
  return PAST.test(sentence) && !FUTURE.test(sentence);
}

/**
 * The tense of the clause a date sits in, when it shows one: "voted on Wednesday to remove the
 * statue, in a decision opponents say they will fight" is past where the date is.
 */
function clauseTense(sentence: string, at: number): boolean | null {
  const start = Math.max(...[',', ';', ':', '—', '–', '('].map((c) => sentence.lastIndexOf(c, at)));
  const ends = [',', ';', ':', '—', '–', ')'].map((c) => sentence.indexOf(c, at)).filter((i) => i >= 0);
  const clause = sentence.slice(start + 1, ends.length ? Math.min(...ends) : sentence.length);
  if (FUTURE.test(clause)) return false;
  return PAST.test(clause) ? true : null;
}

/** Date mentions of one sentence; `ref` is the article's date (YYYY-MM-DD) or null when unknown. */
export function findDates(sentence: string, ref: string | null): DateMention[] {
  if (!MONTH_CUE.test(sentence) && !CUE.test(sentence) && !SEASON.test(sentence)) return [];
  return parseDates(sentence, ref);
}

/** Results per sentence and reference date, for one article whose sentences are dated several times over. */
export type DateMemo = Map<string, readonly DateMention[]>;

export function findDatesMemo(memo: DateMemo, sentence: string, ref: string | null): readonly DateMention[] {
  const key = `${ref ?? ''}|${sentence}`;
  let hit = memo.get(key);
  if (!hit) memo.set(key, (hit = findDates(sentence, ref)));
  return hit;
}

function parseDates(sentence: string, ref: string | null): DateMention[] {
  const out: DateMention[] = [];
  const refDate = ref ? new Date(`${ref.slice(0, 10)}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const past = isPastTense(sentence);
  for (const [a, b] of cueWindows(sentence)) {
    const window = sentence.slice(a, b);
    for (const r of (NEEDS_FULL.test(window) ? chronoGB : chronoDays).parse(window, refDate, { forwardDate: false })) {
      const value = precise(r, a + r.index, sentence, refDate, clauseTense(sentence, a + r.index) ?? past);
      const absolute = /\b\d{4}\b/.test(r.text);
      if (value && (ref || absolute)) out.push({ text: r.text, index: a + r.index, value, absolute });
    }
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

const MONTH_CUES = new RegExp(MONTH_CUE.source, 'g');
const CUES = new RegExp(CUE.source, 'gi');
const WINDOW = 32;

/**
 * The stretches of a sentence around its date cues (merged when they touch), cut at spaces: chrono
 * runs a few dozen patterns over whatever it is given, so it is given these only.
 */
function cueWindows(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of [MONTH_CUES, CUES]) for (const m of sentence.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  spans.sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    let a = Math.max(0, s - WINDOW);
    let b = Math.min(sentence.length, e + WINDOW);
    while (a > 0 && !/\s/.test(sentence[a - 1])) a--;
    while (b < sentence.length && !/\s/.test(sentence[b])) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function precise(r: chrono.ParsedResult, index: number, sentence: string, ref: Date, past: boolean): string | null {
  const s = r.start;
  const before = sentence.slice(Math.max(0, index - 12), index).toLowerCase();
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

/** Season phrases resolved per reference month (a season is month-precise), kept across articles. */
const seasonCache = new Map<string, string | null>();

function seasonMonth(phrase: string, ref: string, past: boolean): string | null {
  const month = ref.slice(0, 7);
  const key = `${phrase.toLowerCase()}|${month}|${past}`;
  if (!seasonCache.has(key)) {
    if (seasonCache.size > 2000) seasonCache.clear();
    const found = nlpDates(phrase).dates({ today: `${month}-15` }).json();
    let start = found[0]?.dates?.start?.slice(0, 7) ?? null;
    // compromise-dates reads a bare season as the coming one; in a past-tense sentence it is the last one
    if (start && past && start > ref.slice(0, 7)) start = `${Number(start.slice(0, 4)) - 1}${start.slice(4)}`;
    seasonCache.set(key, start);
  }
  return seasonCache.get(key) ?? null;
}
