/** The verify stage: one verdict per claim, from its link and the kind's rules (CONTRACT §3). */
import type { Claim } from "../model/claim.js";
import type { Finding, LinkResult } from "../model/finding.js";
import { verifyCount } from "./count.js";
import type { CountOutcome as Outcome } from "./count.js";
import { compareDates } from "./date.js";
import { verifyTreaty } from "./treaty.js";
import { formatReason } from "./messages.js";

export interface VerifyOptions {
  /** Relative tolerance of `about` and `nearly` (CONTRACT §3; default 0.1). */
  readonly tolerance: number;
  readonly published: string | null;
}

export const DEFAULT_TOLERANCE = 0.1;

export function verifyClaim(claim: Claim, link: LinkResult, options: VerifyOptions): Finding {
  const unlinked = (rule: string, message: string): Finding => ({ claim, verdict: "unverified", entry: null, expected: null, reason: formatReason(rule, message, null), rule, link });
  if (claim.kind === "date" && claim.role === "reporting") {
    return unlinked("date.reporting", "dates a statement about the event, not the event itself");
  }
  if (!link.link) return unlinked(`link.${link.code ?? "no-entry"}`, link.reason ?? "no entry linked");
  const entry = link.link.entry;
  let outcome = outcomeOf(claim, link, options);
  const weakness = link.link?.strength === "weak" ? link.link.weakness : undefined;
  if (weakness && outcome.verdict === "contradicted") {
    // Tied by keywords only: a disagreement may just mean another event of the same parties.
    outcome = { ...outcome, verdict: "unverified", rule: "link.weak", message: `not compared: tied to the entry by keywords only and ${weakness}` };
  }
  if (link.owner && outcome.verdict === "contradicted") {
    // The year of "the Alma-Ata Declaration of 1992" is one fact: its contradiction is reported once, with the treaty.
    outcome = { ...outcome, verdict: "unverified", rule: "date.reported-with-treaty", message: `disagrees with the entry's date; reported with the treaty claim "${link.owner.text}"` };
  }
  return { claim, verdict: outcome.verdict, entry, expected: outcome.expected, reason: formatReason(outcome.rule, outcome.message, entry), rule: outcome.rule, link };
}

function outcomeOf(claim: Claim, link: LinkResult, options: VerifyOptions): Outcome {
  const entry = link.link!.entry;
  switch (claim.kind) {
    case "count":
      return verifyCount(claim, entry, options);
    case "treaty":
      return verifyTreaty(claim, entry);
    case "date": {
      const { value, to } = claim.value;
      if (value === null) {
        return { verdict: "unverified", rule: "value.unresolved", message: `"${claim.text}" could not be resolved without a publication date`, expected: null };
      }
      if (entry.date === null) return { verdict: "unverified", rule: "fact.missing", message: "the entry has no date", expected: null };
      const expected = { value: entry.date };
      const stated = to ? `${value}/${to}` : value;
      const c = compareDates(value, to, entry.date);
      if (c.result === "incomparable") return { verdict: "unverified", rule: "date.incomparable", message: c.why, expected };
      if (c.result === "agree") {
        return { verdict: "supported", rule: "date.granularity", message: `reference ${entry.date} agrees with ${stated} at ${c.grain} granularity`, expected };
      }
      return { verdict: "contradicted", rule: "date.granularity", message: `stated ${stated}, but reference ${entry.date} (compared at ${c.grain} granularity)`, expected };
    }
    default: {
      const never: never = claim;
      return never;
    }
  }
}
