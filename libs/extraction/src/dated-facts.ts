/**
 * Dates and amounts attached to a subject, so the domain can see outlets disagree on when
 * something happened or how much it was. Subjects are normalised event nouns ("attempted
 * assassination" and "assassination attempt" both become "assassination attempt").
 */
import type { DatedFact } from '@storyline/domain';
import type { Doc } from './nlp/document';
import { findDatesMemo } from './nlp/dates';

/** Incidents first: when several event nouns share a sentence, the incident is what is dated. */
const EVENTS: Array<[RegExp, string]> = [
  [/\bassassination attempt|attempted assassination|attempt on (?:his|her) life|assassination\b/i, 'assassination attempt'],
  [/\b(?:data )?breach\b/i, 'breach'],
  [/\b(?:attack|bombing|explosion|shooting|strike)\b/i, 'attack'],
  [/\b(?:blackout|outage|power cut|power failure)s?\b/i, 'outage'],
  [/\b(?:crash|collision|derailment)\b/i, 'crash'],
  [/\b(?:fire|blaze|flood|flooding|earthquake|landslide|collapse)\b/i, 'disaster'],
  [/\b(?:fined|fine|penalty)\b/i, 'fine'],
  [/\b(?:severance|payout|pay-off|payoff|settlement|bonus)\b/i, 'payout'],
  [/\b(?:contract|deal|tender)\b/i, 'contract'],
  [/\b(?:gifted|gift|presented|handed)\b/i, 'gift'],
  [/\b(?:unmasked|identified|revealed)\b/i, 'reveal'],
  [/\b(?:vote|voted|ballot)\b/i, 'vote'],
  [/\b(?:ban|banned)\b/i, 'ban'],
  [/\b(?:removed|removal)\b/i, 'removal'],
  [/\b(?:suspended|suspension)\b/i, 'suspension'],
  [/\b(?:arrested|arrest)\b/i, 'arrest'],
  [/\b(?:resigned|resignation)\b/i, 'resignation'],
  [/\b(?:handover|ceremony)\b/i, 'handover'],
  [/\b(?:ruling|verdict|ruled)\b/i, 'ruling'],
  [/\b(?:election)\b/i, 'election'],
  [/\b(?:summit|meeting|talks)\b/i, 'meeting'],
  [/\b(?:rally)\b/i, 'rally'],
];
/** Characters between an event word and its date, at most ("identified her ... by scores sent in 2020"). */
const MAX_DATE_DISTANCE = 60;
const INCIDENTS = new Set(['assassination attempt', 'breach', 'attack', 'outage', 'crash', 'disaster']);
const SETTINGS = new Set(['meeting', 'rally', 'handover', 'election']);
const AMOUNT = /(?:[$£€¥]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m)\b)?|\b\d[\d,.]*\s?(?:million|billion)\b(?:\s(?:euros?|dollars?|pounds?)\b)?)/gi;
const COUNTED = /\b(\d[\d,]*)\s+(?:people|customers|users|accounts|records|passengers|residents|employees|households|homes|votes|jobs|workers|claims|flights|patients|students|signatures|protesters|victims|deaths)\b/gi;

/** The event nouns a sentence speaks of, as dated-fact subjects. */
export function eventSubjects(text: string): string[] {
  return EVENTS.filter(([re]) => re.test(text)).map(([, name]) => name);
}

export function datedFactsOf(doc: Doc, publishedAt: string | null): DatedFact[] {
  const out: DatedFact[] = [];
  for (const s of doc.sentences) {
    const events = EVENTS.flatMap(([re, name]) => {
      const m = re.exec(s.text);
      return m ? [{ subject: name, at: m.index }] : [];
    });
    if (!events.length) continue;
    const subject = events[0].subject;
    // Several dates in one sentence usually date several things ("gave in March a portrait of
    // the attempt last year"): each date goes to the event written closest to it (incidents
    // first on a tie), and an event keeps only its closest date.
    const dated = new Map<string, { value: string; distance: number }>();
    // where and at what an incident happened ("at a rally on July 13") dates the incident itself
    const incident = events.find((e) => INCIDENTS.has(e.subject));
    for (const date of findDatesMemo(doc.dates, s.text, publishedAt)) {
      // "since 2023" starts a span; it dates no event
      if (/\b(?:since|until|till)\s+$/i.test(s.text.slice(Math.max(0, date.index - 8), date.index))) continue;
      let best = events[0];
      for (const e of events) if (Math.abs(e.at - date.index) < Math.abs(best.at - date.index)) best = e;
      // a date that far from any event word dates something else the sentence tells
      if (Math.abs(best.at - date.index) > MAX_DATE_DISTANCE) continue;
      if (incident && SETTINGS.has(best.subject)) best = incident;
      const distance = Math.abs(best.at - date.index);
      const current = dated.get(best.subject);
      if (!current || distance < current.distance) dated.set(best.subject, { value: date.value, distance });
    }
    for (const [name, { value }] of dated) out.push({ subject: name, field: 'date', value, evidence: s.text });
    for (const m of s.text.matchAll(AMOUNT)) {
      const named = amountSubject(s.text, (m.index ?? 0) + m[0].length, m.index ?? 0);
      out.push({ subject: named ?? subject, field: 'amount', value: m[0], evidence: s.text });
    }
    for (const m of s.text.matchAll(COUNTED)) out.push({ subject: `${subject} ${m[0].split(/\s+/).pop()}`, field: 'amount', value: m[1], evidence: s.text });
  }
  return out;
}

/**
 * The noun an amount belongs to: "a $12,000 writing box" → "writing box"; "a fine of $5m" →
 * "fine"; none when only a currency or a preposition follows ("fined X 3.1 million euros by ..."):
 * the sentence's event is then what it measures.
 */
function amountSubject(text: string, end: number, start: number): string | null {
  const before = /\b([a-z]+)\s+of\s+$/i.exec(text.slice(0, start));
  if (before && !/^(?:total|sum|amount|value|cost|price)$/i.test(before[1])) return before[1].toLowerCase();
  const after = /^\s*(?:(?:euros?|dollars?|pounds?|francs?|kroner|krona|yen|yuan|rupees?|pesos?|rand|shillings?)\b\s*)?((?:[a-z]+\s+){0,2}[a-z]+)/.exec(text.slice(end));
  const noun = after?.[1].toLowerCase().replace(/\s*\b(?:and|to|for|from|in|on|when|that|by|over|after|of|with|as|at)\b.*$/, '') ?? '';
  return noun && !/^(?:euros?|dollars?|pounds?)$/.test(noun) ? noun : null;
}
