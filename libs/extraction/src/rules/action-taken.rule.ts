import { defineRule } from './rule';

/**
 * An official or institutional act: a removal, a ban, a hold, a vote, a sanction, a suspension, a
 * fine. The agent must be a named party (usually an organisation or an official).
 */
export const actionTakenRule = defineRule({
  type: 'ActionTaken',
  summary: 'An official or institutional act (a removal, a hold, a vote, a ban, a sanction).',
  triggers: {
    verbs: ['remove', 'ban', 'suspend', 'halt', 'block', 'sanction', 'fine', 'approve', 'veto', 'revoke', 'freeze', 'impose', 'order', 'outlaw', 'prohibit', 'overturn', 'strike down', 'pause', 'recall', 'withdraw', 'dismiss', 'fire', 'expel', 'seize', 'ratify', 'repeal', 'reject', 'adopt'],
    phrases: ['voted to', 'voted against', 'voted unanimously', 'vote to', 'put on hold', 'placed on hold', 'put a hold', 'placed a hold', 'temporary hold', 'injunction', 'moratorium', 'took down', 'taken down', 'pulled from', 'opened an investigation', 'launched an investigation', 'opened an inquiry', 'launched an inquiry', 'passed a', 'passed the'],
  },
  vetoes: ['called for', 'calls for', 'urged', 'urging', 'threatened to', 'could ban', 'could remove', 'would ban', 'would remove', 'may ban', 'might', 'considering', 'proposed', 'if ', 'not remove', 'refused to', 'declined to', 'denied', 'rejected the report', 'rejected claims', 'rejected the claims', 'rejected the allegations', 'gift', 'fired at', 'fired a', 'fired shots', 'fire broke', 'remove his', 'remove her'],
  slots: {
    agent: ['subject', 'agent'],
    action: ['trigger'],
    object: ['thing'],
  },
  required: ['agent', 'action', 'object'],
  confidence: 0.65,
  keyKinds: ['org', 'person'],
});
