/**
 * Synthetic coverage for the pipeline benchmarks: many distinct stories, each a gift between two
 * made-up governments told by several outlets, 3-6 KB per article, deterministic from a number.
 */
const FIRST = ['Amara', 'Bastien', 'Celia', 'Dorian', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kaia', 'Lior', 'Mireille', 'Nuno', 'Oona', 'Pavel'];
const LAST = ['Varga', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Castell', 'Novak', 'Haddad', 'Brandt', 'Quispe', 'Sorensen', 'Adeyemi', 'Kowal', 'Ferreira', 'Ivanova', 'Mahler'];
const COUNTRIES = ['Valdoria', 'Ostmark', 'Calveria', 'Norland', 'Estrava', 'Marovia', 'Telluria', 'Quessia', 'Brenland', 'Soravia', 'Kestria', 'Umberia'];
const ITEMS = ['illuminated manuscript', 'bronze astrolabe', 'porcelain vase', 'silk tapestry', 'carved chess set', 'antique globe', 'oil portrait', 'jade seal'];
const OUTLETS = ['The Harbour Gazette', 'Northern Ledger', 'Capital Wire', 'The Evening Courier', 'Metro Dispatch'];

const pick = <T>(list: readonly T[], n: number): T => list[((n % list.length) + list.length) % list.length]!;
const person = (n: number) => `${pick(FIRST, n)} ${pick(LAST, Math.floor(n / FIRST.length) + n)}`;

const BACKGROUND = [
  'Diplomatic gifts have a long history between the two capitals, and officials on both sides have often used them to signal a thaw after months of difficult talks over trade, fishing rights and the shared border crossing.',
  'Analysts said the timing was not accidental, coming a week before a scheduled round of negotiations on tariffs and on the reopening of the rail link that was closed during last winter\'s dispute.',
  'Opposition lawmakers questioned whether the gift had been declared under the rules that apply to state presents, and asked the foreign affairs committee to publish the register of gifts received this year.',
  'The national museum said it had been asked to assess the object and would advise on its conservation, adding that pieces of this kind are usually kept in climate-controlled storage and shown to the public on state occasions.',
  'Trade between the two countries has grown by almost a fifth over the past three years, according to figures from the statistics office, driven mostly by machinery, timber and agricultural exports.',
  'A spokesperson for the foreign ministry declined to say how much the object was worth, saying only that its value was historical rather than financial and that it had been chosen to honour a long friendship.',
];

export interface SyntheticArticle {
  name: string;
  content: string;
}

/** Article `k` of story `s`: the same story facts, different outlets, dates and wording. */
export function syntheticArticle(s: number, k: number): SyntheticArticle {
  const giverCountry = pick(COUNTRIES, s);
  const recipientCountry = pick(COUNTRIES, s + 5);
  const giver = person(s * 7 + 1);
  const recipient = person(s * 11 + 3);
  const spokesperson = person(s * 13 + 5);
  const envoy = person(s * 17 + 9);
  const item = pick(ITEMS, s);
  const outlet = pick(OUTLETS, s + k);
  const day = 1 + ((s + k * 3) % 27);
  const month = 1 + (Math.floor(s / 27) % 12);
  const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const paragraphs = [
    `The government of ${recipientCountry} on Tuesday confirmed that President ${giver} of ${giverCountry} gave ${recipient} a rare ${item} during a state visit, spokesperson ${spokesperson} said.`,
    `The ${item} was handed to special envoy ${envoy} at a ceremony in the capital of ${giverCountry}, according to ${spokesperson}, who described it as a gesture of goodwill between the two nations.`,
    `"This gift reflects the respect our people have for one another, and we intend to keep it where every citizen can see it," ${recipient} told reporters on the steps of the parliament building.`,
    ...Array.from({ length: 12 + (k % 8) }, (_, i) => pick(BACKGROUND, s + k + i)),
    `${envoy} said the exchange had taken months to prepare. "We wanted something that speaks of our shared history rather than of politics," ${envoy} said in an interview published by ${outlet}.`,
    `Story ${s}, report ${k}: reference number ${(s * 7919 + k * 104729) % 1000003} for the archive of ${outlet}.`,
  ];
  return { name: `story-${s}-article-${k}.json`, content: JSON.stringify({ source: outlet, publishedAt: date, title: `${giverCountry} gives ${item} to ${recipientCountry}`, body: paragraphs.join('\n\n') }) };
}
