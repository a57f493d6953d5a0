import { memoize } from './memo';

/**
 * Word-level normalisation for fact identity. Outlets paraphrase, so keys are built from folded,
 * lightly stemmed content words rather than from the text as written.
 */

const STOPWORDS = new Set(
  (
    'a an the and or but of to in on at by for with from as into onto over under about after before ' +
    'this that these those it its it\'s is are was were be been being has have had do does did will would ' +
    'can could should may might must shall not no so than then there their they them he him his she her hers ' +
    'we us our you your i me my mine who whom whose which what when where why how all any some such very ' +
    'also just only even still more most much many said says say told tells according reportedly allegedly'
  ).split(' '),
);

/** Generic words that name the report rather than its subject ("denied the report that ..."). */
const REPORT_WORDS = new Set('report reports claim claims allegation allegations story stories suggestion suggestions rumour rumours rumor rumors account accounts'.split(' '));

/** Heads that outlets use interchangeably for the same object. */
const SYNONYMS: Record<string, string> = {
  portrait: 'artwork', painting: 'artwork', artwork: 'artwork', canvas: 'artwork', picture: 'artwork',
  drawing: 'artwork', sketch: 'artwork', likeness: 'artwork',
  car: 'vehicle', limousine: 'vehicle', automobile: 'vehicle', vehicle: 'vehicle', sedan: 'vehicle',
  necklace: 'jewellery', jewelry: 'jewellery', jewellery: 'jewellery', brooch: 'jewellery',
  book: 'book', novel: 'book', manuscript: 'book',
};

/** Text `fold` leaves as it is: lower-case ASCII words separated by single spaces. */
const FOLDED_ASCII = /^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/;

/** Lower case, accents and typographic quotes folded, everything but letters, digits and spaces dropped. */
export const fold = (text: string): string => (FOLDED_ASCII.test(text) ? text : foldText(text));

const foldText = memoize((text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim(),
);

function singular(word: string): string {
  if (word.length <= 3 || /^\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** A deliberately crude suffix stripper: both sides of a comparison go through it, so it only has to be consistent. */
export function stem(word: string): string {
  const one = singular(word);
  if (one.length <= 3 || /^\d/.test(one)) return one;
  if (one.endsWith('ing') && one.length > 5) return one.slice(0, -3);
  if (one.endsWith('ied') && one.length > 4) return `${one.slice(0, -3)}y`;
  if (one.endsWith('ed') && one.length > 4) return one.slice(0, -2);
  return one;
}

export function contentWords(text: string): string[] {
  return fold(text)
    .split(' ')
    .filter((word) => word.length > 0 && !STOPWORDS.has(word));
}

/** Order-free bag of stems: "X commissioned the statue" and "the statue was commissioned by X" share a key. */
export const claimKey = memoize((text: string): string => [...new Set(contentWords(text).map((w) => canonicalWord(w)))].sort().join(' '));

function canonicalWord(word: string): string {
  return SYNONYMS[word] ?? SYNONYMS[singular(word)] ?? stem(word);
}

const PHRASE_BREAK = /\s(?:of|by|from|showing|depicting|that|which|who|with|for|to|and|in|on|at|featuring)\s|[,;:(]/;

/** The head noun of a noun phrase: "a $12,000 lacquer writing box and pen" gives "box"; synonyms folded. */
export const headNoun = memoize((phrase: string): string => {
  const lowered = ` ${phrase.toLowerCase().replace(/(\d),(\d)/g, '$1$2')} `;
  const cut = lowered.split(PHRASE_BREAK)[0];
  const words = contentWords(cut).filter((w) => !/^\d/.test(w));
  const fallback = contentWords(phrase).filter((w) => !/^\d/.test(w));
  const head = words[words.length - 1] ?? fallback[0] ?? '';
  return canonicalWord(head);
});

/** The subject of a claim: its last content word that is not a word for "report" ("denied paying for the portrait" gives "artwork"). */
export const claimHead = memoize((claim: string): string => {
  const words = contentWords(claim).filter((w) => !REPORT_WORDS.has(w) && !/^\d/.test(w));
  return canonicalWord(words[words.length - 1] ?? '');
});

/** Quote identity: the words as spoken, punctuation and case folded. */
export function quoteKey(quote: string): string {
  return fold(quote);
}

/** Quotes that carry at least this many content words may be matched by containment ("clearly touched" in "clearly touched by it"). */
export function contentWordCount(text: string): number {
  return contentWords(text).length;
}

const MULTIPLIERS: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, b: 1e9, billion: 1e9 };
const CURRENCIES: Array<[RegExp, string]> = [
  [/\$|\busd\b|\bdollars?\b/, 'usd'],
  [/€|\beur\b|\beuros?\b/, 'eur'],
  [/£|\bgbp\b|\bpounds?\b/, 'gbp'],
  [/₽|\brub\b|\broubles?\b|\brubles?\b/, 'rub'],
];

/** "$12,000", "12k dollars" and "USD 12,000" all give "usd 12000"; text that is not an amount is folded. */
export function normalizeAmount(value: string): string {
  const lowered = value.toLowerCase();
  const number = /(\d[\d,]*(?:\.\d+)?)\s*(k|thousand|mn|m|million|bn|b|billion)?\b/.exec(lowered);
  if (!number) return fold(value);
  const amount = Number(number[1].replace(/,/g, '')) * (number[2] ? MULTIPLIERS[number[2]] : 1);
  const currency = CURRENCIES.find(([pattern]) => pattern.test(lowered))?.[1];
  return currency ? `${currency} ${amount}` : String(amount);
}
