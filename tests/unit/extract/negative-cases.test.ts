import { describe, expect, it } from "vitest";
import { claimsOf } from "../../helpers/extract.js";

/**
 * Texts that must yield no claim of any kind (after chrono's negative_cases):
 * durations, times, money, identifiers, ages, vague time words, generic
 * agreements and organisations named after treaties.
 */
const NEGATIVE: string[] = [
  "",
  "   \n\n  ",
  "If Armenia is still interested, the mission can be deployed within one or two days.",
  "The CSTO is also ready to help.",
  "He noted that this plan was prepared quite a long time ago.",
  "The history of this conflict goes back decades.",
  "However, the situation is multilayered.",
  "Recently, the tone of the talks has changed.",
  "The minister spoke for 45 minutes at 11:00 GMT.",
  "The budget is €3bn, or about $3.2 billion.",
  "Flight MH17 and the F-16 jets were not mentioned.",
  "The 42-year-old suspect was remanded in custody.",
  "Article 5 of the treaty was invoked.",
  "Call 555-0100 or write to P.O. Box 12.",
  "The team won 2-0 in the final.",
  "The peace treaty is still a distant prospect.",
  "The Collective Security Treaty Organization (CSTO) met in Moscow.",
  "The agreement is expected soon.",
  "It was the first time, and the second attempt.",
  "Both sides blamed each other.",
  "This week the ministers will meet again.",
  "Now is not the time.",
  "He may speak later.",
  "Share this article: 0 comments",
];

describe("negative cases: no claims", () => {
  it.each(NEGATIVE)("%j", (text) => {
    expect(claimsOf(text).map((c) => `${c.kind}: ${c.text}`)).toEqual([]);
  });
});
