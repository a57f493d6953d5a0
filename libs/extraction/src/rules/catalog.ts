/** The rule catalog, most specific first: a specific type fires before the general one it refines. */
import { actionTakenRule } from './action-taken.rule';
import { artistRevealedRule } from './artist-revealed.rule';
import { authorRevealedRule } from './author-revealed.rule';
import { claimConfirmedRule } from './claim-confirmed.rule';
import { claimReportedRule } from './claim-reported.rule';
import { contradictionNotedRule } from './contradiction-noted.rule';
import { correctionIssuedRule } from './correction-issued.rule';
import { denialIssuedRule } from './denial-issued.rule';
import { giftConfirmedRule, giftReceiptConfirmedRule, giftStatedRule } from './gift-confirmed.rule';
import { giftGivenRule, giftReceivedRule } from './gift-given.rule';
import { identityRevealedRule } from './identity-revealed.rule';
import { rebukeIssuedRule } from './rebuke-issued.rule';
import type { RuleSpec } from './rule';
import { statementIssuedRule } from './statement-issued.rule';

export const CATALOG: readonly RuleSpec[] = [
  giftConfirmedRule,
  giftReceiptConfirmedRule,
  giftStatedRule,
  giftGivenRule,
  giftReceivedRule,
  claimConfirmedRule,
  artistRevealedRule,
  authorRevealedRule,
  identityRevealedRule,
  rebukeIssuedRule,
  denialIssuedRule,
  correctionIssuedRule,
  contradictionNotedRule,
  actionTakenRule,
  claimReportedRule,
  statementIssuedRule,
] as unknown as readonly RuleSpec[];
