import { latestDate } from '../dates';
import { nameResolver, type NameResolver } from '../names';
import { PARTY_SLOTS } from '../slots';
import type { ArticleSummary, Contradiction, CorrectionRecord, StoryLedger, StoryView } from '../state';
import { sentence } from '../summaries';
import { fold } from '../words';
import { findContradictions } from './contradictions';
import { type FactGroup, groupFacts } from './facts';
import { effectiveMembers, type Effective, type EffectiveOptions } from './members';
import { articleRoles, type ArticleRole, compareCoverage } from './syndication';

/** Everything the view is computed from, exposed for the changelog, which reads history from the same analysis. */
export interface Analysis {
  readonly roles: Map<string, ArticleRole>;
  readonly names: NameResolver;
  readonly effective: Effective;
  readonly groups: readonly FactGroup[];
  readonly contradictions: readonly Contradiction[];
  readonly corrections: readonly CorrectionRecord[];
}

const CURRENT: EffectiveOptions = { reviews: true, corrections: true };

/**
 * Analyses of the last few ledgers, by the options that matter for them. The view and then the
 * changelog ask for up to three analyses of one ledger, which are one and the same unless the
 * story has editor reviews or corrections. Ledgers are never changed once analysed (folds work
 * on a fresh draft), so a kept analysis stays valid; only a few are kept, to hold little memory.
 */
const recent = new Map<StoryLedger, { reviews: boolean; corrections: boolean; analyses: Map<string, Analysis> }>();
const RECENT_LEDGERS = 4;

export function analyse(ledger: StoryLedger, options: EffectiveOptions = CURRENT): Analysis {
  let kept = recent.get(ledger);
  if (!kept) {
    if (recent.size >= RECENT_LEDGERS) recent.delete(recent.keys().next().value!);
    kept = { reviews: hasAny(ledger.reviews), corrections: hasCorrection(ledger), analyses: new Map() };
    recent.set(ledger, kept);
  }
  // Without reviews or corrections in the ledger, applying them changes nothing.
  const key = `${options.reviews && kept.reviews}|${options.corrections && kept.corrections}`;
  const known = kept.analyses.get(key);
  if (known) return known;
  const analysis = analyseAfresh(ledger, options);
  kept.analyses.set(key, analysis);
  return analysis;
}

function hasAny(record: Readonly<Record<string, unknown>>): boolean {
  for (const _ in record) return true;
  return false;
}

function hasCorrection(ledger: StoryLedger): boolean {
  for (const id in ledger.developments) if (ledger.developments[id].type === 'CorrectionIssued') return true;
  return false;
}

function analyseAfresh(ledger: StoryLedger, options: EffectiveOptions): Analysis {
  const roles = articleRoles(ledger);
  const effective = effectiveMembers(ledger, roles, options);
  const known = new Set<string>();
  for (const article of Object.values(ledger.articles)) for (const person of article.entities.people) known.add(person);
  // The resolver depends on the set of names only, so the order they are added in does not matter.
  for (const { slots } of effective.members) for (const slot of Object.keys(slots)) if (PARTY_SLOTS.has(slot) && slots[slot]) known.add(slots[slot]);
  const names = nameResolver(known);
  const groups = groupFacts(effective.members, ledger, roles, names);
  const contradictions = findContradictions(groups, effective.dated, names);
  const corrections = [...groups.flatMap((g) => g.fact.corrections), ...effective.datedCorrections].sort((a, b) =>
    `${a.articleId}|${a.factKey}|${a.field}|${a.from}` < `${b.articleId}|${b.factKey}|${b.field}|${b.from}` ? -1 : 1,
  );
  return { roles, names, effective, groups, contradictions, corrections };
}

export function deriveView(storyId: string, ledger: StoryLedger): StoryView {
  const analysis = analyse(ledger);
  const articles: ArticleSummary[] = Object.values(ledger.articles)
    .map(({ articleId, source, publishedAt, dateInferred, url, title }) => ({
      articleId,
      source,
      publishedAt,
      dateInferred,
      url,
      title,
      nearDuplicateOf: analysis.roles.get(articleId)?.original ?? null,
    }))
    .sort((a, b) => compareCoverage({ date: a.publishedAt, id: a.articleId }, { date: b.publishedAt, id: b.articleId }));
  const facts = analysis.groups.map((group) => group.fact);
  const titled = articles.find((article) => article.title);
  return {
    storyId,
    title: titled?.title ?? (facts[0] ? sentence(facts[0].type, facts[0].slots) : 'Untitled story'),
    articles,
    facts,
    contradictions: analysis.contradictions,
    corrections: analysis.corrections,
    people: uniqueSorted(Object.values(ledger.articles).flatMap((a) => a.entities.people.map(analysis.names.resolve)), fold),
    organizations: uniqueSorted(Object.values(ledger.articles).flatMap((a) => a.entities.organizations), (o) => fold(o).replace(/^the /, '')),
    lastUpdated: latestDate(articles.map((a) => a.publishedAt)),
    mergedInto: ledger.mergedInto,
  };
}

/** One spelling per key (the first in sort order, so the pick depends on the set only), sorted. */
function uniqueSorted(values: string[], key: (value: string) => string): string[] {
  const chosen = new Map<string, string>();
  for (const value of values) {
    const k = key(value);
    if (!k) continue;
    const current = chosen.get(k);
    if (current === undefined || value < current) chosen.set(k, value);
  }
  return [...chosen.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
