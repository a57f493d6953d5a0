/** Turns a rule's words into precompiled, case-insensitive regular expressions (once, at load). */
import { verbForms } from '../nlp/models';
import type { RuleSpec } from '../rules/rule';

/**
 * Literal trigger forms (lower case) with the word each is looked up by: found with `indexOf` at
 * word boundaries, which costs a fraction of a many-branched regular expression per sentence.
 */
export interface FormSet { byKey: Map<string, string[]> }
export type Matcher = RegExp | FormSet;

export interface CompiledRule {
  spec: RuleSpec;
  /** Verb forms are tried before phrases, so "the gift was given" anchors on "given", not "gift". */
  trigger: Matcher[];
  cue: Matcher[];
  vetoes: string[];
  /** Participles of the trigger verbs, to tell "was removed" (passive) from "removed". */
  participles: Set<string>;
  quoteDriven: boolean;
  /** One word of every trigger form (its longest): a sentence without any of them cannot fire the rule. */
  triggerWords: Set<string>;
  /** The cue regexes, case-insensitive and stateless, for a plain test on the unmasked sentence. */
  cueTest: RegExp[];
  /** Slots with their finders, the intermediary first so the recipient finders can step past it. */
  slots: Array<[string, string[]]>;
}

/** Lower-case word tokens, the unit of the trigger pre-filter (shared with the engine). */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

function formsOf(words: { verbs?: string[]; phrases?: string[] } | undefined): { verbs: string[]; phrases: string[] } {
  return { verbs: (words?.verbs ?? []).flatMap(verbForms), phrases: (words?.phrases ?? []).filter((p) => !p.startsWith('<')) };
}

function alternations(forms: { verbs: string[]; phrases: string[] }): RegExp[] {
  return [alternation(forms.verbs), alternation(forms.phrases)].filter((r): r is RegExp => r !== null);
}

function formSets(forms: { verbs: string[]; phrases: string[] }): FormSet[] {
  const set = (list: string[]): FormSet => {
    const byKey = new Map<string, string[]>();
    for (const text of new Set(list.map((f) => f.toLowerCase().replace(/\s+/g, ' ')))) {
      const key = keyWord(text) ?? text;
      byKey.set(key, [...(byKey.get(key) ?? []), text]);
    }
    return { byKey };
  };
  return [set(forms.verbs), set(forms.phrases)].filter((s) => s.byKey.size > 0);
}

function alternation(forms: string[]): RegExp | null {
  if (!forms.length) return null;
  forms.sort((a, b) => b.length - a.length);
  const edge = (f: string) => (/^\w/.test(f) ? '\\b' : '');
  const tail = (f: string) => (/\w$/.test(f) ? '\\b' : '');
  return new RegExp(forms.map((f) => `${edge(f)}${escape(f)}${tail(f)}`).join('|'), 'gi');
}

/** The longest word of a trigger form, the most selective one to look up in a sentence. */
function keyWord(form: string): string | undefined {
  return wordsOf(form).sort((a, b) => b.length - a.length)[0];
}

export function compileRule(spec: RuleSpec): CompiledRule {
  const participles = new Set<string>();
  for (const v of [...(spec.triggers.verbs ?? []), ...(spec.requires?.verbs ?? [])]) for (const f of verbForms(v)) if (/(?:ed|en|wn|ne)$/.test(f) || f === v) participles.add(f.toLowerCase());
  const triggers = formsOf(spec.triggers);
  const cues = formsOf(spec.requires);
  const patterns = (spec.triggers.patterns ?? []).map((p) => new RegExp(p, 'giu'));
  return {
    spec,
    trigger: [...formSets(triggers), ...patterns],
    cue: formSets(cues),
    vetoes: (spec.vetoes ?? []).map((v) => v.toLowerCase()),
    participles,
    quoteDriven: (spec.triggers.phrases ?? []).includes('<attributed quote>'),
    triggerWords: new Set([...[...triggers.verbs, ...triggers.phrases].map(keyWord), ...(spec.triggers.patternWords ?? [])].filter((w): w is string => !!w)),
    cueTest: alternations(cues).map((re) => new RegExp(re.source, 'i')),
    slots: (Object.entries(spec.slots) as Array<[string, string[]]>).sort(([a], [b]) => Number(b === 'intermediary') - Number(a === 'intermediary')),
  };
}
