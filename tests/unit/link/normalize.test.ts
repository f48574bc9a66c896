import { describe, expect, it } from "vitest";
import { nameKeys, wordKeys } from "../../../src/link/normalize.js";

describe("name keys", () => {
  it.each([
    ["Alma-Ata", "Alma Ata"],
    ["Alma–Ata", "alma-ata"],
    ["the Minsk agreements", "Minsk Agreement"],
    ["Côte d’Ivoire", "Cote d'Ivoire"],
    ["The Good Friday Agreement", "good friday agreement"],
    ["Russia's", "Russias"],
  ])("%j and %j fold to the same keys", (a, b) => {
    expect(nameKeys(a)).toEqual(nameKeys(b));
  });
  it("keeps numbers and drops punctuation", () => {
    expect(wordKeys("New START, 2010!")).toEqual(["new", "start", "2010"]);
  });
});
