import { defineRule } from './rule';

/**
 * The giver, the recipient or their spokesperson confirms or accepts a gift: "X confirmed that Y
 * gave Z a W"; "the gift was handed over ..., said Y's spokesperson X".
 */
export const giftConfirmedRule = defineRule({
  type: 'GiftConfirmed',
  refines: 'ClaimConfirmed',
  summary: 'The giver, the recipient or their spokesperson confirms or accepts a gift.',
  triggers: { verbs: ['confirm', 'acknowledge', 'verify', 'accept'], phrases: ['spokesperson', 'spokesman', 'spokeswoman', 'citing'] },
  requires: { verbs: ['give', 'present', 'hand', 'donate', 'send', 'deliver'], phrases: ['gifted', 'gifting', 'gift', 'present'] },
  vetoes: ['not confirm', "n't confirm", 'declined to confirm', 'refused to confirm', 'could not be confirmed', 'not immediately known', 'unable to confirm', 'not accept', 'declined to accept', 'refused to accept'],
  slots: {
    confirmer: ['person:spokesperson|spokesman|spokeswoman|representative', 'subject', 'speaker'],
    giver: ['possessor:gift', 'cue:subject', 'cue:agent', 'from', 'possessor:spokesperson|spokesman|spokeswoman|office|government', 'prior:giver'],
    recipient: ['envoyOf', 'cue:objectOrPlace', 'cue:after:to', 'cue:objectPhrase', 'prior:recipient'],
    item: ['cue:appositeThing', 'cue:thing', 'prior:item', 'articleWork'],
    intermediary: ['intermediary'],
  },
  required: ['confirmer', 'giver', 'recipient', 'item'],
  confidence: 0.8,
  supersedes: ['GiftGiven', 'ClaimConfirmed', 'ClaimReported', 'StatementIssued'],
  keyNotOutlet: true,
});

/**
 * A party speaking for either side says the gift arrived: "the agency said that the emperor had
 * received the chess set from Norway". Without someone saying it, a receipt is a report (GiftGiven).
 */
export const giftReceiptConfirmedRule = defineRule({
  type: 'GiftConfirmed',
  refines: 'ClaimConfirmed',
  summary: 'A party says a gift was received.',
  triggers: { verbs: ['receive'] },
  requires: { phrases: ['from'] },
  vetoes: ['did not receive', 'never received', 'has not received', 'not yet received'],
  slots: {
    confirmer: ['speaker'],
    giver: ['possessor:gift', 'from', 'prior:giver'],
    recipient: ['subject', 'prior:recipient'],
    item: ['withThing', 'thing', 'prior:item'],
    intermediary: ['intermediary'],
  },
  required: ['confirmer', 'giver', 'recipient', 'item'],
  confidence: 0.7,
  supersedes: ['GiftGiven', 'ClaimConfirmed', 'ClaimReported', 'StatementIssued'],
  keyNotOutlet: true,
});

/**
 * A government body of either side states the gift: "X has given Y a canoe, the foreign ministry
 * said". An official body saying so on the record is a confirmation; an outlet saying so is not.
 */
export const giftStatedRule = defineRule({
  type: 'GiftConfirmed',
  refines: 'ClaimConfirmed',
  summary: 'A government body states that a gift was given.',
  triggers: { verbs: ['say', 'announce', 'state'] },
  requires: { verbs: ['give', 'present', 'hand', 'donate', 'deliver'], phrases: ['gifted', 'gifting', 'as a gift'] },
  vetoes: ['did not give', 'never gave', 'has not given', 'would give', 'will give', 'plans to give', 'denied'],
  slots: {
    confirmer: ['speaker'],
    giver: ['possessor:gift', 'cue:subject', 'cue:agent', 'from', 'prior:giver'],
    recipient: ['envoyOf', 'cue:objectOrPlace', 'cue:after:to', 'cue:objectPhrase', 'prior:recipient'],
    item: ['cue:appositeThing', 'cue:thing', 'prior:item'],
    intermediary: ['intermediary'],
  },
  required: ['confirmer', 'giver', 'recipient', 'item'],
  confidence: 0.7,
  supersedes: ['GiftGiven', 'ClaimConfirmed', 'ClaimReported', 'StatementIssued'],
  keyKinds: ['org'],
  keyInstitution: true,
  keyNotOutlet: true,
});
