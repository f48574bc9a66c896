/** The shape of the extract stage: ordered extractors, then ordered refiners (see configuration.ts). */
import type { Claim } from "../model/claim.js";
import type { ArticleDocument } from "../model/document.js";
import type { PartialDate } from "../lib/isodate.js";
import type { Paragraph, Sentence } from "./text/segment.js";
import type { Token } from "./text/tokens.js";

export interface SentenceContext extends Sentence {
  /** Tokens of the sentence, computed once and shared by every extractor. */
  readonly tokens: readonly Token[];
}

export interface ExtractContext {
  readonly doc: ArticleDocument;
  readonly view: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly SentenceContext[];
  /** Publication date as a day, when known. */
  readonly published: PartialDate | null;
}

export interface Extractor {
  /** Stable name, recorded in every claim's provenance. */
  readonly name: string;
  extract(ctx: ExtractContext): Claim[];
}

export interface Refiner {
  readonly name: string;
  refine(ctx: ExtractContext, claims: Claim[]): Claim[];
}
