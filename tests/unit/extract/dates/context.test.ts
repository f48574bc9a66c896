import { describe, expect, it } from "vitest";
import { governorOf } from "../../../../src/extract/dates/context.js";
import { tokenize } from "../../../../src/extract/text/tokens.js";

/** The governor of the date written after `before`. */
function governor(sentence: string, date: string): string | null {
  const tokens = tokenize(sentence, { start: 0, end: sentence.length });
  const at = sentence.indexOf(date);
  return governorOf(tokens, tokens.findIndex((t) => t.start >= at));
}

describe("governorOf", () => {
  it("finds the verb a date is attached to", () => {
    expect(governor("The treaty was signed in Prague on 8 April 2010.", "8 April")).toBe("signed");
    expect(governor("Rescuers pulled nine miners alive from a collapsed coal mine in eastern Dravenia on Wednesday.", "Wednesday")).toBe("pulled");
  });

  it("skips a participle that describes a noun", () => {
    expect(governor("The ruling party took a battered town on Monday.", "Monday")).toBe("took");
  });

  it("stops at a clause boundary", () => {
    expect(governor("Troops attacked, and on Monday the talks resumed.", "Monday")).toBeNull();
  });
});
