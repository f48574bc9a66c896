import type { Span } from "./location.js";

export type DocumentFormat = "text" | "markdown" | "html";

export type PublishedSource = "option" | "front-matter" | "html-meta" | "dateline" | "none";

/**
 * A loaded article. `text` is the decoded input (BOM removed); `view` has the
 * same length with everything that is not prose (markup, front matter, code)
 * blanked out, so offsets into `view` are offsets into `text`.
 */
export interface ArticleDocument {
  readonly path: string;
  readonly format: DocumentFormat;
  readonly text: string;
  readonly view: string;
  /** Paragraph-level blocks of prose (headings, list items and paragraphs). */
  readonly blocks: readonly Span[];
  readonly published: string | null;
  readonly publishedFrom: PublishedSource;
  /** Whether the file began with a byte-order mark (removed from `text`; kept when a fix is written). */
  readonly hasBom?: boolean;
}
