import { describe, expect, it } from "vitest";
import { plantCount, plantCountWith, plantTreaty } from "../../../src/eval/plant.js";

describe("planting a false count", () => {
  it("moves the number up by a factor no tolerance covers, or down for an upper bound", () => {
    expect(plantCountWith("at least 23 people", "at_least")).toEqual({ text: "at least 49 people", factors: [49 / 23] });
    expect(plantCount("up to 300 people", "at_most")).toBe("up to 100 people");
    expect(plantCount("1,210 people", "exact")).toBe("2,423 people");
    expect(plantCount("Four men", "exact")).toBe("Eleven men");
  });
  it("moves the number that is the claim's value, not another written before it", () => {
    expect(plantCountWith("One protester, a 19-year-old student, died", "exact", 1)).toEqual({ text: "Five protester, a 19-year-old student, died", factors: [5] });
    expect(plantCountWith("nine of the company's 14 control centres", "exact", 9)?.text).toBe("twenty of the company's 14 control centres");
    expect(plantCountWith("nine of the company's 14 control centres", "exact", 14)?.text).toBe("nine of the company's 31 control centres");
    expect(plantCountWith("1.2 million people", "exact", 1_200_000)?.text).toBe("2.9 million people");
  });
  it("moves every number of a range, so it stays a range", () => {
    expect(plantCountWith("between 20 and 30 villages", "range")).toEqual({ text: "between 43 and 63 villages", factors: [43 / 20, 63 / 30] });
    expect(plantCount("two or three villages", "range")).toBe("seven or nine villages");
  });
  it("leaves what it cannot make false", () => {
    expect(plantCount("a few hundred people", "exact")).toBeNull();
    expect(plantCount("up to one person", "at_most")).toBeNull();
    expect(plantTreaty("the Budapest Memorandum")).toBeNull();
  });
});
