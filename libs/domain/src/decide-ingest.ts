import type { IngestArticle, RereadArticle } from './commands';
import { isPartialDate } from './dates';
import { derivedEvents } from './derived';
import { ArticleNotInStory, InvalidStoryCommand, StoryAlreadyOpened, StoryClosed, StoryNotFound } from './errors';
import { isDevelopmentEvent, type ArticleLinked, type ArticleReread, type DevelopmentEvent, type FactCorroborated, type StoryEvent, type StoryOpened } from './events';
import { foldEvents } from './evolve';
import type { StoryLedger, StoryState } from './state';
import { definedSlots } from './slots';
import { sentence } from './summaries';
import type { DevelopmentType, Finding } from './taxonomy';
import { analyse } from './view/derive';

/**
 * Ingesting an article: link it, record each finding as a development (kept for provenance even
 * when it only repeats a known fact), then announce what that changed: corroborations,
 * contradictions, corrections. An article already in the story decides nothing (retries are safe).
 */
export function decideIngest(command: IngestArticle, state: StoryState): StoryEvent[] {
  return decideIngestAndFold(command, state).events;
}

/**
 * `decideIngest`, with the state the story reaches by those events: the state the decision had
 * to work out anyway, equal to `foldEvents(events, state)` (derived events and corroborations
 * change nothing the ledger records), so a caller can keep it instead of folding again.
 */
export function decideIngestAndFold(command: IngestArticle, state: StoryState): { events: StoryEvent[]; state: StoryState } {
  const { storyId, article, findings, datedFacts, entities, isNewStory } = command.data;
  validate(command);
  if (state.ledger.mergedInto !== null) throw new StoryClosed(storyId, state.ledger.mergedInto);
  if (!state.ledger.opened && !isNewStory) throw new StoryNotFound(storyId);
  if (state.ledger.opened && isNewStory) throw new StoryAlreadyOpened(storyId);
  if (state.ledger.articles[article.articleId]) return { events: [], state };

  const opened: StoryOpened[] = state.ledger.opened
    ? []
    : [{ type: 'StoryOpened', data: { storyId, title: openingTitle(article.title, findings), openedBy: article.articleId } }];
  const linked: ArticleLinked = {
    type: 'ArticleLinked',
    data: {
      storyId,
      articleId: article.articleId,
      source: article.source,
      publishedAt: article.publishedAt,
      dateInferred: article.dateInferred,
      url: article.url,
      title: article.title,
      nearDuplicateOf: article.nearDuplicateOf,
      entities: { people: entities.people, organizations: entities.organizations, places: entities.places },
      datedFacts,
    },
  };
  const developments = findings.map(
    (finding, index) =>
      ({
        type: finding.type,
        data: {
          developmentId: `${article.articleId}:${index}`,
          articleId: article.articleId,
          slots: definedSlots(finding.data),
          evidence: finding.evidence,
          confidence: finding.confidence,
          occurredAt: finding.occurredAt,
          factKey: '',
        },
      }) as DevelopmentEvent,
  );
  const after = foldEvents([...opened, linked, ...developments], state);

  // The fact each development joined, as the story resolves it with this article included.
  const factOf = new Map(after.facts.flatMap((fact) => fact.developmentIds.map((id) => [id, fact] as const)));
  // The fold just analysed this ledger (and keeps the analysis): its roles cost nothing more.
  const roles = analyse(after.ledger).roles;
  const role = roles.get(article.articleId);
  const withProvenance = developments.flatMap((development): StoryEvent[] => {
    const fact = factOf.get(development.data.developmentId);
    const keyed = { ...development, data: { ...development.data, factKey: fact?.factKey ?? '' } } as DevelopmentEvent;
    const others = fact?.sources.filter((source) => source.articleId !== article.articleId) ?? [];
    const own = fact?.sources.find((source) => source.articleId === article.articleId);
    // A repeat that disagrees (another speaker for the same quote) is a contradiction, not a corroboration.
    if (!fact || others.length === 0 || !own?.agrees) return [keyed];
    const outlets = new Set(others.map((source) => roles.get(source.articleId)?.outlet));
    const independent = role !== undefined && role.original === null && !outlets.has(role.outlet);
    const corroborated: FactCorroborated = {
      type: 'FactCorroborated',
      data: { factKey: fact.factKey, articleId: article.articleId, developmentId: development.data.developmentId, independent },
    };
    return [keyed, corroborated];
  });
  return { events: [...opened, linked, ...withProvenance, ...derivedEvents(state, after)], state: after };
}

/**
 * Reading an article again: the story as if it had never had the article, the article ingested
 * into that, and nothing at all when the new reading records what the old one did. What the
 * change announces (contradictions, corrections) is measured against the story as it was.
 */
export function decideRereadAndFold(command: RereadArticle, state: StoryState): { events: StoryEvent[]; state: StoryState } {
  const { storyId, article } = command.data;
  if (state.ledger.mergedInto !== null) throw new StoryClosed(storyId, state.ledger.mergedInto);
  if (!state.ledger.articles[article.articleId]) throw new ArticleNotInStory(article.articleId);
  const reread: ArticleReread = { type: 'ArticleReread', data: { articleId: article.articleId, storyId } };
  const without = foldEvents([reread], state);
  const ingested = decideIngestAndFold({ type: 'IngestArticle', data: { ...command.data, isNewStory: false } }, without);
  if (sameReading(state.ledger, ingested.state.ledger, article.articleId)) return { events: [], state };
  const recorded = ingested.events.filter((e) => e.type === 'ArticleLinked' || isDevelopmentEvent(e));
  return { events: [reread, ...recorded, ...derivedEvents(state, ingested.state)], state: ingested.state };
}

function sameReading(a: StoryLedger, b: StoryLedger, articleId: string): boolean {
  const reading = (ledger: StoryLedger) =>
    JSON.stringify([ledger.articles[articleId], Object.values(ledger.developments).filter((d) => d.articleId === articleId).sort((x, y) => (x.developmentId < y.developmentId ? -1 : 1))]);
  return reading(a) === reading(b);
}

/**
 * An untitled article's story is named after its main development: the gift, the unmasking or the
 * act it reports before the reactions to it, the first of a kind in the text.
 */
const TITLE_ORDER: readonly DevelopmentType[] = [
  'GiftConfirmed', 'GiftGiven', 'ArtistRevealed', 'AuthorRevealed', 'IdentityRevealed', 'ActionTaken', 'CorrectionIssued',
  'RebukeIssued', 'DenialIssued', 'ClaimConfirmed', 'ClaimReported', 'ContradictionNoted', 'StatementIssued',
];

function openingTitle(title: string | null, findings: readonly Finding[]): string {
  if (title) return title;
  const rank = (f: Finding) => TITLE_ORDER.indexOf(f.type);
  const main = findings.reduce<Finding | undefined>((best, f) => (!best || rank(f) < rank(best) ? f : best), undefined);
  return main ? sentence(main.type, main.data as Record<string, string | undefined>) : 'Untitled story';
}

function validate(command: IngestArticle): void {
  const { storyId, article, findings } = command.data;
  const problems: string[] = [];
  if (!storyId) problems.push('storyId is empty');
  if (!article.articleId) problems.push('articleId is empty');
  if (article.publishedAt !== null && !isPartialDate(article.publishedAt)) problems.push(`publishedAt ${article.publishedAt} is not a date`);
  findings.forEach((finding, i) => {
    if (!(finding.confidence >= 0 && finding.confidence <= 1)) problems.push(`finding ${i}: confidence must be within 0..1`);
    if (finding.occurredAt !== null && !isPartialDate(finding.occurredAt)) problems.push(`finding ${i}: occurredAt ${finding.occurredAt} is not a date`);
  });
  if (problems.length > 0) throw new InvalidStoryCommand(problems.join('; '));
}
