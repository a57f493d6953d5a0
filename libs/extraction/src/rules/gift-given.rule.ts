import { defineRule } from './rule';

/** A gift is reported as given or offered: "X gave Y a Z", "Z was presented to Y by X". */
export const giftGivenRule = defineRule({
  type: 'GiftGiven',
  refines: 'ClaimReported',
  summary: 'A gift is reported as given or offered.',
  triggers: { verbs: ['give', 'present', 'hand', 'donate', 'send', 'offer', 'bestow'], phrases: ['gifted', 'gifting', 'as a gift', 'a gift from', 'gift to'] },
  requires: { phrases: ['gift', 'gifted', 'present', 'presented', 'donated', 'gave', 'given', 'handed', 'sent', 'offered', 'bestowed'] },
  vetoes: ['did not give', 'never gave', 'has not given', 'denied giving', 'denies giving', 'gave up', 'given up', 'gave way', 'gave birth', 'give evidence', 'gave evidence', 'gave a speech', 'gave an interview', 'given the', 'gave no', 'gave him a call', 'sent troops', 'sent a letter', 'offered to', 'presented evidence', 'presented a report', 'presented findings', 'gave a statement', 'handed down', 'gave an insight', 'gave insight', 'gave a glimpse', 'gave details', 'gave an account', 'gave a hint', 'gave the green light', 'gave permission', 'gave approval', 'gave advice', 'gave a warning', 'gave testimony', 'gave a talk', 'gave a lecture', 'gave a briefing', 'gave a press conference', 'gave chase', 'gave ground', 'gave a reason', 'a look', 'first look', 'exclusive look', 'an exclusive'],
  slots: {
    giver: ['possessor:gift', 'subject', 'agent', 'from'],
    recipient: ['envoyOf', 'objectOrPlace', 'after:to', 'after:for', 'counterpart', 'objectPhrase', 'prior:recipient', 'contextParty:\\b(?:gifts?|gifted|presents?|donat\\w*|bestow\\w*)\\b'],
    item: ['withThing', 'appositeThing', 'thing', 'relativeThing'],
    intermediary: ['intermediary'],
    value: ['money'],
  },
  required: ['giver', 'recipient', 'item'],
  confidence: 0.7,
  supersedes: ['ClaimReported'],
  // governments give in their country's name ("Indonesia gave South Korea two tigers")
  keyKinds: ['person', 'org', 'place'],
  // Coverage of a new gift often lists the giver's earlier gifts; those are not this story's news.
  background: {
    olderThanDays: 365,
    cues: ['previously', 'in the past', 'had also', 'then-president', 'then president', 'then-prime minister', 'then-leader', 'not the first', "n't the first", 'first term'],
  },
});

/** The same gift told from the receiving side: "X received a pair of tigers from Y", "X accepted ... from Y". */
export const giftReceivedRule = defineRule({
  type: 'GiftGiven',
  refines: 'ClaimReported',
  summary: 'A gift is reported as received from a giver.',
  triggers: { verbs: ['receive', 'accept'] },
  requires: { phrases: ['gift', 'gifted', 'present', 'donation', 'from'] },
  vetoes: ['received criticism', 'received a call', 'received a letter', 'received a report', 'received complaints', 'received an award', 'received a prize', 'received treatment', 'received a sentence', 'received support', 'received funding', 'received votes', 'accepted the offer', 'accepted responsibility', 'accepted the resignation', 'accepted an invitation', 'accepted the invitation', 'did not receive', 'never received', 'has not received'],
  slots: {
    giver: ['possessor:gift', 'from'],
    recipient: ['subject'],
    item: ['withThing', 'thing'],
    intermediary: ['intermediary'],
    value: ['money'],
  },
  required: ['giver', 'recipient', 'item'],
  confidence: 0.65,
  supersedes: ['ClaimReported'],
  keyKinds: ['person', 'org', 'place'],
  background: giftGivenRule.background,
});
