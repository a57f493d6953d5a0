import { factKey, QUOTE_KEY_PREFIX } from '../fact-key';
import type { NameResolver } from '../names';
import { PARTY_SLOTS } from '../slots';
import type { CorrectionRecord, Fact, FactSource, StoryLedger } from '../state';
import type { DevelopmentType } from '../taxonomy';
import { REFINES } from '../taxonomy';
import { contentWordCount, fold } from '../words';
import type { Member } from './members';
import { type ArticleRole, byKey, coverageKey } from './syndication';

/** Developments grouped into facts by key; every figure of a fact is computed from its member set. */

export interface FactGroup {
  readonly fact: Fact;
  /** In coverage order. */
  readonly members: readonly Member[];
}

export function resolvedSlots(slots: Readonly<Record<string, string>>, names: NameResolver): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const slot of Object.keys(slots)) resolved[slot] = PARTY_SLOTS.has(slot) ? names.resolve(slots[slot]) : slots[slot];
  return resolved;
}

/**
 * A short quote with at least two content words stands for every longer quote that contains it,
 * so "clearly touched" and "clearly touched by it" are one statement. The shortest container
 * wins, which depends only on the set of quotes.
 */
function mergeQuoteKeys(keys: Iterable<string>): Map<string, string> {
  const quotes = [...new Set(keys)].filter((key) => key.startsWith(QUOTE_KEY_PREFIX)).map((key) => key.slice(QUOTE_KEY_PREFIX.length));
  const anchors = quotes.filter((q) => contentWordCount(q) >= 2).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const padded = anchors.map((anchor) => ` ${anchor} `);
  const merged = new Map<string, string>();
  for (const quote of quotes) {
    const text = ` ${quote} `;
    let anchor = quote;
    // Anchors are sorted by length: none after the first longer than the quote can be inside it.
    for (let i = 0; i < anchors.length && anchors[i].length <= quote.length; i++) {
      if (text.includes(padded[i])) {
        anchor = anchors[i];
        break;
      }
    }
    merged.set(`${QUOTE_KEY_PREFIX}${quote}`, `${QUOTE_KEY_PREFIX}${anchor}`);
  }
  return merged;
}

export function groupFacts(members: readonly Member[], ledger: StoryLedger, roles: Map<string, ArticleRole>, names: NameResolver): FactGroup[] {
  // Grouped by key first, so quotes are merged over distinct keys; a group's members are sorted
  // below, so the order they are gathered in does not matter.
  const keyed = new Map<string, Member[]>();
  for (const member of members) {
    const key = factKey(member.development.type, member.slots, names);
    const group = keyed.get(key);
    if (group) group.push(member);
    else keyed.set(key, [member]);
  }
  const quoteKeys = mergeQuoteKeys(keyed.keys());
  const groups = new Map<string, Member[]>();
  for (const [key, list] of keyed) {
    const final = quoteKeys.get(key) ?? key;
    const group = groups.get(final);
    if (group) for (const member of list) group.push(member);
    else groups.set(final, list);
  }
  return [...groups.entries()]
    .map(([key, group]) => {
      const built = buildFact(key, group.sort(byKey), ledger, roles, names);
      const { date, articleId } = built.fact.firstReported;
      return { ...built, order: coverageKey(date, articleId, key) };
    })
    .sort(byKey)
    .map(({ fact, members }) => ({ fact, members }));
}

function buildFact(key: string, members: Member[], ledger: StoryLedger, roles: Map<string, ArticleRole>, names: NameResolver): FactGroup {
  const agrees = agreement(key, members, roles, names);
  const sources: FactSource[] = [];
  const seen = new Set<string>();
  const countedOutlets = new Set<string>();
  for (const member of members) {
    const { articleId, developmentId, evidence, confidence } = member.development;
    if (seen.has(articleId)) continue;
    seen.add(articleId);
    const role = roles.get(articleId);
    const independent = role !== undefined && role.original === null && !countedOutlets.has(role.outlet);
    const agreeing = agrees(member);
    if (independent && agreeing) countedOutlets.add(role.outlet);
    sources.push({ articleId, developmentId, outlet: ledger.articles[articleId]?.source ?? null, date: member.date, independent, agrees: agreeing, evidence, confidence });
  }
  const agreeing = members.filter(agrees);
  const type = mostSpecific(agreeing.map((m) => m.development.type));
  const representative = agreeing.find((m) => m.development.type === type) ?? agreeing[0];
  const first = sources.find((source) => source.agrees) ?? sources[0];
  let amended = false;
  let approved = false;
  for (const { status } of members) {
    if (status === 'amended') amended = true;
    else if (status === 'approved') approved = true;
  }
  const fact: Fact = {
    factKey: key,
    type,
    slots: resolvedSlots(representative.slots, names),
    occurredAt: representative.development.occurredAt,
    sources,
    firstReported: { articleId: first.articleId, source: first.outlet, date: first.date },
    independentOutlets: countedOutlets.size,
    corroborations: Math.max(0, countedOutlets.size - 1),
    reviewStatus: amended ? 'amended' : approved ? 'approved' : 'pending',
    corrections: factCorrections(key, members),
    developmentIds: members.map((m) => m.development.developmentId).sort(),
  };
  return { fact, members };
}

function factCorrections(key: string, members: readonly Member[]): CorrectionRecord[] {
  const corrections: CorrectionRecord[] = [];
  for (const member of members) for (const correction of member.corrections) corrections.push({ factKey: key, ...correction });
  return corrections;
}

/**
 * Who said a quote is part of the statement: when outlets disagree, the fact reads as the
 * speaker most outlets give (ties: the earliest), and the others are sources that disagree
 * (shown as a contradiction, not counted as corroboration). Other facts have no such slot.
 */
function agreement(key: string, members: readonly Member[], roles: Map<string, ArticleRole>, names: NameResolver): (member: Member) => boolean {
  if (!key.startsWith(QUOTE_KEY_PREFIX)) return () => true;
  const speakerOf = (member: Member) => names.key(member.slots.speaker ?? '');
  // One speaker throughout: everyone agrees (the usual case, and cheap to see).
  const first = speakerOf(members[0]);
  if (members.every((member) => speakerOf(member) === first)) return () => true;
  const outlets = new Map<string, Set<string>>();
  for (const member of members) {
    const speaker = speakerOf(member);
    const set = outlets.get(speaker) ?? new Set<string>();
    set.add(roles.get(member.development.articleId)?.outlet ?? member.development.articleId);
    outlets.set(speaker, set);
  }
  // Map order is first appearance in coverage order, so the earliest wins a tie.
  let majority = '';
  let most = 0;
  for (const [speaker, set] of outlets) if (set.size > most) [majority, most] = [speaker, set.size];
  const compatible = speakersCompatible(members, names);
  return (member) => compatible(speakerOf(member), majority);
}

/**
 * "According to A, B said ..." and "A said ..." are one account told at two removes, not two
 * outlets disagreeing: speakers are compatible when every report naming one of them also names
 * the other in its evidence.
 */
export function speakersCompatible(members: readonly Member[], names: NameResolver): (a: string, b: string) => boolean {
  // Built on the first question about two different speakers; most groups never ask one.
  let evidence: Map<string, string[]> | undefined;
  const evidenceOf = (speaker: string): string[] => {
    if (!evidence) {
      evidence = new Map();
      for (const member of members) {
        const key = names.key(member.slots.speaker ?? '');
        const texts = evidence.get(key);
        const text = ` ${fold(member.development.evidence)} `;
        if (texts) texts.push(text);
        else evidence.set(key, [text]);
      }
    }
    return evidence.get(speaker) ?? [];
  };
  const surname = (key: string) => key.split(' ').pop() ?? key;
  const cites = (a: string, b: string) => evidenceOf(a).every((text) => text.includes(` ${surname(b)} `));
  return (a, b) => a === b || cites(a, b) || cites(b, a);
}

/** A refining type ("ArtistRevealed") says more than its general one ("IdentityRevealed"). */
function mostSpecific(types: DevelopmentType[]): DevelopmentType {
  return types.find((type) => REFINES[type] !== undefined) ?? types[0];
}
