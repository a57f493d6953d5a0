import { defineRule } from './rule';

/** A party denies a claim or report: "X denied that ...", "X dismissed the report as false". */
export const denialIssuedRule = defineRule({
  type: 'DenialIssued',
  summary: 'A party denies a claim or report.',
  triggers: {
    verbs: ['deny', 'refute', 'rebut'],
    // "rejected the ministry's account", "disputed those figures", "dismissed her version of events"
    patterns: [
      "\\b(?:rejected|rejects|dismissed|dismisses|disputed|disputes|contested|contests)\\s+(?:the|a|an|these|those|that|its|his|her|their|such|any|all|⟨\\d+⟩['’]s?)\\s+(?:[\\w'’⟨⟩-]+\\s+){0,3}?(?:account|accounts|claims?|allegations?|accusations?|reports?|criticism|charges?|suggestions?|version|characteri[sz]ation|assertions?|story|stories|findings)\\b",
    ],
    patternWords: ['rejected', 'rejects', 'dismissed', 'dismisses', 'disputed', 'disputes', 'contested', 'contests'],
    phrases: ['rejected the criticism', 'rejected criticism', 'rejected that view', 'rejected the view', 'rejected the accusation', 'rejected accusations', 'rejected the suggestion', 'rejected suggestions', 'dismissed the criticism', 'dismissed criticism', 'dismissed the allegation', 'dismissed allegations', 'dismissed the report', 'dismissed the reports', 'dismissed reports', 'as speculation', 'as unfounded', 'as false', 'dismissed the claims', 'dismissed claims', 'rejected the report', 'rejected reports', 'rejected the claims', 'rejected claims', 'rejected the allegations', 'rejected allegations', 'no evidence that', 'categorically false', 'completely false', 'entirely false', 'is false', 'was false', 'are false', 'were false', 'were untrue', 'were unfounded', 'untrue', 'baseless', 'fabricated', 'a fabrication', 'pure invention', 'nonsense', 'fake news', 'did not happen', 'never happened', 'no truth', 'not true', 'categorically wrong', 'completely wrong', 'totally wrong', 'simply wrong', 'pure fiction', 'complete fiction', 'a work of fiction'],
  },
  vetoes: ['denied entry', 'denied access', 'denied bail', 'denied a visa', 'denied permission', 'was denied', 'were denied', 'been denied', 'cannot be denied', 'undeniabl', 'not deny', "n't deny", 'declined to deny'],
  slots: {
    speaker: ['subject', 'speaker', 'agent'],
    claim: ['quotedClaim', 'clause'],
  },
  // a country or capital speaking for its government ("Moscow denied ...")
  keyKinds: ['person', 'org', 'place'],
  required: ['speaker', 'claim'],
  confidence: 0.75,
  supersedes: ['ActionTaken'],
  quotedFragments: true,
});
