import { defineRule } from './rule';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A calendar date: "May 2", "2 May", "May 2, 2025". */
const DATE = `(?:\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}\\b)`;
const AMOUNT = '(?:[$£€¥]\\s?\\d[\\d,.]*|\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d+(?:\\.\\d+)?\\s?(?:%|percent|per cent|million|billion|euros|dollars|pounds|kroner|krona|francs|yen|rupees|people|records|accounts|votes))';

/**
 * The article itself says two accounts conflict: "X's account contradicts Y's", "conflicting
 * reports", "the two figures are at odds", "accounts of X differ", "X put the cost at A, while Y
 * put it at B". The parties may be named in the sentences around it.
 */
export const contradictionNotedRule = defineRule({
  type: 'ContradictionNoted',
  summary: 'The article itself says two accounts conflict.',
  triggers: {
    // "dispute" and "conflict" only as verbs: "the dispute did little" is no account of a conflict
    verbs: ['contradict', 'differ', 'disagree', 'diverge'],
    phrases: ['disputed the', 'disputes the', 'disputed that', 'disputes that', 'disputed this', 'disputed his', 'disputed her', 'disputed their', 'disputed its', 'is disputed', 'was disputed', 'are disputed', 'were disputed', 'remains disputed', 'conflicts with', 'conflicted with', 'conflict with the', 'at odds', 'conflicting accounts', 'conflicting reports', 'conflicting figures', 'conflicting versions', 'conflicting statements', 'inconsistent with', 'contrary to', 'versions differ', 'discrepancy', 'discrepancies', 'gave a different', 'a different date', 'a different figure', 'a different account', 'could not be reconciled', 'could not immediately be reconciled', 'cannot be reconciled', 'do not match', 'did not match', 'does not match', 'do not add up', 'contested', 'gave different', 'give different', 'different dates', 'different figures', 'different accounts', 'different numbers'],
    patterns: [
      `${AMOUNT}[^.;]{0,160}\\b(?:while|whereas|but)\\b[^.;]{0,160}${AMOUNT}`,
      // "X said it happened on May 2, while Y gave the date as May 9"
      `${DATE}[^.;]{0,160}\\b(?:while|whereas|but|although|though)\\b[^.;]{0,160}${DATE}`,
      // "Organisers said the march drew 50,000 people; police estimated 12,000."
      `${AMOUNT}[^.;]{0,80};\\s*(?:[\\w’'⟨⟩-]+\\s+){1,4}?(?:estimated|put|counted|said|gave|reported)\\b[^.;]{0,60}${AMOUNT}`,
    ],
    patternWords: ['while', 'whereas', 'but', 'although', 'though', 'estimated', 'put', 'counted', 'said', 'gave', 'reported'],
  },
  vetoes: ['territorial dispute', 'border dispute', 'labour dispute', 'labor dispute', 'pay dispute', 'disputed territory', 'conflict zone', 'armed conflict', 'conflict of interest', 'a disputed', 'differ from other', 'not disputed', 'undisputed'],
  slots: {
    claim: ['disputedClaim'],
    accountA: ['accountA'],
    accountB: ['accountB'],
  },
  required: ['claim', 'accountA', 'accountB'],
  confidence: 0.6,
});
