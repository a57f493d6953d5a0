/**
 * NLP models, loaded once per process: compromise for sentence boundaries, its lexicon (names,
 * places, organisations, role nouns) and verb conjugation; chrono-node (in dates.ts) for dates.
 * Extraction is hot (hundreds of articles per second), so nothing here is built per call.
 */
import nlp from 'compromise';

/**
 * Letters of the Latin, Greek and Cyrillic scripts as a character-class body: tokenising with it
 * (no `u` flag) runs at twice the speed of `\p{L}` on article-length text.
 */
export const LETTER_CLASS = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
export const UPPER_CLASS = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0391-\\u03A9\\u0410-\\u042F';

type SplitSentences = (text: string, world: unknown) => string[];
const compromiseWorld = nlp.world();
const compromiseSplit = (nlp.methods() as unknown as { one: { tokenize: { splitSentences: SplitSentences } } }).one.tokenize.splitSentences;

/**
 * compromise's rule-based sentence splitter alone (abbreviations, initials, decimal numbers),
 * without building a document: a tenth of the cost of a full tokenising pass.
 */
export function splitSentenceTexts(text: string): string[] {
  return compromiseSplit(text, compromiseWorld);
}

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
export const DEMONYMS = new Set([
  ...wordsTagged('Demonym'),
  // common ones the lexicon lacks
  ...'argentinian azerbaijani bahraini british burmese cypriot danish english eritrean finnish irish kosovar kyrgyz laotian'.split(' '),
  ...'maltese moldovan montenegrin mozambican nepalese polish slovenian somali spanish swedish tajik tanzanian turkish'.split(' '),
  ...'uruguayan uzbek yemeni kurdish catalan basque flemish walloon bavarian tibetan uyghur scottish welsh'.split(' '),
]);
/** Role nouns ("artist", "minister", "spokesperson"): cues that a capitalised neighbour is a person. */
export const ROLE_NOUNS = new Set([
  ...wordsTagged('Actor', 'Honorific'),
  ...['spokesman', 'spokeswoman', 'envoy', 'emissary', 'ambassador', 'secretary', 'senator', 'governor'],
  ...['mayor', 'chancellor', 'premier', 'minister', 'president', 'leader', 'official', 'host', 'sculptor'],
  ...['painter', 'columnist', 'novelist', 'commentator', 'councillor', 'councilor', 'chief', 'head'],
  ...['editor', 'publisher', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'judge'],
  ...['justice', 'pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'rep', 'sen', 'gov', 'gen'],
  ...['alderman', 'alderwoman', 'assemblyman', 'assemblywoman', 'td', 'legislator', 'burgomaster', 'ombudsman', 'undersecretary', 'under-secretary'],
  ...['whistleblower', 'pseudonym', 'aide', 'adviser', 'advisor', 'diplomat', 'lawmaker', 'cm', 'ceo'],
  ...['mp', 'mep', 'mla', 'councilman', 'councilwoman', 'campaigner', 'founder', 'chairperson', 'imam', 'cardinal'],
  ...['investor', 'correspondent', 'broadcaster', 'presenter'],
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
  // last words of company names ("Kyma Air", "Aurora Records", "Thames Water")
  ...['air', 'airlines', 'records', 'books', 'pictures', 'studios', 'foods', 'technologies', 'pharma', 'telecom', 'rail'],
  ...['mining', 'steel', 'logistics', 'construction', 'shipping', 'airport', 'resorts', 'games', 'software', 'networks'],
  ...['ventures', 'solutions', 'healthcare', 'publishing', 'films', 'water', 'trust', 'athletic', 'rovers', 'wanderers', 'fc', 'registry', 'chamber'],
  // parties by their members' name ("the Greens", "the Social Democrats")
  ...['greens', 'democrats', 'republicans', 'conservatives', 'liberals', 'tories', 'socialists', 'labour', 'nationalists'],
]);
export const PLACE_WORDS = new Set(Object.keys(compromiseModel.two.placeWords));
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'ProperNoun']);
const KNOWN_TAGS = new Set([...NAME_TAGS, 'Country', 'City', 'Region', 'Place', 'Organization', 'SportsTeam']);

/** A lower-cased word the lexicon knows as an ordinary word (not a name, place or organisation). */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => KNOWN_TAGS.has(t));
}

/** A word the lexicon knows only as a plain noun ("alma", "rose"): at a sentence start, maybe a first name. */
export function isPlainNoun(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && tags.every((t) => t === 'Noun' || t === 'Singular');
}

const VERB_TAGS = new Set(['Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Copula', 'Modal', 'Auxiliary', 'Participle']);

/** Whether any of the words is a verb in the lexicon (a clause rather than a noun phrase). */
export function hasVerb(words: readonly string[]): boolean {
  return words.some((w) => tagsOf(w.toLowerCase().replace(/[^\p{L}'’-]/gu, '')).some((t) => VERB_TAGS.has(t)));
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
