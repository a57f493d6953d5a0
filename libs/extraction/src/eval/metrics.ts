/**
 * Matching predictions to gold events. A prediction matches a gold event when
 *  - the type matches, counting a specific type and the general type it refines as the same
 *    (scored under the general type: GiftConfirmed predicted for gold ClaimConfirmed is a hit for
 *    ClaimConfirmed, and vice versa);
 *  - the key slot (KEY_SLOT) matches after normalisation: case, possessive, title words; a bare
 *    surname matches the full name when it is the last token; free-text keys (a claim) match on
 *    half of their words;
 *  - the evidence overlaps: one contains the other, or they share at least half their tokens.
 * Each gold event is matched at most once (greedy, in order).
 */
import { KEY_SLOT, REFINES, type DevelopmentType, type Finding } from '@storyline/domain';
import type { Counts, EvalArticle, GoldEvent, Scores, SplitReport } from './types';

const general = (t: DevelopmentType): DevelopmentType => REFINES[t] ?? t;
const tokens = (s: string): string[] => s.toLowerCase().replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];

export function keyMatches(predicted: string, gold: string, freeText = false): boolean {
  const p = tokens(predicted);
  const g = tokens(gold);
  if (!p.length || !g.length) return false;
  if (p.join(' ') === g.join(' ')) return true;
  if (freeText) return overlap(p, g) >= 0.5;
  const [short, long] = p.length <= g.length ? [p, g] : [g, p];
  return short[short.length - 1] === long[long.length - 1] && short.every((t: string) => long.includes(t));
}

function overlap(a: string[], b: string[]): number {
  const sb = new Set(b);
  const shared = a.filter((t) => sb.has(t)).length;
  return shared / Math.min(a.length, b.length);
}

export function evidenceMatches(predicted: string, gold: string): boolean {
  const p = predicted.trim();
  const g = gold.trim();
  if (p.includes(g) || g.includes(p)) return true;
  return overlap(tokens(p), tokens(g)) >= 0.5;
}

export function findingMatches(f: Finding, g: GoldEvent): boolean {
  if (general(f.type) !== general(g.type)) return false;
  const slot = KEY_SLOT[f.type];
  const value = String((f.data as unknown as Record<string, unknown>)[slot] ?? '');
  return keyMatches(value, g.key, slot === 'claim') && evidenceMatches(f.evidence, g.evidence);
}

export function scoreArticles(articles: EvalArticle[]): SplitReport {
  const per = new Map<string, Counts>();
  const bump = (t: DevelopmentType, k: keyof Counts) => {
    const c = per.get(general(t)) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    per.set(general(t), c);
  };
  for (const a of articles) {
    const unmatched = [...a.gold];
    for (const f of a.predicted) {
      const i = unmatched.findIndex((g) => findingMatches(f, g));
      if (i >= 0) {
        bump(unmatched[i].type, 'tp');
        unmatched.splice(i, 1);
      } else bump(f.type, 'fp');
    }
    for (const g of unmatched) bump(g.type, 'fn');
  }
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const perType: Record<string, Scores> = {};
  for (const [t, c] of [...per].sort(([a], [b]) => a.localeCompare(b))) {
    perType[t] = scores(c);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return { overall: scores(total), perType, articles: articles.length };
}

export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** Pairwise clustering scores: two articles of one gold story should share a predicted story. */
export function clusterScores(gold: Array<string | null>, predicted: Array<string | null>): { pairPrecision: number; pairRecall: number; pairF1: number; unrelatedKeptApart: number } {
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < gold.length; i++) {
    for (let j = i + 1; j < gold.length; j++) {
      const same = gold[i] !== null && gold[i] === gold[j];
      const together = predicted[i] !== null && predicted[i] === predicted[j];
      if (same && together) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  }
  const unrelated = gold.map((g, i) => [g, predicted[i]]).filter(([g]) => g === null);
  const apart = unrelated.filter(([, p]) => p === null || predicted.filter((x) => x === p).length === 1).length;
  const s = scores({ tp, fp, fn });
  return { pairPrecision: s.precision, pairRecall: s.recall, pairF1: s.f1, unrelatedKeptApart: unrelated.length ? apart / unrelated.length : 1 };
}
