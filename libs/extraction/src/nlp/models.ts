/**
 * NLP models, loaded once per process: wink-nlp for sentence boundaries, compromise for its
 * lexicon (names, places, organisations, role nouns) and verb conjugation, chrono-node for dates.
 * Extraction is hot (hundreds of articles per second), so nothing here is built per call.
 */
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Sentence boundary detection only: the full wink pipeline costs more than the rest of extraction. */
export const wink = winkNLP(model, ['sbd']);

type Lexicon = Record<string, string | string[]>;
const compromiseModel = nlp.model() as unknown as {
  one: { lexicon: Lexicon };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
};

const lexicon: Lexicon = compromiseModel.one.lexicon;

function tagsOf(word: string): string[] {
  const t = lexicon[word];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

function wordsTagged(...tags: string[]): Set<string> {
  const wanted = new Set(tags);
  const out = new Set<string>();
  for (const w of Object.keys(lexicon)) if (tagsOf(w).some((t) => wanted.has(t))) out.add(w);
  return out;
}

export const FIRST_NAMES = wordsTagged('MaleName', 'FemaleName', 'FirstName');
export const LAST_NAMES = wordsTagged('LastName');
export const PLACE_NAMES = wordsTagged('Country', 'City', 'Region', 'Place');
export const ORG_NAMES = wordsTagged('Organization', 'SportsTeam');
export const DEMONYMS = wordsTagged('Demonym');
/** Role nouns ("artist", "minister", "spokesperson"): cues that a capitalised neighbour is a person. */
export const ROLE_NOUNS = new Set([
  ...wordsTagged('Actor', 'Honorific'),
  ...['spokesman', 'spokeswoman', 'envoy', 'emissary', 'ambassador', 'secretary', 'senator', 'governor'],
  ...['mayor', 'chancellor', 'premier', 'minister', 'president', 'leader', 'official', 'host', 'sculptor'],
  ...['painter', 'columnist', 'novelist', 'commentator', 'councillor', 'councilor', 'chief', 'head'],
  ...['editor', 'publisher', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'judge'],
  ...['justice', 'pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'rep', 'sen', 'gov', 'gen'],
  ...['whistleblower', 'pseudonym', 'aide', 'adviser', 'advisor', 'diplomat', 'lawmaker', 'cm', 'ceo'],
]);
ROLE_NOUNS.delete('baby');
/** Head words that make a capitalised sequence an organisation ("... Ministry", "... Council"). */
export const ORG_WORDS = new Set([
  ...Object.keys(compromiseModel.two.orgWords),
  ...['embassy', 'ministry', 'council', 'court', 'parliament', 'senate', 'congress', 'government'],
  ...['department', 'office', 'police', 'party', 'agency', 'commission', 'committee', 'foundation'],
  ...['newspaper', 'magazine', 'herald', 'gazette', 'tribune', 'journal', 'post', 'times', 'press'],
  ...['inc', 'corp', 'ltd', 'llc', 'plc', 'group', 'gmbh', 'ag', 'sa', 'authority', 'regulator'],
  ...['assembly', 'cabinet', 'tribunal', 'secretariat', 'directorate', 'network', 'broadcasting'],
]);
export const PLACE_WORDS = new Set(Object.keys(compromiseModel.two.placeWords));
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'ProperNoun']);
const KNOWN_TAGS = new Set([...NAME_TAGS, 'Country', 'City', 'Region', 'Place', 'Organization', 'SportsTeam']);

/** A lower-cased word the lexicon knows as an ordinary word (not a name, place or organisation). */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => KNOWN_TAGS.has(t));
}

const CALENDAR = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;

export function isMonthOrWeekday(word: string): boolean {
  return CALENDAR.test(word) || tagsOf(word).some((t) => t === 'Month' || t === 'WeekDay');
}

/** All surface forms of a verb lemma ("give" → give, gives, gave, given, giving), via compromise. */
export function verbForms(lemma: string): string[] {
  const [first, ...rest] = lemma.split(' ');
  const view = nlp(first).tag('Verb') as unknown as { verbs(): { conjugate(): Array<Record<string, string>> } };
  const conj = view.verbs().conjugate()[0] ?? {};
  const forms = new Set([first, conj.PastTense, conj.PresentTense, conj.Gerund, conj.Participle]);
  // compromise occasionally returns the bare lemma for a gerund of short verbs ("slam")
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(first)) forms.add(`${first}${first.slice(-1)}ing`);
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  return [...forms].filter((f): f is string => !!f).map((f) => `${f}${tail}`);
}
