import { wink } from './models';

export interface Sentence {
  index: number;
  /** Paragraph number (blank-line or newline separated), used for multi-paragraph quotes. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Sentences with their offsets in the body, from wink's boundary detector. Wink sentences are
 * located back in the body (they never span a newline: a paragraph break always ends one).
 */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  const doc = wink.readDoc(body);
  const texts: string[] = doc.sentences().out();
  let cursor = 0;
  for (const raw of texts) {
    const at = body.indexOf(raw, cursor);
    if (at < 0) continue;
    cursor = at + raw.length;
    let offset = at;
    for (const piece of raw.split(/\n/)) {
      pushTrimmed(out, body, offset, piece);
      offset += piece.length + 1;
    }
  }
  let paragraph = 0;
  for (let i = 0; i < out.length; i++) {
    if (i > 0 && /\n/.test(body.slice(out[i - 1].end, out[i].start))) paragraph++;
    out[i].index = i;
    out[i].paragraph = paragraph;
  }
  return out;
}

function pushTrimmed(out: Sentence[], body: string, offset: number, piece: string): void {
  const lead = piece.length - piece.trimStart().length;
  const text = piece.trim();
  if (!text) return;
  const start = offset + lead;
  out.push({ index: 0, paragraph: 0, start, end: start + text.length, text: body.slice(start, start + text.length) });
}
