/**
 * The shape of a catalog rule. A rule is data an editor can read: what words trigger it, what the
 * sentence must also contain, what vetoes it, and, per slot, an ordered list of finders (the first
 * that yields a value wins). Finders are named strings, implemented by the engine:
 *   subject            the party doing the trigger verb (by-agent when the verb is passive)
 *   agent              "by X" after the trigger
 *   object             the party right after the trigger verb ("rebuked X")
 *   after:to|for       the first party after the trigger introduced by one of these prepositions
 *   from               "from X" anywhere in the sentence
 *   possessor:a|b      "X's a" / "X's b" (e.g. possessor:spokesperson)
 *   speaker            who the sentence attributes its words to ("X said", "said X", "citing X")
 *   quote              the quoted words of the sentence; quoteTarget: a person addressed in them
 *   quotedClaim        the quoted words, when the trigger is among them ("“That is not true,” X said")
 *   thing              the noun phrase given, revealed or acted upon (after an active trigger,
 *                      before a passive one)
 *   passiveParty       the named party a passive act was done to ("X has been fined")
 *   passiveThing       the thing before a passive trigger ("the gift was first reported by X")
 *   clause             what follows the trigger ("confirmed that ..."): the claim
 *   trigger            the trigger itself, as a noun-like label ("removal", "ban")
 *   money              an amount of money in the sentence
 *   source             the article's own outlet
 *   selfSource         the article's own outlet, when the sentence speaks of "this article"
 *   role:<nouns>       the role noun of the sentence from this list ("author", "artist")
 *   person:<roles>     a person in the sentence who carries one of these roles
 *   prior:<slot>       the value of that slot on another finding of the same family in the article
 *   cue:<finder>       the finder applied around the `requires` cue instead of the trigger
 *                      ("cue:subject" of "gave" in "X confirmed that Y gave ...")
 */
import type { DevelopmentSlots, DevelopmentType } from '@storyline/domain';

export type Finder = string;

export interface RuleSpec<K extends DevelopmentType = DevelopmentType> {
  type: K;
  /** The general type this one refines, if any (DESIGN.md taxonomy). */
  refines?: DevelopmentType;
  summary: string;
  /**
   * Verb lemmas (all their forms match), literal phrases, and patterns (regular expressions, case
   * insensitive, for cues that span a clause); one must occur. A pattern names in `patternWords`
   * the words without which it cannot match (the engine looks those up before running it).
   */
  triggers: { verbs?: string[]; phrases?: string[]; patterns?: string[]; patternWords?: string[] };
  /** Further cue words: at least one must occur too (e.g. a gift word for a gift confirmation). */
  requires?: { verbs?: string[]; phrases?: string[] };
  /** Phrases that void the rule when found in the sentence (negation, hypotheticals, reported denials). */
  vetoes?: string[];
  slots: { [S in keyof DevelopmentSlots[K]]-?: Finder[] };
  /** Slots that must be filled for the finding to be emitted. */
  required: Array<keyof DevelopmentSlots[K] & string>;
  /** Base confidence; the engine lowers it when a required slot came from a fallback finder. */
  confidence: number;
  /** Rules whose findings this one replaces when both fire on one sentence. */
  supersedes?: DevelopmentType[];
  /** Slot kinds allowed for the key party (defaults to person or organisation). */
  keyKinds?: Array<'person' | 'org' | 'place'>;
  /** When the key party is a person, one of these roles must be theirs somewhere in the article. */
  keyRoles?: string[];
  /** The key party is never a news outlet: outlets report what others confirm, deny or say. */
  keyNotOutlet?: boolean;
  /** The key party found in the text must be named (capitalised), not described ("the first outlet"). */
  keyNamed?: boolean;
  /** When the key party is an organisation, it must be a public institution (council, court, agency ...). */
  keyInstitution?: boolean;
  /**
   * The act must have happened: a trigger verb under a modal ("could ban"), in an infinitive that
   * is not a decision ("asked the host to remove", unlike "voted to remove") does not count.
   */
  realisedOnly?: boolean;
  /** Triggers may sit in a short quoted fragment ("said the report was "completely untrue""). */
  quotedFragments?: boolean;
  /**
   * History the article recalls is background, not a development of the story: a finding dated
   * more than `olderThanDays` before the article, or whose sentence carries one of the `cues`
   * ("previously", "then-president"), is dropped.
   */
  background?: { olderThanDays: number; cues: string[] };
}

/** Words for someone whose identity was hidden ("the anonymous author", "a mysterious street artist"). */
export const HIDDEN_WORDS = ['anonymous', 'pseudonymous', 'mystery', 'mysterious', 'elusive', 'secretive', 'faceless', 'unnamed', 'unknown'];

/** "The anonymous author of X is Y": an identity stated with a copula, anchored before the name. */
export const IDENTIFIED_AS = `\\b(?:${HIDDEN_WORDS.join('|')})` + '\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:author|writer|artist|painter|blogger|whistleblower|creator|person|columnist|poet|cartoonist|illustrator|composer|satirist|novelist|photographer|hacker|leaker|podcaster|musician|rapper|sculptor|muralist|designer|critic|reviewer)\\b(?:[^.;⟨]|⟨\\d+⟩){0,160}?\\b(?:is|was)\\s+(?:in fact\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}?(?=⟨)';

export function defineRule<K extends DevelopmentType>(spec: RuleSpec<K>): RuleSpec<K> {
  return spec;
}
