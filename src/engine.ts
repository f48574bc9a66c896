/**
 * The pure core: documents and a base in, findings out. load → extract → link
 * → verify. No I/O, no process, no terminal.
 */
import type { Base } from "./model/base.js";
import type { Claim } from "./model/claim.js";
import type { ArticleDocument } from "./model/document.js";
import type { Finding } from "./model/finding.js";
import { extractClaims } from "./extract/index.js";
import { createLinker } from "./link/linker.js";
import type { CompiledBase } from "./link/alias-index.js";
import type { Linker } from "./link/linker.js";
import { DEFAULT_TOLERANCE, verifyClaim } from "./verify/index.js";
import { inconsistencies } from "./verify/consistency.js";
import type { Inconsistency } from "./verify/consistency.js";

export interface CheckOptions {
  /** Relative tolerance for `about` and `nearly` (default 0.1, CONTRACT §3). */
  readonly tolerance?: number;
}

export interface ExtractedFile {
  readonly doc: ArticleDocument;
  readonly claims: readonly Claim[];
}

export interface CheckedFile {
  readonly doc: ArticleDocument;
  readonly findings: readonly Finding[];
  /** Pairs of claims of this article that cannot both hold. */
  readonly inconsistencies: readonly Inconsistency[];
}

export function extractDocuments(docs: readonly ArticleDocument[]): ExtractedFile[] {
  return sortByPath(docs).map((doc) => ({ doc, claims: extractClaims(doc) }));
}

/** A checker bound to one base: the base is compiled for linking once and reused for every document. */
export function createChecker(base: Base | CompiledBase, options: CheckOptions = {}): (doc: ArticleDocument) => CheckedFile {
  const linker: Linker = createLinker(base);
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  return (doc) => {
    const claims = extractClaims(doc);
    const links = linker.linkAll(doc.view, claims, doc.published, doc.blocks);
    const findings = claims.map((claim, i) => verifyClaim(claim, links[i]!, { tolerance, published: doc.published, view: doc.view }));
    const sentenceOf = (f: Finding) => doc.view.slice(f.claim.sentence.start, f.claim.sentence.end);
    return { doc, findings, inconsistencies: inconsistencies(findings, sentenceOf, tolerance) };
  };
}

export function checkDocuments(docs: readonly ArticleDocument[], base: Base, options: CheckOptions = {}): CheckedFile[] {
  const check = createChecker(base, options);
  return sortByPath(docs).map(check);
}

function sortByPath(docs: readonly ArticleDocument[]): ArticleDocument[] {
  return [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
