import { datesCompatible, isPartialDate } from '../dates';
import type { ContradictionField, ContradictionValue } from '../events';
import { QUOTE_KEY_PREFIX } from '../fact-key';
import type { NameResolver } from '../names';
import type { Contradiction } from '../state';
import { headline, unquote } from '../summaries';
import type { DevelopmentType } from '../taxonomy';
import { fold, normalizeAmount } from '../words';
import { type FactGroup, speakersCompatible } from './facts';
import { datedFactKey, type DatedValue } from './members';
import { byKey } from './syndication';

/**
 * Open contradictions, recomputed from each fact's value sets: every value stays on the record
 * with the articles behind it; nothing is resolved by dropping a side.
 */

/** Types whose own date is part of the fact (a gift is handed over once); a statement's date is often just when it was reported. */
const DATED_TYPES: ReadonlySet<DevelopmentType> = new Set(['GiftGiven', 'ActionTaken']);

interface Observation {
  readonly norm: string;
  readonly display: string;
  readonly articleId: string;
}

/** `observations` come in coverage order, so each side's display and article list follow it. */
function sides(observations: readonly Observation[], compatible: (a: string, b: string) => boolean): ContradictionValue[] | null {
  const byNorm = new Map<string, { value: string; articleIds: string[] }>();
  for (const { norm, display, articleId } of observations) {
    const side = byNorm.get(norm) ?? { value: display, articleIds: [] };
    if (!side.articleIds.includes(articleId)) side.articleIds.push(articleId);
    byNorm.set(norm, side);
  }
  const entries = [...byNorm.entries()];
  const disagree = entries.some(([a, sideA], i) =>
    entries.slice(i + 1).some(([b, sideB]) => !compatible(a, b) && sideA.articleIds.some((x) => sideB.articleIds.some((y) => x !== y))),
  );
  if (!disagree) return null;
  // A vaguer value that fits every other ("2024" beside "2024-07-13" and "2024-06") takes no side.
  return entries.filter(([a]) => entries.some(([b]) => !compatible(a, b))).map(([, side]) => side);
}

const equal = (a: string, b: string) => a === b;

/**
 * An article that gives one subject two conflicting values ("the gift" of 2018 and of 2025) is
 * naming several things by one word, so outlets cannot be said to disagree about it.
 */
function selfConsistent(observations: readonly Observation[], compatible: (a: string, b: string) => boolean): boolean {
  const byArticle = new Map<string, string[]>();
  for (const { articleId, norm } of observations) {
    const seen = byArticle.get(articleId) ?? [];
    if (seen.some((other) => !compatible(other, norm))) return false;
    byArticle.set(articleId, [...seen, norm]);
  }
  return true;
}

const dateCompatible = (a: string, b: string) => (isPartialDate(a) && isPartialDate(b) ? datesCompatible(a, b) : a === b);

export function findContradictions(groups: readonly FactGroup[], dated: readonly DatedValue[], names: NameResolver): Contradiction[] {
  const found: Contradiction[] = [];
  const add = (field: ContradictionField, factKey: string, subject: string, values: ContradictionValue[] | null) => {
    if (values) found.push({ field, factKey, subject, values });
  };
  for (const { fact, members } of groups) {
    const observe = (slot: (m: (typeof members)[number]) => string | null | undefined, norm: (value: string) => string, display = (v: string) => v) =>
      members.flatMap((m) => {
        const value = slot(m);
        return value ? [{ norm: norm(value), display: display(value), articleId: m.development.articleId }] : [];
      });
    const { value: _value, ...withoutValue } = fact.slots;
    const subject = headline(fact.type, withoutValue).text;
    if (fact.factKey.startsWith(QUOTE_KEY_PREFIX)) {
      const speakers = observe((m) => m.slots.speaker, names.key, names.resolve);
      add('speaker', fact.factKey, `“${unquote(fact.slots.quote ?? '')}”`, sides(speakers, speakersCompatible(members, names)));
    }
    add('amount', fact.factKey, subject, sides(observe((m) => m.slots.value, normalizeAmount), equal));
    if (DATED_TYPES.has(fact.type)) add('date', fact.factKey, subject, sides(observe((m) => m.development.occurredAt, (d) => d), dateCompatible));
  }
  const subjects = new Map<string, DatedValue[]>();
  for (const value of dated) {
    const key = `${value.field}|${value.subjectKey}`;
    const list = subjects.get(key);
    if (list) list.push(value);
    else subjects.set(key, [value]);
  }
  for (const unordered of subjects.values()) {
    const values = [...unordered].sort(byKey);
    const { field, subjectKey, subject } = values[0];
    const norm = field === 'amount' ? normalizeAmount : (v: string) => (isPartialDate(v) ? v : fold(v));
    const compatible = field === 'date' ? dateCompatible : equal;
    const observations = values.map((v) => ({ norm: norm(v.value), display: v.value, articleId: v.articleId }));
    if (!selfConsistent(observations, compatible)) continue;
    add(field, datedFactKey(subjectKey), subject, sides(observations, compatible));
  }
  return found.sort((a, b) => (`${a.field}|${a.factKey}` < `${b.field}|${b.factKey}` ? -1 : 1));
}
