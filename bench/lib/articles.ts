/**
 * Synthetic coverage for the pipeline benchmarks: many distinct stories, each a gift between two
 * made-up governments told by several outlets, 3-6 KB per article, deterministic from a number.
 * Every story has its own people, countries, city and gift, as real stories do; what stories
 * share is the vocabulary of diplomacy, so matching has to tell them apart by who and what.
 */
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ven', 'tor', 'sa', 'bel', 'dri', 'no', 'ul', 'fen', 'gar', 'zi', 'mor', 'tes', 'lan', 'qui', 'do', 'har', 'pe', 'sin', 'vor', 'el'];
const ADJECTIVES = ['illuminated', 'bronze', 'porcelain', 'silk', 'carved', 'antique', 'gilded', 'jade', 'silver', 'lacquered', 'enamelled', 'woven'];
const OBJECTS = ['manuscript', 'astrolabe', 'vase', 'tapestry', 'chess set', 'globe', 'portrait', 'seal', 'clock', 'sabre', 'chalice', 'atlas', 'music box', 'lantern'];
const OUTLETS = ['The Harbour Gazette', 'Northern Ledger', 'Capital Wire', 'The Evening Courier', 'Metro Dispatch', 'Coastal Observer', 'The Daily Sentinel'];

const pick = <T>(list: readonly T[], n: number): T => list[((n % list.length) + list.length) % list.length]!;
const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);
/** A made-up word of `parts` syllables, different for every seed below 24^parts. */
const word = (seed: number, parts: number) =>
  Array.from({ length: parts }, (_, i) => pick(SYLLABLES, Math.floor(seed / SYLLABLES.length ** i))).join('');
const person = (seed: number) => `${capital(word(seed * 7 + 3, 2))} ${capital(word(seed * 13 + 11, 3))}`;

/** Paragraphs any gift story may carry, told with the story's own names. */
const BACKGROUND: Array<(s: Story) => string> = [
  (s) => `Diplomatic gifts have a long history between ${s.giverCountry} and ${s.recipientCountry}, and officials in ${s.city} have often used them to signal a thaw after months of difficult talks over trade, fishing rights and the shared border crossing.`,
  (s) => `Analysts in ${s.city} said the timing was not accidental, coming a week before a scheduled round of negotiations on tariffs and on the reopening of the rail link between the two countries that was closed during last winter's dispute.`,
  (s) => `Opposition lawmakers in ${s.recipientCountry} questioned whether the ${s.item} had been declared under the rules that apply to state presents, and asked the foreign affairs committee to publish the register of gifts received this year.`,
  (s) => `The national museum of ${s.recipientCountry} said it had been asked to assess the ${s.item} and would advise on its conservation, adding that pieces of this kind are usually kept in climate-controlled storage and shown to the public on state occasions.`,
  (s) => `Trade between ${s.giverCountry} and ${s.recipientCountry} has grown by almost a fifth over the past three years, according to figures from the statistics office in ${s.city}, driven mostly by machinery, timber and agricultural exports.`,
  (s) => `A spokesperson for the foreign ministry of ${s.giverCountry} declined to say how much the ${s.item} was worth, saying only that its value was historical rather than financial and that it had been chosen to honour a long friendship.`,
  (s) => `Historians at the university of ${s.city} said the ${s.item} was made in a workshop that supplied the court of ${s.giverCountry} for two centuries, and that only a handful of similar pieces survive in public collections.`,
  (s) => `The visit was the first by a head of state of ${s.giverCountry} to ${s.recipientCountry} in eleven years, and included talks on energy supplies, a port agreement and a cultural exchange programme for students.`,
  (s) => `Security was tight in ${s.city} throughout the visit, with streets around the parliament closed for most of the day and a motorcade of more than twenty cars escorting the delegation from ${s.giverCountry} between engagements.`,
  (s) => `Officials from ${s.recipientCountry} said a formal reply was being prepared and that a return visit to ${s.giverCountry} could take place in the spring, when a joint commission on infrastructure is due to meet for the first time.`,
  (s) => `Newspapers in ${s.giverCountry} gave the ceremony prominent coverage, with several printing photographs of ${s.giver} and ${s.recipient} standing beside the ${s.item} in the great hall of the parliament in ${s.city}.`,
  (s) => `Critics of ${s.giver} said the government should have spent the money on schools instead, but officials in ${s.city} insisted that the ${s.item} had been paid for from the presidency's own hospitality budget.`,
];

interface Story {
  giver: string;
  recipient: string;
  spokesperson: string;
  envoy: string;
  curator: string;
  giverCountry: string;
  recipientCountry: string;
  city: string;
  item: string;
}

export interface SyntheticArticle {
  name: string;
  content: string;
}

function story(s: number): Story {
  return {
    giver: person(s * 4 + 1),
    recipient: person(s * 4 + 2),
    spokesperson: person(s * 4 + 3),
    envoy: person(s * 4 + 4),
    curator: person(s * 4 + 100_003),
    giverCountry: `${capital(word(s * 2 + 1, 3))}ia`,
    recipientCountry: `${capital(word(s * 2 + 2, 3))}and`,
    city: `${capital(word(s + 5000, 3))}burg`,
    item: `${pick(ADJECTIVES, s)} ${pick(OBJECTS, Math.floor(s / ADJECTIVES.length) + s)}`,
  };
}

/** Article `k` of story `s`: the same story facts, different outlets, dates and wording. */
export function syntheticArticle(s: number, k: number): SyntheticArticle {
  const t = story(s);
  const outlet = pick(OUTLETS, s + k);
  const day = 1 + ((s + k * 3) % 27);
  const month = 1 + (Math.floor(s / 27) % 12);
  const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const background = Array.from({ length: 10 + (k % 3) }, (_, i) => pick(BACKGROUND, s + k + i)(t));
  const paragraphs = [
    `The government of ${t.recipientCountry} on Tuesday confirmed that President ${t.giver} of ${t.giverCountry} gave ${t.recipient} a rare ${t.item} during a state visit to ${t.city}, spokesperson ${t.spokesperson} said.`,
    `The ${t.item} was handed to special envoy ${t.envoy} at a ceremony in ${t.city}, according to ${t.spokesperson}, who described it as a gesture of goodwill between ${t.giverCountry} and ${t.recipientCountry}.`,
    `"This gift reflects the respect our people have for one another, and we intend to keep it where every citizen can see it," ${t.recipient} told reporters on the steps of the parliament building in ${t.city}.`,
    ...background,
    `${t.curator}, a curator who examined the ${t.item} for ${outlet}, said it was in remarkable condition. "Pieces like this rarely leave a national collection, so this was a considered choice," ${t.curator} said.`,
    `${t.envoy} said the exchange had taken months to prepare. "We wanted something that speaks of our shared history rather than of politics," ${t.envoy} said in an interview published by ${outlet}.`,
  ];
  return {
    name: `story-${s}-article-${k}.json`,
    content: JSON.stringify({ source: outlet, publishedAt: date, title: `${t.giverCountry} gives ${t.item} to ${t.recipientCountry}`, body: paragraphs.join('\n\n') }),
  };
}
