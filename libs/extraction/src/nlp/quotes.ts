/**
 * Quote attribution: "…," X said / said X; X said: "…"; X told OUTLET that … "…"; according to X
 * … "…"; ", saying …" (the clause subject); "he added" (the previous speaker); an unattributed
 * quote continuing a speaker's paragraph inherits that speaker.
 */
import type { SentenceInfo } from './document';
import type { Mention } from './mentions';
import type { NameIndex } from './names';
import type { QuoteSpan } from './quote-spans';

export interface AttributedQuote extends QuoteSpan {
  sentence: number;
  speaker: Mention | null;
  /** How the speaker was found: in the sentence, or carried over from a neighbouring quote. */
  via: 'sentence' | 'previous' | 'next' | 'none';
}

const SPEECH = '(?:said|says|told|tells|added|adds|wrote|writes|stated|explained|insisted|argued|warned|noted|continued|tweeted|posted|replied|recalled|declared|announced|complained|revealed|admitted|acknowledged|claimed|urged|asked|quipped|conceded|confirmed|saying|adding|telling|writing)';
const REF = '⟨(\\d+)⟩';
/** Words that may introduce the speaker's name: "the group's director, X, said", "Turkish Foreign Minister X said", "Lumo Air chief executive X said". */
const LEAD = "(?:(?:⟨\\d+⟩(?:['’]s)?|[\\p{L}’'-]+),?\\s+){0,6}?";
/** An apposition after a name, which may name others: ", the ⟨school⟩'s director,". */
const APPOSITION = "(?:,(?:[^,«⟨]|⟨\\d+⟩){1,60},)?";
const AFTER = new RegExp(`^[\\s,.!?]*${LEAD}${REF}(?:['’]s)?${APPOSITION},?\\s+(?:\\w+\\s+){0,2}?${SPEECH}\\b`, 'u');
/** '"…," according to a statement from Mayor X' */
const AFTER_ACCORDING = new RegExp(`^[\\s,.!?]*according to\\s+(?:(?!⟨)[\\w’'-]+\\s+){0,6}?${REF}`, 'u');
const AFTER_INVERTED = new RegExp(`^[\\s,.!?]*${SPEECH}\\s+(?:[\\w’'-]+,?\\s+){0,5}?${REF}`);
const GERUND = new RegExp(`,\\s+(?:saying|adding|telling|writing)\\b[^«]{0,120}«$`);
const ACCORDING = new RegExp(`[Aa]ccording to ${REF}[^«]{0,160}«$`);
const CARRY_WINDOW = 3;

export function attributeQuotes(body: string, sentences: SentenceInfo[], _names: NameIndex): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  for (const s of sentences) {
    for (const q of s.quotes) {
      const speaker = findSpeaker(body, s, q, out, sentences[s.index - 1]);
      out.push({ ...q, sentence: s.index, speaker, via: speaker ? 'sentence' : 'none' });
    }
  }
  carryOver(out, sentences);
  return out;
}

function findSpeaker(body: string, s: SentenceInfo, q: QuoteSpan, earlier: AttributedQuote[], previous: SentenceInfo | undefined): Mention | null {
  const { before, after } = splitAround(body, s, q);
  const usable = (m: Mention | undefined) => (m && !m.inQuote && m.kind !== 'place' && m.kind !== 'other' ? m : null);
  const pick = (i: string | undefined) => (i === undefined ? null : usable(s.mentions[Number(i)]));
  // "he said" after a paragraph's sentence about someone ("Passenger X said she was waiting. "…," she said."): that person
  const pronoun = (m: Mention | null) => {
    if (!m?.indirect || !/^(?:he|she)$/i.test(m.surface)) return m;
    const subject = previous?.paragraph === s.paragraph ? previous.mentions.find((x) => x.kind === 'person' && !x.inQuote && !x.possessive) : undefined;
    return subject ?? lastSpeaker(earlier, s.index) ?? m;
  };
  const m = AFTER.exec(after) ?? AFTER_INVERTED.exec(after) ?? AFTER_ACCORDING.exec(after);
  if (m) return pronoun(pick(m[1]));
  if (GERUND.test(before)) return usable(s.mentions.find((x) => !x.inQuote && (x.kind === 'person' || x.kind === 'org')));
  const verb = lastSpeechVerb(before);
  if (verb >= 0) {
    const ref = subjectBefore(before.slice(0, verb));
    if (ref !== null) return pronoun(pick(ref));
  }
  const acc = ACCORDING.exec(before);
  const who = acc ? pick(acc[1]) : null;
  return who?.kind === 'person' ? pronoun(who) : null;
}

/** Verbs that put a quoted characterisation in a party's mouth: X called it / described it as / dismissed it as "…". */
const CHARACTERISE = '(?:called|calls|calling|described|describes|describing|dismissed|dismisses|dismissing|branded|brands|branding|labelled|labeled|labelling|termed|dubbed)';
const SPEECH_RE = new RegExp(`\\b(?:${SPEECH}|${CHARACTERISE})\\b`, 'g');

function lastSpeechVerb(before: string): number {
  let at = -1;
  for (const m of before.matchAll(SPEECH_RE)) if (before.length - (m.index ?? 0) < 160) at = m.index ?? -1;
  return at;
}

/** The subject of a speech verb: a mention a few words before it, or, after "and", the clause's earlier subject. */
function subjectBefore(head: string): string | null {
  // "X, 61, who led the carvers, told ...": up to two asides between the name and its verb
  const near = /⟨(\d+)⟩(?:['’]s)?(?:,(?:[^,⟨«]|⟨\d+⟩){1,60}){0,2},?\s+(?:(?:who|also|had|has|have|then|later|previously|further|herself|himself|reportedly|[a-z]+ly)\s+){0,3}$/.exec(head);
  if (near) return near[1];
  if (!/\band\s+(?:\w+ly\s+)?$/.test(head)) return null;
  const refs = [...head.matchAll(/(\b(?:to|of|by|for|with|from|at|in|on|about|as)\s+)?⟨(\d+)⟩/g)].filter((r) => !r[1]);
  return refs.length ? refs[refs.length - 1][2] : null;
}

/** The masked sentence cut at the quote: text before ends with «, text after starts after the quote. */
function splitAround(body: string, s: SentenceInfo, q: QuoteSpan): { before: string; after: string } {
  const masked = (from: number, to: number) => {
    let out = '';
    let cursor = from;
    s.mentions.forEach((m, k) => {
      if (m.start < cursor || m.end > to) return;
      out += body.slice(cursor, m.start) + `⟨${k}⟩`;
      cursor = m.end;
    });
    return out + body.slice(cursor, to);
  };
  const other = (text: string) => text.replace(/[“"‘«][^”"’»]*[”"’»]/g, '‹q›');
  const closeAt = Math.min(s.end, q.end + 2);
  const before = other(masked(s.start, Math.max(s.start, q.start - 1))) + '«';
  const after = other(masked(closeAt, s.end).replace(/^[”"’»\s,.!?]*/, ' '));
  return { before, after };
}

function lastSpeaker(quotes: AttributedQuote[], sentence: number): Mention | null {
  for (let i = quotes.length - 1; i >= 0; i--) {
    if (sentence - quotes[i].sentence > CARRY_WINDOW) return null;
    if (quotes[i].speaker) return quotes[i].speaker;
  }
  return null;
}

/** Unattributed quotes take the speaker of an adjacent quote: continuation paragraphs and run-ons. */
function carryOver(quotes: AttributedQuote[], sentences: SentenceInfo[]): void {
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i];
    const next = quotes[i + 1];
    if (!q.speaker && q.open && next?.speaker && next.sentence - q.sentence <= 1) Object.assign(q, { speaker: next.speaker, via: 'next' });
  }
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.speaker || !standalone(q, sentences[q.sentence])) continue;
    const prev = lastSpeaker(quotes.slice(0, i), q.sentence);
    if (prev) Object.assign(q, { speaker: prev, via: 'previous' });
  }
}

/** A quote that makes up a whole paragraph-level sentence, typical of a continued statement. */
function standalone(q: AttributedQuote, s: SentenceInfo): boolean {
  return q.text.length >= 0.8 * (s.end - s.start - 2);
}
