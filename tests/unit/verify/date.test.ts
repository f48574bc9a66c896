import { describe, expect, it } from "vitest";
import { compareDates } from "../../../src/verify/date.js";

describe("date comparison (CONTRACT §3)", () => {
  const CASES: Array<[string, string | null, string, string]> = [
    ["2022-09", null, "2022-09-12/2022-09-14", "agree"],
    ["2022-10", null, "2022-09-12/2022-09-14", "disagree"],
    ["2022-09-13", null, "2022-09-12/2022-09-14", "agree"],
    ["2022-09-15", null, "2022-09-12/2022-09-14", "disagree"],
    ["1991", null, "1991-12-21", "agree"],
    ["1992", null, "1991-12-21", "disagree"],
    ["1991-12-21", null, "1991", "agree"],
    ["--11-23", null, "2022-11-23", "agree"],
    ["--11-24", null, "2022-11-23", "disagree"],
    ["--11-23", null, "2022", "incomparable"],
    ["1939", "1945", "1939-09-01/1945-09-02", "agree"],
    ["2022-09-12", "2022-09-14", "2022-10-01", "disagree"],
  ];
  it.each(CASES)("%s%s against %s → %s", (value, to, ref, expected) => {
    expect(compareDates(value, to, ref).result).toBe(expected);
  });
});
