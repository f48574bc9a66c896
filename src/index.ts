/**
 * The library API of claimcheck.
 *
 *   import { loadBase, check, extract } from "claimcheck";
 *   const { base } = loadBase(["claims"]);
 *   const [file] = check([{ path: "a.md", text }], base);
 */
import type { Base } from "./model/base.js";
import type { ArticleDocument, DocumentFormat } from "./model/document.js";
import { loadArticle } from "./load/article.js";
import { loadBase as loadBaseFromDisk } from "./load/base/index.js";
import type { LoadedBase } from "./load/base/index.js";
import { checkDocuments, extractDocuments } from "./engine.js";
import type { CheckedFile, CheckOptions, ExtractedFile } from "./engine.js";
import { buildReport, FORMATTERS, reportFile } from "./report/index.js";

export interface ArticleInput {
  readonly path: string;
  readonly text: string;
  /** Publication date YYYY-MM-DD; overrides front matter and HTML metadata. */
  readonly published?: string | null;
  readonly format?: DocumentFormat;
}

function toDocument(input: ArticleInput): ArticleDocument {
  return loadArticle(input.path, input.text.replace(/^\uFEFF/, ""), { published: input.published ?? null, ...(input.format ? { format: input.format } : {}) });
}

/** Reads and validates a reference base; throws a BaseError listing every problem as file:line:column. */
export function loadBase(paths: readonly string[], options: { cwd?: string } = {}): LoadedBase {
  return loadBaseFromDisk(paths, options.cwd ?? process.cwd());
}

/** Extracts the claims of articles, without verifying them. */
export function extract(articles: readonly ArticleInput[]): ExtractedFile[] {
  return extractDocuments(articles.map(toDocument));
}

/** Extracts, links and verifies the claims of articles against a base. */
export function check(articles: readonly ArticleInput[], base: Base, options: CheckOptions = {}): CheckedFile[] {
  return checkDocuments(articles.map(toDocument), base, options);
}

/** The JSON report of CONTRACT §4 for checked files. */
export function toJsonReport(files: readonly CheckedFile[], base: Base, version: string): string {
  const report = buildReport("check", version, base, files.map((f) => reportFile(f.doc, f.findings.map((x) => x.claim), f.findings, f.inconsistencies)));
  return FORMATTERS.json(report, {});
}

export type { Base, Entry, Figure, Source } from "./model/base.js";
export type { Claim, CountClaim, DateClaim, TreatyClaim, ClaimKind, Qualifier } from "./model/claim.js";
export type { Finding, Verdict, Link, LinkResult } from "./model/finding.js";
export type { ArticleDocument, DocumentFormat } from "./model/document.js";
export type { CheckedFile, CheckOptions, ExtractedFile, LoadedBase };
export { BaseError, UserError } from "./model/errors.js";
export type { Problem } from "./model/errors.js";
