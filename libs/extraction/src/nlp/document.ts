/**
 * One analysed article: sentences, resolved mentions, a masked form of each sentence for the rule
 * engine ("⟨0⟩ confirmed that ⟨1⟩ gave ..."), and attributed quotes.
 */
import { Mention, findMentions } from './mentions';
import { NameIndex } from './names';
import { QuoteSpan, findQuoteSpans } from './quote-spans';
import { Sentence, splitSentences } from './sentences';
import { DEMONYMS, ROLE_NOUNS } from './models';
import { AttributedQuote, attributeQuotes } from './quotes';
import type { DateMemo } from './dates';

export interface SentenceInfo extends Sentence {
  mentions: Mention[];
  /** The sentence with each mention replaced by ⟨index⟩ into `mentions`. */
  masked: string;
  quotes: QuoteSpan[];
}

export interface Doc {
  body: string;
  sentences: SentenceInfo[];
  names: NameIndex;
  quotes: AttributedQuote[];
  /** Date mentions already parsed for this article (see findDatesMemo). */
  dates: DateMemo;
}

export const MENTION_REF = /⟨(\d+)⟩/g;
const DESCRIPTOR = /\b[Tt]he\s+(?:([\p{L}.-]+)\s+)?([\p{L}]+)\b/gu;
const PRONOUN = /\b(?:[Hh]e|[Ss]he)\b/g;
const AFTER_PREPOSITION = /\b(?:before|after|of|to|for|with|from|by|in|at|on|about|like|than|against|between)\s+(?:the\s+)?$/i;

export function analyse(body: string, knownPeople: readonly string[] = []): Doc {
  const spans = findQuoteSpans(body);
  const inQuote = (o: number) => spans.some((q) => o >= q.start && o < q.end);
  const base = splitSentences(body);
  const all: Mention[] = [];
  const perSentence = base.map((s) => {
    const ms = findMentions(body, s.start, s.text, s.index, inQuote);
    all.push(...ms);
    return ms;
  });
  const names = NameIndex.build(all, knownPeople);
  let lastSubject: Mention | null = null;
  const sentences: SentenceInfo[] = base.map((s, i) => {
    const mentions = [...perSentence[i], ...indirectMentions(body, s, perSentence[i], names, lastSubject, inQuote)].sort((a, b) => a.start - b.start);
    const subject = perSentence[i].find((m) => m.kind === 'person' && !m.inQuote && !AFTER_PREPOSITION.test(body.slice(Math.max(0, m.start - 12), m.start)));
    if (subject) lastSubject = subject;
    const quotes = spans.filter((q) => q.start >= s.start && q.start < s.end);
    return { ...s, mentions, masked: mask(body, s, mentions), quotes };
  });
  return { body, sentences, names, quotes: attributeQuotes(body, sentences, names), dates: new Map() };
}

/** Role descriptors ("the artist") and subject pronouns that resolve to one known person. */
function indirectMentions(body: string, s: Sentence, direct: Mention[], names: NameIndex, lastSubject: Mention | null, inQuote: (o: number) => boolean): Mention[] {
  const out: Mention[] = [];
  const taken = (a: number, b: number) => direct.some((m) => a < m.end && b > m.start);
  for (const d of s.text.matchAll(DESCRIPTOR)) {
    const role = d[2].toLowerCase();
    const start = s.start + (d.index ?? 0);
    const end = start + d[0].length;
    const next = /^\s+(\S)/.exec(body.slice(end, end + 4))?.[1] ?? '';
    if (!ROLE_NOUNS.has(role) || taken(end - d[2].length, end) || inQuote(start) || /\p{Lu}/u.test(next)) continue;
    const qualifier = d[1]?.toLowerCase().replace(/\./g, '');
    const qualifies = qualifier && (DEMONYMS.has(qualifier) || qualifier.length <= 3);
    const name = names.byRole(role, qualifies ? qualifier : undefined);
    if (name) out.push(indirect(start, end, body, name, s.index, role));
  }
  for (const p of s.text.matchAll(PRONOUN)) {
    const start = s.start + (p.index ?? 0);
    if (inQuote(start) || taken(start, start + p[0].length)) continue;
    const local = direct.find((m) => m.kind === 'person' && !m.inQuote && m.start < start);
    const ref = local ?? lastSubject;
    if (ref) out.push(indirect(start, start + p[0].length, body, ref.name, s.index));
  }
  return out;
}

function indirect(start: number, end: number, body: string, name: string, sentence: number, role?: string): Mention {
  return { start, end, surface: body.slice(start, end), kind: 'person', roles: role ? [role] : [], possessive: false, inQuote: false, name, sentence, indirect: true };
}

function mask(body: string, s: Sentence, mentions: Mention[]): string {
  let out = '';
  let cursor = s.start;
  mentions.forEach((m, k) => {
    if (m.start < cursor) return;
    out += body.slice(cursor, m.start) + `⟨${k}⟩`;
    cursor = m.end;
  });
  return out + body.slice(cursor, s.end);
}
