import { defineRule } from './rule';

/** Public criticism or condemnation of someone: "X rebuked Y", "a rare rebuke from X", "X slammed Y". */
export const rebukeIssuedRule = defineRule({
  type: 'RebukeIssued',
  refines: 'StatementIssued',
  summary: 'Public criticism, condemnation or rebuke of someone.',
  triggers: {
    // "called the decision "a disgrace"", "described the ruling as a betrayal"
    patterns: ['\\b(?:called|calling|described|describing|branded|branding|labelled|labelling)(?=\\s+(?:[\\w’\'⟨⟩-]+\\s+){0,5}?(?:as\\s+)?["“]?(?:a|an)\\s+(?:[\\w-]+\\s+)?(?:disgrace|scandal|shame|betrayal|insult|failure|farce|joke|mistake|outrage|travesty|attack|assault|fiasco|embarrassment|catastrophe|blunder|disaster|mess|sham|folly|slap in the face|kick in the teeth)\\b)'],
    patternWords: ['called', 'calling', 'described', 'describing', 'branded', 'branding', 'labelled', 'labelling'],
    verbs: ['accuse', 'rebuke', 'condemn', 'criticise', 'criticize', 'slam', 'blast', 'lambast', 'denounce', 'castigate', 'berate', 'scold', 'reprimand', 'chastise', 'censure'],
    phrases: ['hit out at', 'hits out at', 'lashed out at', 'lashes out at', 'took aim at', 'takes aim at', 'rebuke', 'criticism of', 'condemnation', 'tore into', 'rounded on'],
  },
  vetoes: ['not criticise', 'not criticize', 'declined to criticise', 'declined to criticize', 'refused to condemn', 'without criticising', 'avoided criticising', 'was criticised by', 'drew criticism', 'faced criticism', 'been accused', 'was accused', 'were accused', 'is accused', 'are accused', 'stands accused', 'not accused', 'never accused', "wasn't accused", 'not been accused', 'not criticised', 'not criticized', 'not condemned'],
  slots: {
    speaker: ['subject', 'from', 'agent', 'quoteSpeaker'],
    target: ['objectOrPlace', 'after:of|at|on|against|into', 'quoteTarget', 'thing'],
    quote: ['quote'],
  },
  // a country or capital speaking for its government ("Moscow denied ...")
  keyKinds: ['person', 'org', 'place'],
  // the target may be a thing ("called the gift an insult") or left implicit
  required: ['speaker'],
  confidence: 0.75,
  supersedes: ['StatementIssued'],
});
