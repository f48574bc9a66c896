import { describe, expect, it } from "vitest";
import { singular } from "../../../src/lib/words.js";
import { table } from "../../../src/lib/table.js";

describe("singular", () => {
  it("folds regular and irregular plurals", () => {
    expect(["districts", "casualties", "churches", "heroes", "people", "children", "crises", "status"].map(singular)).toEqual([
      "district", "casualty", "church", "hero", "person", "child", "crisis", "status",
    ]);
  });

  it("reads words that name object machinery as words", () => {
    expect(["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"].map(singular)).toEqual(["constructor", "__proto__", "tostring", "valueof", "hasownproperty"]);
  });
});

describe("table", () => {
  it("has only the keys written in it", () => {
    const t = table({ one: 1 });
    expect(t["one"]).toBe(1);
    expect(t["constructor"]).toBeUndefined();
    expect("__proto__" in t).toBe(false);
    expect("toString" in t).toBe(false);
    expect(Object.isFrozen(t)).toBe(true);
  });
});
