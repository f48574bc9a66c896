/**
 * Fingerprints of findings, keyed by content — kind, claim text (spaces
 * folded), entry id and expected value — never by line numbers, so an edit
 * elsewhere in the article keeps them. A claim repeated in one file gets
 * `:2`, `:3`... in reading order. Used by SARIF partialFingerprints, baselines
 * and `ignore` lists.
 */
import { createHash } from "node:crypto";
import type { Claim } from "../model/claim.js";
import type { Finding } from "../model/finding.js";

export function contentKey(claim: Claim, finding: Finding | null): string {
  const text = claim.text.replace(/\s+/g, " ").trim();
  const expected = finding?.expected ? JSON.stringify(finding.expected) : "";
  return [claim.kind, text, finding?.entry?.id ?? "", expected].join("\u0000");
}

export function fingerprintsOf(items: ReadonlyArray<{ claim: Claim; finding: Finding | null }>): string[] {
  const seen = new Map<string, number>();
  return items.map(({ claim, finding }) => {
    const hash = createHash("sha256").update(contentKey(claim, finding)).digest("hex").slice(0, 16);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return n === 1 ? hash : `${hash}:${n}`;
  });
}

/** An inconsistency's fingerprint: what it is about and its two claims' fingerprints, so it is as stable as they are. */
export function pairFingerprint(about: string, first: string, second: string): string {
  return createHash("sha256").update([about, first, second].join("\u0000")).digest("hex").slice(0, 16);
}
