/**
 * One analysed article: sentences, resolved mentions, a masked form of each sentence for the rule
 * engine ("⟨0⟩ confirmed that ⟨1⟩ gave ..."), and attributed quotes.
 */
import { Mention, findMentions } from './mentions';
import { NameIndex } from './names';
import { QuoteSpan, findQuoteSpans } from './quote-spans';
import { Sentence, splitSentences } from './sentences';
import { DEMONYMS, LETTER_CLASS, ROLE_NOUNS } from './models';
import { AttributedQuote, attributeQuotes } from './quotes';
import { PartyRegistry, institutionMentions } from './institutions';
import { OUTLET_WORDS } from './party-words';
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
const DESCRIPTOR = new RegExp(`\\b[Tt]he\\s+(?:([${LETTER_CLASS}.-]+)\\s+)?([${LETTER_CLASS}]+)(?![${LETTER_CLASS}])`, 'g');
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
  // A company the article once introduced ("low-cost airline Kyma Air") is one wherever it recurs.
  const orgs = new Set(all.filter((m) => m.kind === 'org').map((m) => m.name.toLowerCase()));
  // ("told Público" reads like a person; "the newspaper Público" said what it is)
  for (const m of all) if ((m.kind === 'other' || (m.kind === 'person' && !m.name.includes(' '))) && orgs.has(m.name.toLowerCase())) m.kind = 'org';
  // ... and "Harbourline" after "Harbourline Power", "the Courier" after "Riverside Courier" are the same
  const byWord = new Map<string, Set<string>>();
  const note = (word: string, name: string) => byWord.set(word, (byWord.get(word) ?? new Set()).add(name));
  for (const m of all) {
    const words = m.name.toLowerCase().split(/\s+/);
    if (m.kind !== 'org' || words.length < 2) continue;
    note(words[0]!, m.name);
    if (OUTLET_WORDS.has(words[words.length - 1]!)) note(words[words.length - 1]!, m.name);
  }
  // ("Harbourline said" reads like a person unless a person of that name is known)
  const personWords = new Set(all.filter((m) => m.kind === 'person' && m.name.includes(' ')).flatMap((m) => m.name.toLowerCase().split(/\s+/)));
  for (const m of all) {
    const single = !m.name.includes(' ') && (m.kind === 'other' || m.kind === 'org' || (m.kind === 'person' && !personWords.has(m.name.toLowerCase())));
    const full = single ? byWord.get(m.name.toLowerCase()) : undefined;
    if (full?.size === 1) Object.assign(m, { kind: 'org', name: [...full][0] });
  }
  const names = NameIndex.build(all, knownPeople);
  const registry = new PartyRegistry();
  registry.addOrgs(all);
  const institutions = institutionMentions(body, base, perSentence, registry, inQuote);
  institutions.forEach((list, i) => {
    perSentence[i] = perSentence[i].filter((m) => (m.kind !== 'other' && m.kind !== 'place' && m.kind !== 'org') || !list.some((c) => c.start <= m.start && c.end >= m.end));
  });
  const last: LastSubjects = { person: null, org: null, people: [] };
  const sentences: SentenceInfo[] = base.map((s, i) => {
    const direct = [...perSentence[i], ...institutions[i]];
    const mentions = [...direct, ...indirectMentions(body, s, direct, names, last, inQuote)].sort((a, b) => a.start - b.start);
    trackSubjects(body, mentions, last);
    const quotes = spans.filter((q) => q.start >= s.start && q.start < s.end);
    return { ...s, mentions, masked: mask(body, s, mentions), quotes };
  });
  return { body, sentences, names, quotes: attributeQuotes(body, sentences, names), dates: new Map() };
}

/**
 * The latest sentence subjects, for "he", "she", "it", and the people of the last sentences
 * (subjects first, then the others, latest first) for untitled role descriptors.
 */
interface LastSubjects { person: Mention | null; org: Mention | null; people: Mention[] }

function trackSubjects(body: string, mentions: Mention[], last: LastSubjects): void {
  const subject = (kind: Mention['kind']) => mentions.find((m) => m.kind === kind && !m.inQuote && !m.possessive && !AFTER_PREPOSITION.test(body.slice(Math.max(0, m.start - 12), m.start)));
  const person = subject('person');
  last.person = person ?? last.person;
  last.org = subject('org') ?? last.org;
  const others = mentions.filter((m) => m.kind === 'person' && !m.inQuote && m !== person).reverse();
  if (person || others.length) last.people = [...(person ? [person] : []), ...others, ...last.people].slice(0, 8);
}

/** Role descriptors ("the artist"), subject pronouns and a leading "It" that resolve to one known party. */
function indirectMentions(body: string, s: Sentence, direct: Mention[], names: NameIndex, last: LastSubjects, inQuote: (o: number) => boolean): Mention[] {
  const out: Mention[] = [];
  const taken = (a: number, b: number) => direct.some((m) => a < m.end && b > m.start);
  for (const d of s.text.matchAll(DESCRIPTOR)) {
    // "the artist behind them": the role may be the first word, the second then being none of it
    const bare = !ROLE_NOUNS.has(d[2].toLowerCase()) && !!d[1] && ROLE_NOUNS.has(d[1].toLowerCase());
    const role = (bare ? d[1] : d[2]).toLowerCase();
    const start = s.start + (d.index ?? 0);
    const end = bare ? start + d[0].lastIndexOf(d[1]) + d[1].length : start + d[0].length;
    const next = /^\s+(\S)/.exec(body.slice(end, end + 4))?.[1] ?? '';
    if (!ROLE_NOUNS.has(role) || taken(end - role.length, end) || inQuote(start) || /\p{Lu}/u.test(next)) continue;
    const qualifier = bare ? undefined : d[1]?.toLowerCase().replace(/\./g, '');
    const qualifies = qualifier && (DEMONYMS.has(qualifier) || qualifier.length <= 3);
    const name = names.byRole(role, qualifies ? qualifier : undefined) ?? (qualifier && DEMONYMS.has(qualifier) ? untitled(role, qualifier, last.people, names, direct, s.index) : null);
    if (name) out.push(indirect(start, end, body, name, s.index, 'person', role));
  }
  for (const p of s.text.matchAll(PRONOUN)) {
    const start = s.start + (p.index ?? 0);
    if (inQuote(start) || taken(start, start + p[0].length)) continue;
    const local = direct.find((m) => m.kind === 'person' && !m.inQuote && m.start < start);
    const ref = local ?? last.person;
    if (ref) out.push(indirect(start, start + p[0].length, body, ref.name, s.index, 'person'));
  }
  if (/^It\b/.test(s.text) && last.org && !taken(s.start, s.start + 2)) out.push(indirect(s.start, s.start + 2, body, last.org.name, s.index, 'org'));
  return out;
}

/**
 * An untitled descriptor ("the Russian president" where the article never gave anyone that title)
 * stands for a person of the last two sentences (their subject first) who carries no other title
 * ("artist", "US president") and is not named in the sentence itself.
 */
function untitled(role: string, qualifier: string, people: readonly Mention[], names: NameIndex, direct: readonly Mention[], sentence: number): string | null {
  for (const m of people) {
    if (sentence - m.sentence > 2 || direct.some((d) => d.name === m.name)) continue;
    const roles = [...(names.find(m.name)?.roles ?? m.roles)];
    const clash = roles.some((r) => r.endsWith(` ${role}`) && r !== `${qualifier} ${role}`) || (roles.length > 0 && !roles.some((r) => r === role || r.endsWith(` ${role}`)));
    if (!clash) return m.name;
  }
  return null;
}

function indirect(start: number, end: number, body: string, name: string, sentence: number, kind: 'person' | 'org', role?: string): Mention {
  return { start, end, surface: body.slice(start, end), kind, roles: role ? [role] : [], possessive: false, inQuote: false, name, sentence, indirect: true };
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
