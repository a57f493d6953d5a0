import type { CorrectionApplied, OutletsContradicted, StoryEvent } from './events';
import type { StoryState } from './state';

/**
 * Derived events announce what changed in the view: a contradiction that appeared or gained a
 * new value, a correction newly applied. The view itself recomputes both from the ledger; these
 * events are the record for the changelog and subscribers.
 */
export function derivedEvents(before: StoryState, after: StoryState): StoryEvent[] {
  const known = new Map(before.contradictions.map((c) => [`${c.field}|${c.factKey}`, new Set(c.values.map((v) => v.value))]));
  const contradictions: OutletsContradicted[] = after.contradictions
    .filter((c) => {
      const values = known.get(`${c.field}|${c.factKey}`);
      return !values || c.values.some((v) => !values.has(v.value));
    })
    .map(({ field, factKey, subject, values }) => ({ type: 'ContradictionNoted', data: { field, factKey, subject, values } }));

  const correctionKey = (c: { factKey: string; field: string; from: string; to: string; articleId: string }) =>
    [c.factKey, c.field, c.from, c.to, c.articleId].join('|');
  const applied = new Set(before.corrections.map(correctionKey));
  const corrections: CorrectionApplied[] = after.corrections
    .filter((c) => !applied.has(correctionKey(c)))
    .map(({ factKey, field, from, to, articleId }) => ({ type: 'CorrectionApplied', data: { factKey, field, from, to, articleId } }));

  return [...contradictions, ...corrections];
}
