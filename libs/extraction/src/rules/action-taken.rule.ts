import { OFFICIAL_ROLES } from '../nlp/party-words';
import { defineRule } from './rule';

/**
 * An official or institutional act: a removal, a ban, a hold, a vote, a suspension, a fine, an
 * inquiry. The agent is an institution ("the council", "a district court", "Police") or a person
 * acting in an official role ("Judge X ordered"). Only acts that happened: "asked the host to
 * remove" and "could ban" are not acts, "voted to remove" is.
 */
export const actionTakenRule = defineRule({
  type: 'ActionTaken',
  summary: 'An official or institutional act (a removal, a hold, a vote, a ban, a sanction).',
  triggers: {
    verbs: ['remove', 'ban', 'suspend', 'halt', 'block', 'sanction', 'fine', 'approve', 'veto', 'revoke', 'freeze', 'impose', 'order', 'outlaw', 'prohibit', 'overturn', 'strike down', 'pause', 'recall', 'withdraw', 'dismiss', 'expel', 'seize', 'ratify', 'repeal', 'reject', 'adopt', 'lift', 'investigate', 'arrest', 'indict', 'reinstate', 'grant', 'annul', 'quash', 'uphold', 'rescind', 'shut down', 'take down', 'appoint', 'terminate', 'detain', 'convict', 'acquit', 'summon', 'sue'],
    patterns: [
      '\\bcharged\\s+(?:[\\w\'’⟨⟩-]+\\s+){1,6}?with\\b',
      // "voted 7-2 to rename", "voted 61 to 39 to approve"
      '\\bvoted\\s+\\d+(?:\\s*[-–]\\s*|\\s+to\\s+)\\d+\\s+(?:on \\w+\\s+)?(?:to|in favour|against)\\b',
      // "voted on Thursday to offer", "voted unanimously last night to"
      '\\bvoted\\s+(?:(?:on|late|last|early|unanimously|overwhelmingly|narrowly|this|yesterday|today)\\s+){1,3}(?:\\w+\\s+)?to\\s+(?!be\\b)\\w+',
      // "added the mill to its list of protected buildings"
      '\\badded(?=\\s+(?:[\\w\'’⟨⟩-]+\\s+){1,6}?to\\s+(?:its|the|their|a)\\s+(?:[\\w-]+\\s+){0,2}?(?:list|register|registry|watchlist|blacklist|collection|inventory|catalogue)\\b)',
      // "decided on Wednesday to close 34 schools", "agreed unanimously to scrap the fee"
      '\\b(?:decided|agreed|resolved|voted)\\s+(?:(?:on|last|this|unanimously|late|early)\\s+(?:\\w+\\s+)?)?to\\s+(?:close|shut|merge|scrap|abolish|dissolve|cut|end|reopen|rename|sell|demolish|expel|dismiss|appoint|fund|freeze)\\b',
      // "launched a review of police tactics", "ordered an independent audit", "opened a disciplinary review"
      '\\b(?:launched|opened|ordered|began|started|commissioned)\\s+(?:an?\\s+|its\\s+own\\s+)?(?:[\\w-]+\\s+){0,2}?(?:investigation|inquiry|review|probe|audit|inspection)\\b',
      // "backed the motion by eleven votes to seven"
      '\\b(?:backed|supported|rejected|defeated|adopted|approved|passed)\\s+(?:the|a)\\s+(?:\\w+\\s+)?(?:motion|bill|resolution|proposal|amendment)\\b',
    ],
    patternWords: ['launched', 'opened', 'ordered', 'began', 'started', 'commissioned', 'charged', 'added', 'voted', 'decided', 'agreed', 'resolved', 'backed', 'supported', 'rejected', 'defeated', 'adopted', 'approved', 'passed'],
    phrases: ['awarded', 'sentenced', 'cancelled', 'canceled', 'raided', 'filed a lawsuit', 'filed suit', 'took legal action', 'brought charges', 'opened proceedings', 'opened formal proceedings', 'launched proceedings', 'issued a warrant', 'issued an arrest warrant', 'fired the', 'fired its', 'fired his', 'fired her', 'fired their', 'voted to', 'voted against', 'voted unanimously', 'voted in favour', 'vote to', 'put on hold', 'placed on hold', 'put a hold', 'placed a hold', 'temporary hold', 'injunction', 'moratorium', 'took down', 'taken down', 'pulled from', 'signed into law', 'signed the bill', 'signed a bill', 'signed an executive order', 'signed a decree', 'issued a decree', 'issued an executive order', 'opened an investigation', 'launched an investigation', 'opened an inquiry', 'launched an inquiry', 'passed a', 'passed the', 'under temporary protection', 'under protection'],
  },
  vetoes: ['called for', 'calls for', 'urged', 'urging', 'threatened to', 'considering', 'proposed', 'not remove', 'refused to', 'declined to', 'denied', 'rejected the report', 'rejected claims', 'rejected the claims', 'rejected the allegations', 'rejected the criticism', 'rejected criticism', 'rejected that view', 'rejected the view', 'rejected the accusation', 'rejected accusations', 'rejected the suggestion', 'gift', 'remove his', 'remove her'],
  slots: {
    agent: ['subject', 'agent'],
    action: ['trigger'],
    object: ['passiveParty', 'thing', 'object', 'triggerNoun', 'objectPhrase'],
  },
  required: ['agent', 'action', 'object'],
  confidence: 0.65,
  keyKinds: ['org', 'person', 'place'],
  keyRoles: [...OFFICIAL_ROLES],
  keyInstitution: true,
  realisedOnly: true,
});
