/** Quoted passages: curly and straight double quotes, multi-word curly single quotes, per paragraph. */
export interface QuoteSpan {
  /** Offsets of the quoted text, marks excluded. */
  start: number;
  end: number;
  text: string;
  /** Opened but not closed before the paragraph ended: the quote continues in the next paragraph. */
  open: boolean;
}

const PAIRS: Array<[string, string]> = [['“', '”'], ['"', '"'], ['‘', '’'], ['«', '»']];

export function findQuoteSpans(body: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let offset = 0;
  for (const para of body.split('\n')) {
    scanParagraph(para, offset, spans);
    offset += para.length + 1;
  }
  return spans.sort((a, b) => a.start - b.start);
}

const OPENERS = /[“"‘«]/g;

function scanParagraph(para: string, offset: number, spans: QuoteSpan[]): void {
  let i = 0;
  while (i < para.length) {
    OPENERS.lastIndex = i;
    const next = OPENERS.exec(para);
    if (!next) return;
    i = next.index;
    const pair = PAIRS.find(([open]) => para[i] === open);
    if (!pair || (pair[0] === '‘' && /\p{L}/u.test(para[i - 1] ?? ''))) { i++; continue; }
    const close = findClose(para, i + 1, pair);
    if (close < 0) {
      if (pair[0] === '“' || pair[0] === '"') push(spans, para, offset, i + 1, para.length, true);
      return;
    }
    const inner = para.slice(i + 1, close);
    // a single curly quote pair around one word is usually an apostrophe pair or a scare quote
    if (pair[0] !== '‘' || /\s/.test(inner.trim())) push(spans, para, offset, i + 1, close, false);
    i = close + 1;
  }
}

function findClose(para: string, from: number, [open, close]: [string, string]): number {
  for (let j = para.indexOf(close, from); j >= 0; j = para.indexOf(close, j + 1)) {
    // a closing single curly quote followed by a letter is an apostrophe ("didn’t")
    if (open === '‘' && /\p{L}/u.test(para[j + 1] ?? '')) continue;
    return j;
  }
  return -1;
}

function push(spans: QuoteSpan[], para: string, offset: number, from: number, to: number, open: boolean): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(para[a])) a++;
  while (b > a && /[\s,]/.test(para[b - 1])) b--;
  if (b > a) spans.push({ start: offset + a, end: offset + b, text: para.slice(a, b), open });
}
