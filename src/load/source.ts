/** Reads an article's bytes into a document, or says precisely why it cannot. */
import type { ArticleDocument } from "../model/document.js";
import { loadArticle } from "./article.js";
import type { ArticleOptions } from "./article.js";
import { decodeUtf8, LineIndex } from "./text.js";

export type Loaded = { ok: true; doc: ArticleDocument } | { ok: false; message: string };

export function documentFromBytes(path: string, bytes: Uint8Array, options: ArticleOptions = {}): Loaded {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, decoded.offset)).replace(/^\uFEFF/, "");
    const at = new LineIndex(prefix).position(prefix.length);
    return { ok: false, message: `${path}:${at.line}:${at.column}: ${decoded.message}` };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { ok: true, doc: { ...loadArticle(path, decoded.text, options), hasBom } };
}
