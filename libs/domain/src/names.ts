import { memoize } from './memo';
import { fold } from './words';

/**
 * Person names as outlets write them ("Russian President X Y", "Y's", "Y") resolved to the full
 * name the story knows ("X Y"). The resolver is built from the whole set of names a story has
 * seen, so the result depends on that set, never on the order the names arrived in.
 */

const TITLES = new Set(
  (
    'mr mrs ms miss dr prof sir dame lord lady president vice prime minister pm secretary senator sen rep ' +
    'representative congressman congresswoman governor gov mayor king queen prince princess pope chancellor ' +
    'general gen colonel col judge justice chief ceo chairman chairwoman chair spokesperson spokesman ' +
    'spokeswoman envoy special ambassador artist author painter writer leader former then late us u.s.'
  ).split(' '),
);

const isTitle = (token: string) => TITLES.has(token.toLowerCase().replace(/\.$/, ''));
const isLowercase = (token: string) => token[0] === token[0].toLowerCase() && token[0] !== token[0].toUpperCase();

/** Display form: possessive, leading titles and qualifiers dropped ("Russian President X Y's" gives "X Y"). */
export const cleanName = memoize((raw: string): string => {
  const tokens = raw
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s?\s*$/i, '')
    .replace(/[“”"(),]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (tokens.length > 1 && (isTitle(tokens[0]) || isLowercase(tokens[0]) || isTitle(tokens[1]))) tokens.shift();
  return tokens.join(' ');
});

export interface NameResolver {
  /** The full display name the story knows for `name`, else `name` cleaned. */
  resolve(name: string): string;
  /** A comparison key for `name` (resolved, then folded). */
  key(name: string): string;
}

interface KnownName {
  display: string;
  tokens: string[];
}

export function nameResolver(knownNames: Iterable<string>): NameResolver {
  const byKey = new Map<string, KnownName>();
  for (const raw of knownNames) {
    const display = cleanName(raw);
    const folded = fold(display);
    const tokens = folded.split(' ').filter(Boolean);
    if (tokens.length < 2) continue;
    const existing = byKey.get(folded);
    // Several spellings of one name: keep the first in sort order so the choice is set-determined.
    if (!existing || display < existing.display) byKey.set(folded, { display, tokens });
  }
  const known = [...byKey.values()];

  const endsWith = (whole: string[], part: string[]) =>
    part.length <= whole.length && part.every((token, i) => whole[whole.length - part.length + i] === token);
  const unique = (candidates: KnownName[]) => (candidates.length === 1 ? candidates[0] : undefined);

  const find = (tokens: string[]): KnownName | undefined => {
    const exact = byKey.get(tokens.join(' '));
    if (exact) return exact;
    if (tokens.length === 1) {
      const bySurname = known.filter((name) => name.tokens[name.tokens.length - 1] === tokens[0]);
      if (bySurname.length > 0) return unique(bySurname);
      return unique(known.filter((name) => name.tokens[0] === tokens[0]));
    }
    // "Jong Un" inside a longer known name, or a known name after extra leading words.
    const longer = unique(known.filter((name) => endsWith(name.tokens, tokens)));
    if (longer) return longer;
    const inside = known.filter((name) => endsWith(tokens, name.tokens));
    return inside.sort((a, b) => b.tokens.length - a.tokens.length || (a.display < b.display ? -1 : 1))[0];
  };

  const resolve = memoize((name: string): string => {
    const cleaned = cleanName(name);
    const tokens = fold(cleaned).split(' ').filter(Boolean);
    if (tokens.length === 0) return cleaned;
    return find(tokens)?.display ?? cleaned;
  });
  return { resolve, key: memoize((name: string): string => fold(resolve(name))) };
}
