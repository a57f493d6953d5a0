/**
 * Proper-name mentions in a sentence: capitalised token runs classified as person, organisation
 * or place from the compromise lexicon plus contextual cues (a role noun before the name, an
 * apposition after it, a speech verb next to it). Lexicon-only tagging misses unfamiliar first
 * names and mistakes organisations for places; the cues catch most of those.
 */
import {
  DEMONYMS, FIRST_NAMES, ORG_NAMES, ORG_WORDS, PLACE_NAMES, PLACE_WORDS, ROLE_NOUNS,
  LETTER_CLASS, UPPER_CLASS, hasVerb, isCommonWord, isMonthOrWeekday, isPlainNoun,
} from './models';
import { NEWS_AGENCIES, ORG_DESCRIPTORS, OUTLET_FIRST_WORDS, OUTLET_WORDS } from './party-words';

export type MentionKind = 'person' | 'org' | 'place' | 'other';

export interface Mention {
  /** Body offsets of the name itself (titles and possessive excluded). */
  start: number;
  end: number;
  surface: string;
  kind: MentionKind;
  /** Lower-cased role nouns seen with the name ("artist", "spokesperson"). */
  roles: string[];
  possessive: boolean;
  inQuote: boolean;
  /** Resolved full name, filled by the name index. */
  name: string;
  sentence: number;
  /** A pronoun or role descriptor standing for a named person. */
  indirect?: boolean;
}

interface Token { text: string; start: number; end: number }

const TOKEN = new RegExp(`(?:[${UPPER_CLASS}]\\.){2,}|[${LETTER_CLASS}0-9]+(?:[-'’.][${LETTER_CLASS}0-9]+)*(?:['’]s?)?`, 'g');
const CONNECTORS = new Set(['of', 'de', 'van', 'von', 'der', 'den', 'al', 'bin', 'la', 'le', 'du', 'da', 'del', 'y']);
/** A title phrase opened by an article or a possessor and closed by the comma before a name. */
const TITLE_BEFORE = /(?:^|[.;:]\s+|,\s+|\b(?:[Tt]he|[Aa]n?)\s+|\p{Lu}[\p{L}]*['’]s\s+)((?:[\p{L}'’-]+\s+){0,6}[\p{L}'’-]+),\s*$/u;
/** Lower-case words inside people's names. */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'du', 'da', 'del', 'di', 'dos', 'das', 'ter', 'ten']);
const COUNTRY_ACRONYMS = new Set(['US', 'U.S.', 'USA', 'UK', 'U.K.', 'UAE', 'DRC']);
const SPEECH_AFTER = /^\s*(?:,\s*)?(?:(?:has|had|also|then|later|previously)\s+)*(?:said|says|told|added|wrote|stated|explained|insisted|argued|warned|noted|confirmed|denied|announced|declined|revealed|tweeted|posted|replied|recalled|called|described|criticised|criticized|condemned|accused|urged)\b/;
/** Outlets report and publish; people mostly say. */
const REPORTED_AFTER = /^\s*(?:,\s*)?(?:on \w+\s+)?(?:(?:has|had|first|also|later|previously|exclusively)\s+){0,2}(?:reported|reports|published|corrected|retracted|broke the news)\b/;
/** "Le Monde", "El País", "Die Zeit": a foreign article opening a name is part of it. */
const FOREIGN_ARTICLES = new Set(['Le', 'La', 'Les', 'El', 'Il', 'Lo', 'Die', 'Der', 'Das', 'De', 'Het', 'Al']);
const SPEECH_BEFORE = /\b(?:said|says|told|added|according to|wrote)\s+$/;
const APPOSITION = /^,\s+(?:(?:a|an|the|his|her|its|their)\s+)?((?:[\p{L}'’-]+\s+){0,4}[\p{L}]+)/u;
/** Words that open a multi-word title ("Prime Minister", "Crown Prince", "Deputy Mayor"). */
const TITLE_MODIFIERS = new Set([
  'prime', 'vice', 'deputy', 'acting', 'interim', 'former', 'crown', 'first', 'grand', 'high', 'senior', 'junior', 'assistant',
  'foreign', 'finance', 'interior', 'home', 'defence', 'defense', 'health', 'culture', 'education', 'trade', 'justice', 'economy',
  'environment', 'energy', 'transport', 'agriculture', 'labour', 'labor', 'state', 'attorney', 'general', 'managing', 'executive',
  'opposition', 'shadow', 'ruling', 'republican', 'democratic', 'democrat', 'conservative', 'liberal', 'green', 'independent', 'tory',
]);
const STOP_UPPER = new Set([
  'I', 'A', 'An', 'The', 'It', 'He', 'She', 'We', 'They', 'This', 'That', 'But', 'And', 'Or', 'If', 'In', 'On', 'At', 'As', 'By',
  // sentence openers the lexicon does not call common words
  'However', 'Meanwhile', 'Earlier', 'Later', 'Separately', 'Instead', 'Nevertheless', 'Nonetheless', 'Still', 'Yet', 'Also',
  'Now', 'Today', 'Yesterday', 'Previously', 'Additionally', 'Moreover', 'Furthermore', 'Indeed', 'Overall', 'Afterwards',
]);
/** "Kremlin-commissioned", "Saudi-backed": the name before a hyphenated participle. */
const HYPHEN_PARTICIPLE = /^(.+?)-(?:commissioned|backed|owned|led|funded|based|made|run|controlled|linked|affiliated|sponsored|brokered|appointed)$/i;

/** The capitalised words from `k` on end in an organisation head word ("... Drugs Authority"). */
function institutionAhead(tokens: Token[], k: number): boolean {
  let last = -1;
  for (let m = k; m < tokens.length && m < k + 4 && isCap(tokens[m].text) && tokens[m].start - tokens[m - 1].end === 1; m++) last = m;
  return last >= k && ORG_WORDS.has(bare(tokens[last].text).toLowerCase());
}

function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

/** Upper-case first letter; plain comparisons for ASCII, the Unicode class for the rest. */
const isCap = (t: string) => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t);
};
const POSSESSIVE = /['’]s?$/;
const bare = (t: string) => (t.endsWith('s') || t.endsWith("'") || t.endsWith('’') ? t.replace(POSSESSIVE, '') : t);

/** Finds the mentions of one sentence; `inQuote(offset)` says whether a body offset is quoted text. */
export function findMentions(body: string, sentenceStart: number, text: string, sentence: number, inQuote: (o: number) => boolean): Mention[] {
  const tokens = tokenize(text, sentenceStart);
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i].text) || /^\p{Lu}{5,}$/u.test(bare(tokens[i].text))) { i++; continue; }
    let j = i + 1;
    while (j < tokens.length) {
      const gap = tokens[j].start - tokens[j - 1].end;
      // "Lindqvist & Berg": a firm's name joined by an ampersand
      const ampersand = gap === 3 && body.slice(tokens[j - 1].end, tokens[j].start) === ' & ' && isCap(tokens[j].text);
      // "Composers' Society", "Workers’ Union": a plural possessive inside an institution's name
      const pluralOwner = /s['’]$/.test(tokens[j - 1].text) && isCap(tokens[j].text) && ORG_WORDS.has(tokens[j].text.toLowerCase());
      if (!ampersand && (gap > 1 || (gap === 1 && body[tokens[j].start - 1] !== ' ' && body[tokens[j].start - 1] !== '-') || (POSSESSIVE.test(tokens[j - 1].text) && !pluralOwner))) break;
      if (isCap(tokens[j].text)) { j++; continue; }
      if (CONNECTORS.has(tokens[j].text) && j + 1 < tokens.length && isCap(tokens[j + 1].text)) { j += 2; continue; }
      // "Food and Drugs Authority", "Health and Human Services": "and" inside an institution's name
      const leftIsName = FIRST_NAMES.has(tokens[i].text.toLowerCase()) || ORG_WORDS.has(bare(tokens[j - 1].text).toLowerCase()) || body.slice(tokens[i].start, tokens[j - 1].end).includes(' & ');
      if (tokens[j].text === 'and' && !leftIsName && institutionAhead(tokens, j + 1)) { j += 2; continue; }
      break;
    }
    // "President Ines Brandt of Ostmark": a person's name ends before "of"; "Bank of England" does not split
    let hasOf = false;
    for (let k = i + 2; k < j && !hasOf; k++) hasOf = tokens[k].text === 'of';
    const given = hasOf ? tokens.slice(i, Math.min(j, i + 3)).findIndex((t) => FIRST_NAMES.has(t.text.toLowerCase())) : -1;
    const of = given < 0 ? -1 : tokens.slice(i + given + 2, j).findIndex((t) => t.text === 'of');
    const split = of >= 0 ? i + given + 2 + of : -1;
    const atStart = i === 0 || /["“‘(]\s*$/.test(body.slice(Math.max(sentenceStart, tokens[i].start - 3), tokens[i].start));
    // "said de Vries": a surname's particle belongs to it
    const particle = i > 0 && NAME_PARTICLES.has(tokens[i - 1].text) && tokens[i].start - tokens[i - 1].end === 1 && j - i <= 2 ? 1 : 0;
    const m = classify(body, tokens.slice(i - particle, split >= 0 ? split : j), atStart, sentence, inQuote);
    if (m) out.push(m);
    if (split >= 0) {
      const rest = classify(body, tokens.slice(split + 1, j), false, sentence, inQuote);
      if (rest) out.push(rest);
    }
    i = j;
  }
  return out;
}

function classify(body: string, run: Token[], atStart: boolean, sentence: number, inQuote: (o: number) => boolean): Mention | null {
  const roles: string[] = [];
  let toks = run.slice();
  // a capitalised common word opening the sentence is no part of the name, unless it reads as a
  // first name before a surname ("Alma Ruiz said", not "Former minister X")
  const predicate = /^,?\s+\p{Ll}/u.test(body.slice(toks[toks.length - 1]?.end ?? 0, (toks[toks.length - 1]?.end ?? 0) + 4));
  const surnameAfterNoun = predicate && toks.length >= 2 && toks.length <= 3 && isPlainNoun(toks[0].text.toLowerCase()) && !isCommonWord(bare(toks[1].text).toLowerCase());
  const foreignArticle = toks.length > 1 && FOREIGN_ARTICLES.has(toks[0].text);
  if (atStart && toks.length && !foreignArticle && (STOP_UPPER.has(toks[0].text) || isCommonWord(toks[0].text.toLowerCase())) && !ROLE_NOUNS.has(toks[0].text.toLowerCase()) && !firstName(toks) && !surnameAfterNoun) toks.shift();
  if (toks.length && toks[0].text === 'The') toks.shift();
  while (toks.length && isMonthOrWeekday(bare(toks[toks.length - 1].text).toLowerCase())) toks.pop();
  // a leading month or weekday, unless it is a first name before a surname ("Jan Weber", "May Ruiz")
  while (toks.length && isMonthOrWeekday(toks[0].text.toLowerCase()) && !firstName(toks)) toks.shift();
  const lowers = toks.map((t) => bare(t.text).toLowerCase());
  // "online grocer X", not "the head of the Swim Club, X": a comma ends the descriptor's reach
  const lead = body.slice(Math.max(0, (toks[0]?.start ?? 0) - 60), toks[0]?.start ?? 0);
  const descriptor = /,\s*$/.test(lead) ? '' : (lastWords(lead)?.[2]?.toLowerCase() ?? '');
  const isOrg = lowers.some((w) => ORG_WORDS.has(w)) || ORG_NAMES.has(lowers.join(' ')) || orgCue(body, toks, lowers, descriptor);
  if (isOrg && ORG_DESCRIPTORS.has(descriptor)) roles.push(descriptor);
  if (!isOrg) {
    // "Prime Minister X", "Deputy Foreign Minister X": modifiers count as title only before a role noun
    let m = 0;
    while (m < lowers.length - 2 && (TITLE_MODIFIERS.has(lowers[m]) || DEMONYMS.has(lowers[m]))) m++;
    if (m > 0 && ROLE_NOUNS.has(lowers[m]) && lowers.slice(0, m).some((w) => TITLE_MODIFIERS.has(w))) {
      for (let k = 0; k < m; k++) if (DEMONYMS.has(lowers[k])) roles.push(`${lowers[k]} ${lowers[m]}`);
      toks = toks.slice(m);
      lowers.splice(0, m);
    }
    while (toks.length > 1 && (ROLE_NOUNS.has(lowers[0]) || DEMONYMS.has(lowers[0]))) {
      if (ROLE_NOUNS.has(lowers[0])) roles.push(lowers[0]);
      if (DEMONYMS.has(lowers[0]) && ROLE_NOUNS.has(lowers[1] ?? '')) roles.push(`${lowers[0]} ${lowers[1]}`);
      toks = toks.slice(1);
      lowers.shift();
    }
  }
  if (!toks.length) return null;
  const hyphen = toks.length ? HYPHEN_PARTICIPLE.exec(toks[toks.length - 1].text) : null;
  if (hyphen) toks = [...toks.slice(0, -1), { ...toks[toks.length - 1], text: hyphen[1], end: toks[toks.length - 1].start + hyphen[1].length }];
  const first = toks[0];
  const last = toks[toks.length - 1];
  const possessive = /['’]s?$/.test(last.text) && !/^\p{Lu}+$/u.test(last.text);
  const end = possessive ? last.end - (last.text.endsWith('s') ? 2 : 1) : last.end;
  const surface = body.slice(first.start, end);
  if (toks.length === 1 && (STOP_UPPER.has(surface) || DEMONYMS.has(lowers[0]) || (ROLE_NOUNS.has(lowers[0]) && !isOrg))) return null;
  const before = body.slice(Math.max(0, first.start - 60), first.start);
  const after = body.slice(end, end + 80);
  const prev = lastWords(before);
  const prevWord = prev?.[2]?.toLowerCase() ?? '';
  if (ROLE_NOUNS.has(prevWord)) {
    roles.push(prevWord);
    const qualifier = prev?.[1]?.toLowerCase().replace(/\./g, '');
    if (qualifier && (DEMONYMS.has(qualifier) || qualifier.length <= 3)) roles.push(`${qualifier} ${prevWord}`);
  }
  // "the Judge President of the Western High Court, X," / "Denmark's Inspector of Press Ethics, X,": a title set before the name
  const titled = /,\s*$/.test(before) ? TITLE_BEFORE.exec(body.slice(Math.max(0, first.start - 100), first.start)) : null;
  if (titled) {
    const words = titled[1].toLowerCase().split(/\s+/);
    const role = words.find((w) => ROLE_NOUNS.has(w));
    if (role && !hasVerb(words)) roles.push(role);
  }
  // ", the street artist who ...", ", a 38-year-old art teacher": the first role noun of the apposition
  const appo = APPOSITION.exec(after)?.[1].toLowerCase().split(/\s+/).find((w) => ROLE_NOUNS.has(w));
  if (appo) roles.push(appo);
  const kind = kindOf(toks, lowers, isOrg, roles, before, after);
  return { start: first.start, end, surface, kind, roles, possessive, inQuote: inQuote(first.start), name: surface, sentence };
}

const LETTER = /\p{L}/u;
/** Letter test with an ASCII fast path (this runs over every character before every name). */
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && LETTER.test(c));
const isWordChar = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_';
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\u00a0' || c === '\r';

/**
 * The last word of `text` (letters, followed by nothing but punctuation and spaces) and the word
 * before it (letters and dots), as `[, qualifier, word]`; a backwards scan, as a `$`-anchored
 * regular expression would retry from every offset.
 */
function lastWords(text: string): [string, string | undefined, string] | null {
  let end = text.length;
  while (end > 0 && !isLetter(text[end - 1]) && !isWordChar(text[end - 1])) end--;
  let start = end;
  while (start > 0 && isLetter(text[start - 1])) start--;
  if (start === end) return null;
  let gap = start;
  while (gap > 0 && isSpace(text[gap - 1])) gap--;
  let q = gap;
  while (gap < start && q > 0 && (isLetter(text[q - 1]) || text[q - 1] === '.')) q--;
  // "the club's chairman": a possessive is no qualifier of the role
  const qualifier = q < gap && !/['’]/.test(text[q - 1] ?? '') ? text.slice(q, gap) : undefined;
  return ['', qualifier, text.slice(start, end)];
}

function kindOf(toks: Token[], allLowers: string[], isOrg: boolean, roles: string[], before: string, after: string): MentionKind {
  const joined = allLowers.join(' ');
  // "Pieter de Vries", "De Vries": particles are part of a name, not common words in it
  const lowers = allLowers.length > 1 ? allLowers.filter((w, k) => !(NAME_PARTICLES.has(w) && k < allLowers.length - 1)) : allLowers;
  const acronym = toks.length === 1 && /^(?:\p{Lu}\.?){2,6}$/u.test(toks[0].text);
  if (toks.length === 1 && COUNTRY_ACRONYMS.has(toks[0].text)) return 'place';
  if (isOrg) return 'org';
  if (PLACE_NAMES.has(joined)) return 'place';
  // a role or a first name outweighs a place-like last word ("chairman Peter Hall", "Lena Park")
  if (roles.length || firstName(toks)) return 'person';
  if (toks.length >= 2 && toks.length <= 4 && FIRST_NAMES.has(lowers[0]) && !lowers.slice(1, -1).some(isCommonWordStrict)) return 'person';
  if (toks.length > 1 && PLACE_WORDS.has(lowers[lowers.length - 1])) return 'place';
  if (acronym) return 'org';
  if (toks.length === 1 && /\bthe\s+$/i.test(before)) return 'org';
  if ((REPORTED_AFTER.test(after) && !firstName(toks)) || NEWS_AGENCIES.has(joined)) return 'org';
  if ((SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before)) && toks.length <= 3 && !lowers.some(isCommonWordStrict)) {
    return 'person';
  }
  if (toks.length >= 2 && toks.length <= 3 && lowers.every((w) => !isCommonWordStrict(w) && !PLACE_NAMES.has(w))) return 'person';
  // "Alma Ruiz": a word the lexicon knows as a noun, then an unknown surname
  if (toks.length === 2 && isPlainNoun(lowers[0]) && !isCommonWord(lowers[1]) && !PLACE_NAMES.has(lowers[1]) && (/^,?\s+\p{Ll}/u.test(after) || /,\s*$/.test(before) || SPEECH_BEFORE.test(before))) return 'person';
  return 'other';
}

/** A month-like first word that is a first name: "Jan Weber" (no period, no day), "May Ruiz". */
function firstName(toks: Token[]): boolean {
  const w = toks[0].text.toLowerCase();
  return toks.length === 2 && isCap(toks[1].text) && (FIRST_NAMES.has(w) || /^(?:jan|may|june|april|august)$/.test(w));
}

/**
 * An organisation by its context: an ampersand ("X & Y"), a newspaper-like last word ("Coastal
 * Courier"), or an organisation descriptor right before it ("online grocer X", "the weekly X").
 */
function orgCue(body: string, toks: Token[], lowers: string[], descriptor: string): boolean {
  if (!toks.length) return false;
  if (toks.length > 1 && body.slice(toks[0].start, toks[toks.length - 1].end).includes(' & ')) return true;
  if (toks.length > 1 && OUTLET_WORDS.has(lowers[lowers.length - 1])) return true;
  // "Daily Graphic", "Sunday Herald", "Evening Standard"
  if (toks.length > 1 && OUTLET_FIRST_WORDS.has(lowers[0])) return true;
  // "the Courier", "the Observer": a newspaper named in short, not a courier
  if (toks.length === 1 && OUTLET_WORDS.has(lowers[0]) && /\b[Tt]he\s+$/.test(body.slice(Math.max(0, toks[0].start - 4), toks[0].start))) return true;
  return ORG_DESCRIPTORS.has(descriptor) && !(ROLE_NOUNS.has(descriptor) && FIRST_NAMES.has(lowers[0]));
}

/** Common words that would not be part of a person's name even when capitalised. */
function isCommonWordStrict(w: string): boolean {
  return isCommonWord(w) && !FIRST_NAMES.has(w);
}
