import type { Position } from "../model/location.js";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export type Decoded = { ok: true; text: string } | { ok: false; message: string; offset: number };

/**
 * Decodes article or base bytes: UTF-8 with or without BOM (removed). UTF-16,
 * NUL bytes and invalid UTF-8 are refused with the byte offset of the problem.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: "UTF-16 is not supported; save the file as UTF-8", offset: 0 };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, message: "binary file (NUL byte)", offset: nul };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, message: "invalid UTF-8", offset: firstInvalidUtf8(bytes) };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary-search the longest valid prefix; decoding is linear, so this is O(n log n) at worst.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // The valid prefix may end with the start of a sequence the next byte breaks ("\xc3(" ): the problem is that start.
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, lo));
  } catch {
    let k = lo - 1;
    while (k > 0 && (bytes[k]! & 0xc0) === 0x80) k--;
    return k;
  }
  return lo;
}

/**
 * Offsets → 1-based line:column. A line ends at LF, CRLF or a lone CR, so LF and
 * CRLF copies of a text give the same line:column for the same claim.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }

  /** Byte offset into a UTF-8 buffer → offset into its decoded text, for error positions. */
  static offsetOfByte(bytes: Uint8Array, byteOffset: number): number {
    return new TextDecoder("utf-8").decode(bytes.subarray(0, byteOffset)).replace(/^\uFEFF/, "").length;
  }
}
