import { splitSentenceTexts } from './models';

export interface Sentence {
  index: number;
  /** Paragraph number (blank-line or newline separated), used for multi-paragraph quotes. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/**
 * A sentence that ends inside a closing quote ("… he said. “We will win.” Then he left.") ends
 * there when a capitalised word or a new quote follows; compromise keeps such runs together.
 * Not before its attribution: "“Why now?” Valdano asked." is one sentence.
 */
const QUOTE_END = /[.!?…][”"]\s+(?=[\p{Lu}“"‘])(?!(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*,?\s+(?:said|says|asked|asks|added|told|wrote|replied|insisted|continued|recalled|warned|explained|declared|wondered)\b)/gu;

/**
 * Sentences with their offsets in the body, one paragraph (line) at a time, from compromise's
 * rule-based boundary detector (abbreviations, initials, decimals), then split after a quote that
 * closes a sentence. Sentences never span a newline.
 */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  for (const line of body.split('\n')) {
    if (/\S/.test(line)) {
      let cursor = 0;
      for (const raw of splitSentenceTexts(line)) {
        const at = line.indexOf(raw.trim(), cursor);
        if (at < 0) continue;
        cursor = at + raw.trim().length;
        for (const piece of splitAtQuoteEnds(raw.trim())) pushTrimmed(out, body, offset + at + piece.at, piece.text);
      }
    }
    offset += line.length + 1;
  }
  let paragraph = 0;
  for (let i = 0; i < out.length; i++) {
    if (i > 0 && /\n/.test(body.slice(out[i - 1].end, out[i].start))) paragraph++;
    out[i].index = i;
    out[i].paragraph = paragraph;
  }
  return out;
}

function splitAtQuoteEnds(text: string): Array<{ at: number; text: string }> {
  const pieces: Array<{ at: number; text: string }> = [];
  let from = 0;
  for (const m of text.matchAll(QUOTE_END)) {
    const cut = m.index + 2;
    pieces.push({ at: from, text: text.slice(from, cut) });
    from = m.index + m[0].length;
  }
  pieces.push({ at: from, text: text.slice(from) });
  return pieces;
}

function pushTrimmed(out: Sentence[], body: string, offset: number, piece: string): void {
  const lead = piece.length - piece.trimStart().length;
  const text = piece.trim();
  if (!text) return;
  const start = offset + lead;
  out.push({ index: 0, paragraph: 0, start, end: start + text.length, text: body.slice(start, start + text.length) });
}
