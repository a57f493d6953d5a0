import { datesCompatible, isPartialDate } from '../dates';
import type { ContradictionField, ContradictionValue } from '../events';
import { QUOTE_KEY_PREFIX } from '../fact-key';
import type { NameResolver } from '../names';
import type { Contradiction } from '../state';
import { headline, unquote } from '../summaries';
import type { DevelopmentType } from '../taxonomy';
import { contentWords, fold, normalizeAmount, stem } from '../words';
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
  /** Words of the sentence beyond the subject's own, when two values must be shown to concern one thing. */
  readonly context?: ReadonlySet<string>;
}

/**
 * Two observations may disagree: from different articles and, when they carry their sentences'
 * words, sharing one of them. "Removed two herons in 2019" and "removed a hoarding on Tuesday"
 * date two removals, not one removal twice.
 */
function related(a: Observation, b: Observation): boolean {
  if (a.articleId === b.articleId) return false;
  // a sentence that says nothing beyond the subject cannot show it is about something else
  if (!a.context?.size || !b.context?.size) return true;
  for (const word of a.context) if (b.context.has(word)) return true;
  return false;
}

/** `observations` come in coverage order, so each side's display and article list follow it. */
function sides(observations: readonly Observation[], compatible: (a: string, b: string) => boolean): ContradictionValue[] | null {
  const byNorm = new Map<string, { value: string; articleIds: string[]; seen: Observation[] }>();
  for (const observation of observations) {
    const side = byNorm.get(observation.norm) ?? { value: observation.display, articleIds: [], seen: [] };
    if (!side.articleIds.includes(observation.articleId)) side.articleIds.push(observation.articleId);
    side.seen.push(observation);
    byNorm.set(observation.norm, side);
  }
  const entries = [...byNorm.entries()];
  const against = ([a, sideA]: (typeof entries)[number], [b, sideB]: (typeof entries)[number]) =>
    !compatible(a, b) && sideA.seen.some((x) => sideB.seen.some((y) => related(x, y)));
  // A vaguer value that fits every other ("2024" beside "2024-07-13" and "2024-06"), or one about
  // something else, takes no side.
  const taking = entries.filter((entry) => entries.some((other) => against(entry, other)));
  return taking.length ? taking.map(([, { value, articleIds }]) => ({ value, articleIds })) : null;
}

/** Normalised amounts ("eur 3100000") agree when the numbers do and a currency left unsaid could be the other's. */
function amountCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [a.split(' '), b.split(' ')];
  return x[x.length - 1] === y[y.length - 1] && (x.length === 1 || y.length === 1);
}

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

/**
 * Stems of a sentence's longer common words, other than the subject's: what was done to what.
 * Names are left out, as every article of a story shares its places and principals.
 */
function contextWords(evidence: string, subjectKey: string): ReadonlySet<string> {
  const key = `${subjectKey}\u0000${evidence}`;
  let words = CONTEXTS.get(key);
  if (!words) {
    if (CONTEXTS.size >= 20_000) CONTEXTS.clear();
    CONTEXTS.set(key, (words = computeContextWords(evidence, subjectKey)));
  }
  return words;
}

/** Stories are derived again on every change; their sentences are not. */
const CONTEXTS = new Map<string, ReadonlySet<string>>();

function computeContextWords(evidence: string, subjectKey: string): ReadonlySet<string> {
  // the subject's words in any form ("removal", "removed")
  const subject = subjectKey.split(' ').map((w) => w.slice(0, 5));
  const words = new Set<string>();
  for (const word of contentWords(evidence.replace(CAPITALISED, ' '))) {
    if (word.length < 5 || /\d/.test(word) || CALENDAR_AND_SCALE.has(word) || subject.includes(word.slice(0, 5))) continue;
    words.add(stem(word));
  }
  return words;
}

const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'’-]*/gu;
/** Words every dated or counted sentence may share: months, weekdays, scales. */
const CALENDAR_AND_SCALE = new Set('january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday million billion'.split(' '));

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
    add('amount', fact.factKey, subject, sides(observe((m) => m.slots.value, normalizeAmount), amountCompatible));
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
    const compatible = field === 'date' ? dateCompatible : amountCompatible;
    const observations = values.map((v) => ({ norm: norm(v.value), display: v.value, articleId: v.articleId, context: contextWords(v.evidence, subjectKey) }));
    if (!selfConsistent(observations, compatible)) continue;
    add(field, datedFactKey(subjectKey), subject, sides(observations, compatible));
  }
  return found.sort((a, b) => (`${a.field}|${a.factKey}` < `${b.field}|${b.factKey}` ? -1 : 1));
}
