import { defineRule } from './rule';

/**
 * A named party makes a notable public statement. Fed by quote attribution rather than trigger
 * words: the `quote` trigger phrase stands for "the sentence carries an attributed quote". Scare
 * quotes (one word, or a short noun phrase like "the worst") are not statements.
 */
export const statementIssuedRule = defineRule({
  type: 'StatementIssued',
  summary: 'A named party makes a notable public statement (a direct quote).',
  triggers: { phrases: ['<attributed quote>'] },
  slots: {
    speaker: ['quoteSpeaker'],
    quote: ['quote'],
    topic: [],
  },
  required: ['speaker', 'quote'],
  confidence: 0.75,
});

/** What makes a quote notable enough to be a statement. */
export const NOTABLE_QUOTE = {
  minWords: 2,
  /**
   * A short quote opening with an article is a characterisation ("a beautiful portrait", "a leading
   * Russian artist"), not a statement; a longer fragment ("a real and immediate risk") argues.
   */
  maxNounPhraseWords: 4,
};
