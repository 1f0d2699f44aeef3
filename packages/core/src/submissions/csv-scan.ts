/*
 * A check of CSV text that follows d3-dsv's csvParseRows token by token, but keeps what the parser throws away:
 * which physical line each record starts on, and where a quoted field misbehaves. A quote that never closes makes
 * d3-dsv read the rest of the file as one field, in whatever column it opens, so every following row would be
 * lost without a word; this scan makes each such case a located error, and counts the records the file holds so
 * the reader can check it read every one.
 */

import { runSteps, type Steps } from './incremental.js';

const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;
const RETURN = 13;

export type CsvQuoteProblemKind = 'unclosed-quote' | 'multiline-field' | 'text-after-quote';

export interface CsvQuoteProblem {
  kind: CsvQuoteProblemKind;
  /** 0-based record index (as csvParseRows numbers records) of the record where the quote opens. */
  record: number;
  /** 0-based field index in that record. */
  field: number;
  /** 1-based physical line where the quote opens. */
  line: number;
  /** Line breaks inside the field (multiline-field, unclosed-quote): lines swallowed. */
  lines: number;
}

export interface CsvScan {
  /** Records csvParseRows yields for this text (blank lines included). */
  records: number;
  /** Physical lines of the text (a final line break does not start a line). */
  lines: number;
  problems: CsvQuoteProblem[];
  /** Records with a quote problem: not to be read. */
  bad: Set<number>;
  /**
   * Where the text can be cut into pieces of whole records, about every CHUNK_CHARS characters: the first
   * record of each piece and its offset, starting with record 0 at offset 0. csvParseRows reads each piece as it
   * would read that part of the whole text.
   */
  chunks: CsvChunk[];
}

export interface CsvChunk {
  /** 0-based index of the piece's first record. */
  record: number;
  /** Offset of its first character. */
  offset: number;
}

/** About how many characters a piece of the text holds (256 K: a few milliseconds of reading). */
export const CHUNK_CHARS = 1 << 18;

/** Line breaks in text[from, to): `\r\n`, `\n` and a lone `\r` each count once, as csvParseRows reads them. */
function countBreaks(text: string, from: number, to: number, hasReturn = true): number {
  let n = 0;
  if (!hasReturn) {
    // A long stretch without a carriage return: count line feeds natively.
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
    return n;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) n++;
    else if (c === RETURN) {
      n++;
      if (text.charCodeAt(i + 1) === NEWLINE) i++;
    }
  }
  return n;
}

/** The offset after the line break at or after `from` (before N), or -1: where the next record starts. */
function nextLineStart(text: string, from: number, N: number, hasReturn: boolean): number {
  const feed = text.indexOf('\n', from);
  const ret = hasReturn ? text.indexOf('\r', from) : -1;
  const at = ret >= 0 && (feed < 0 || ret < feed) ? ret : feed;
  if (at < 0) return -1;
  const start = at === ret && text.charCodeAt(at + 1) === NEWLINE ? at + 2 : at + 1;
  return start < N ? start : -1;
}

/** Scans CSV text as csvParseRows would read it. Linear; allocates only for problems and pieces. */
export function scanCsv(text: string): CsvScan {
  return runSteps(scanCsvSteps(text));
}

/** scanCsv in steps: it pauses about every `chunkChars` characters (see incremental.ts). */
export function* scanCsvSteps(text: string, chunkChars = CHUNK_CHARS): Steps<CsvScan> {
  let N = text.length;
  if (text.charCodeAt(N - 1) === NEWLINE) --N;
  if (text.charCodeAt(N - 1) === RETURN) --N;
  const problems: CsvQuoteProblem[] = [];
  const bad = new Set<number>();
  const chunks: CsvChunk[] = [{ record: 0, offset: 0 }];
  const hasReturn = text.indexOf('\r') >= 0;
  if (N <= 0) return { records: 0, lines: 0, problems, bad, chunks };
  if (text.indexOf('"') < 0 || text.indexOf('"') >= N) {
    // Without quotes every line is a record: cut at line starts, counting the breaks before each cut.
    let breaks = 0;
    let from = 0;
    for (;;) {
      const cut = from + chunkChars < N ? nextLineStart(text, from + chunkChars, N, hasReturn) : -1;
      if (cut < 0) break;
      breaks += countBreaks(text, from, cut, hasReturn);
      chunks.push({ record: breaks, offset: cut });
      from = cut;
      yield;
    }
    const lines = breaks + countBreaks(text, from, N, hasReturn) + 1;
    return { records: lines, lines, problems, bad, chunks };
  }
  let lines = 1;
  for (let from = 0; from < N;) {
    let to = Math.min(N, from + chunkChars);
    if (text.charCodeAt(to - 1) === RETURN && text.charCodeAt(to) === NEWLINE) to++; // "\r\n" is one break
    lines += countBreaks(text, from, to, hasReturn);
    from = to;
    yield;
  }

  let records = 0;
  let line = 1;
  let I = 0;
  let field = 0;
  let nextChunk = chunkChars;
  const problem = (kind: CsvQuoteProblemKind, openLine: number, swallowed: number) => {
    problems.push({ kind, record: records, field, line: openLine, lines: swallowed });
    bad.add(records);
  };
  // One iteration per field; a record ends at a line break or the end of the text.
  for (;;) {
    let endOfRecord = false;
    let endOfText = false;
    if (text.charCodeAt(I) === QUOTE) {
      let j = I + 1;
      let close = -1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0 || q >= N) break;
        if (text.charCodeAt(q + 1) === QUOTE && q + 1 < N) {
          j = q + 2;
          continue;
        }
        close = q;
        break;
      }
      if (close < 0) {
        problem('unclosed-quote', line, countBreaks(text, I + 1, N, hasReturn));
        records++;
        break;
      }
      const inside = countBreaks(text, I + 1, close, hasReturn);
      if (inside > 0) problem('multiline-field', line, inside);
      line += inside;
      I = close + 1;
      if (I >= N) endOfText = true;
      else {
        const c = text.charCodeAt(I++);
        if (c === NEWLINE) endOfRecord = true;
        else if (c === RETURN) {
          endOfRecord = true;
          if (text.charCodeAt(I) === NEWLINE) ++I;
        } else if (c !== COMMA && !bad.has(records)) problem('text-after-quote', line, 0);
      }
    } else {
      let i = I;
      for (; i < N; i++) {
        const c = text.charCodeAt(i);
        if (c === COMMA || c === NEWLINE || c === RETURN) break;
      }
      if (i >= N) endOfText = true;
      else {
        const c = text.charCodeAt(i);
        I = i + 1;
        if (c === NEWLINE) endOfRecord = true;
        else if (c === RETURN) {
          endOfRecord = true;
          if (text.charCodeAt(I) === NEWLINE) ++I;
        }
      }
    }
    if (endOfText) {
      records++;
      break;
    }
    if (endOfRecord) {
      records++;
      line++;
      field = 0;
      if (I >= N) {
        // A line break right before the (stripped) end: csvParseRows yields one more, empty, record.
        records++;
        break;
      }
      if (I >= nextChunk) {
        chunks.push({ record: records, offset: I });
        nextChunk = I + chunkChars;
        yield;
      }
    } else field++;
  }
  return { records, lines, problems, bad, chunks };
}
