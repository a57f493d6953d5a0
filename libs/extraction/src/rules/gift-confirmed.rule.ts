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
