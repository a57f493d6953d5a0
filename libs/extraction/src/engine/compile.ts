/** Turns a rule's words into precompiled, case-insensitive regular expressions (once, at load). */
import { verbForms } from '../nlp/models';
import type { RuleSpec } from '../rules/rule';

export interface CompiledRule {
  spec: RuleSpec;
  /** Verb forms are tried before phrases, so "the gift was given" anchors on "given", not "gift". */
  trigger: RegExp[];
  cue: RegExp[];
  vetoes: string[];
  /** Participles of the trigger verbs, to tell "was removed" (passive) from "removed". */
  participles: Set<string>;
  quoteDriven: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

function alternations(words: { verbs?: string[]; phrases?: string[] } | undefined): RegExp[] {
  if (!words) return [];
  const verbs = alternation((words.verbs ?? []).flatMap(verbForms));
  const phrases = alternation((words.phrases ?? []).filter((p) => !p.startsWith('<')));
  return [verbs, phrases].filter((r): r is RegExp => r !== null);
}

function alternation(forms: string[]): RegExp | null {
  if (!forms.length) return null;
  forms.sort((a, b) => b.length - a.length);
  const edge = (f: string) => (/^\w/.test(f) ? '\\b' : '');
  const tail = (f: string) => (/\w$/.test(f) ? '\\b' : '');
  return new RegExp(forms.map((f) => `${edge(f)}${escape(f)}${tail(f)}`).join('|'), 'gi');
}

export function compileRule(spec: RuleSpec): CompiledRule {
  const participles = new Set<string>();
  for (const v of [...(spec.triggers.verbs ?? []), ...(spec.requires?.verbs ?? [])]) for (const f of verbForms(v)) if (/(?:ed|en|wn|ne)$/.test(f) || f === v) participles.add(f.toLowerCase());
  return {
    spec,
    trigger: alternations(spec.triggers),
    cue: alternations(spec.requires),
    vetoes: (spec.vetoes ?? []).map((v) => v.toLowerCase()),
    participles,
    quoteDriven: (spec.triggers.phrases ?? []).includes('<attributed quote>'),
  };
}
