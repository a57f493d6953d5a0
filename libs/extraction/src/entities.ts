/** Article entities and weighted key terms for story matching. */
import type { ArticleEntities } from '@storyline/domain';
import type { Doc } from './nlp/document';
import { LETTER_CLASS } from './nlp/models';

const STOP = new Set('about above after again against also although among another because been before being below between both could does doing during each either enough every from further have having here hers herself himself however including into itself just many might more most much must neither never other others ought over same several should since some such than that their theirs them themselves then there these they this those though through under until upon very were what when where which while whom whose will with within without would year years your said says told added according reported time times people week weeks month months today yesterday last first second new news read more support now image gallery open also just like made make makes back well even still around across ago later earlier'.split(' '));

export function entitiesOf(doc: Doc): ArticleEntities {
  const people = new Set<string>();
  const organizations = new Set<string>();
  const places = new Set<string>();
  for (const s of doc.sentences) {
    for (const m of s.mentions) {
      if (m.inQuote && m.kind !== 'person') continue;
      if (m.kind === 'person' && (m.name.includes(' ') || !m.indirect)) people.add(m.name);
      else if (m.kind === 'org' && (!m.indirect || /\p{Lu}/u.test(m.name))) organizations.add(m.name);
      else if (m.kind === 'place') places.add(m.name);
    }
  }
  return { people: [...people], organizations: [...organizations], places: [...places], terms: termsOf(doc, [...people, ...organizations, ...places]) };
}

/**
 * Term weights: log-scaled counts of content words (5+ letters, not stop words), with names counted
 * as single terms and boosted, normalised so the heaviest term weighs 1.
 */
function termsOf(doc: Doc, names: string[]): Record<string, number> {
  const counts = new Map<string, number>();
  const add = (t: string, w: number) => counts.set(t, (counts.get(t) ?? 0) + w);
  // A name's words ("Mendes's") are already counted in the name.
  const nameWords = new Set(names.flatMap((n) => n.toLowerCase().split(/[\s-]+/)));
  for (const m of doc.body.toLowerCase().matchAll(WORD)) {
    const word = m[0].replace(/['’]s$/, '');
    if (STOP.has(word) || nameWords.has(word) || isTimeWord(word)) continue;
    const w = word.endsWith('s') ? word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '') : word;
    if (!STOP.has(w)) add(w, 1);
  }
  for (const n of names) add(n.toLowerCase(), 3);
  const weighted = [...counts].map(([t, c]) => [t, 1 + Math.log(c)] as const).sort((a, b) => b[1] - a[1]).slice(0, 40);
  const top = weighted[0]?.[1] ?? 1;
  return Object.fromEntries(weighted.map(([t, w]) => [t, Math.round((w / top) * 1000) / 1000]));
}

/**
 * Days, months and spans ("Tuesday", "two-week", "four-year-old") say when, not what: every story
 * has them, and sharing one says nothing about two articles being the same story.
 */
const SPAN = /(^|-)(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w*teen|twenty|thirty|forty|fifty|hundred|half|several|few|\d+)-/;
const CALENDAR_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const isTimeWord = (word: string) => CALENDAR_WORD.test(word) || (word.includes('-') && SPAN.test(word));

const WORD = new RegExp(`(?<![${LETTER_CLASS}0-9_])[${LETTER_CLASS}][${LETTER_CLASS}-]{4,}(?![${LETTER_CLASS}0-9_])`, 'g');
