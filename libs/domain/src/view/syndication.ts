import { compareDates, dateSortKey } from '../dates';
import { outletKey } from '../fact-key';
import type { PartialDate } from '../taxonomy';
import type { StoryLedger } from '../state';

/**
 * Who is independent. Near-duplicate links form clusters; in each, the earliest article (or one
 * outside the story, which was there first; on the same day, the one reporting more) is the
 * original and the rest are copies. Deciding by
 * date rather than by which article was flagged at ingestion keeps the answer order-free.
 */

export interface ArticleRole {
  /** The cluster's original when this article is a syndicated copy, else null. */
  readonly original: string | null;
  /** Outlet identity; an article without a source counts as an outlet of its own. */
  readonly outlet: string;
}

export const compareCoverage = (a: { date: PartialDate; id: string }, b: { date: PartialDate; id: string }): number =>
  compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `compareCoverage` as a string key: by date, then by ids (NUL-separated, so a shorter id sorts first). */
export function coverageKey(date: PartialDate, ...ids: string[]): string {
  let key = dateSortKey(date);
  for (const id of ids) key += `\u0000${id}`;
  return key;
}

export const byKey = (a: { order: string }, b: { order: string }): number => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0);

export function articleRoles(ledger: StoryLedger): Map<string, ArticleRole> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  for (const [a, b] of Object.values(ledger.syndication)) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const clusters = new Map<string, string[]>();
  for (const id of parent.keys()) clusters.set(find(id), [...(clusters.get(find(id)) ?? []), id]);

  const originals = new Map<string, string>();
  // Same day, the copy is the one that tells less (a wire copy trims the story, never adds to it).
  const told = new Map<string, number>();
  if (clusters.size > 0) for (const d of Object.values(ledger.developments)) told.set(d.articleId, (told.get(d.articleId) ?? 0) + 1);
  for (const ids of clusters.values()) {
    const outside = ids.filter((id) => !ledger.articles[id]).sort();
    const inside = ids
      .filter((id) => ledger.articles[id])
      .map((id) => ({ id, date: ledger.articles[id].publishedAt }))
      .sort((a, b) => compareDates(a.date, b.date) || (told.get(b.id) ?? 0) - (told.get(a.id) ?? 0) || compareCoverage(a, b));
    const original = outside[0] ?? inside[0]?.id;
    for (const { id } of inside) if (id !== original) originals.set(id, original);
  }

  const roles = new Map<string, ArticleRole>();
  for (const article of Object.values(ledger.articles)) {
    const outlet = article.source ? outletKey(article.source) : '';
    roles.set(article.articleId, {
      original: originals.get(article.articleId) ?? null,
      outlet: outlet || `article:${article.articleId}`,
    });
  }
  return roles;
}
