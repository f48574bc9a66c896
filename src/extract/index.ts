/** The extract stage: a document's prose → its claims, in reading order. */
import type { Claim } from "../model/claim.js";
import type { ArticleDocument } from "../model/document.js";
import { parseIso } from "../lib/isodate.js";
import { EXTRACTORS, REFINERS } from "./configuration.js";
import { paragraphsOf } from "./text/segment.js";
import { tokenize } from "./text/tokens.js";
import type { ExtractContext, SentenceContext } from "./types.js";

export function extractContext(doc: ArticleDocument): ExtractContext {
  const paragraphs = paragraphsOf(doc.view, doc.blocks);
  const sentences: SentenceContext[] = paragraphs.flatMap((p) => p.sentences.map((s) => ({ ...s, tokens: tokenize(doc.view, s) })));
  const published = doc.published ? parseIso(doc.published) : null;
  return { doc, view: doc.view, paragraphs, sentences, published };
}

export function extractClaims(doc: ArticleDocument): Claim[] {
  const ctx = extractContext(doc);
  let claims: Claim[] = EXTRACTORS.flatMap((e) => e.extract(ctx));
  for (const r of REFINERS) claims = r.refine(ctx, claims);
  return claims;
}
