import { describe, expect, it } from "vitest";
import { dayNumber, fromDayNumber, parseIso, parseIsoInterval, weekday } from "../../../src/lib/isodate.js";

describe("ISO partial dates", () => {
  it("parses the contract's forms and refuses impossible dates", () => {
    expect(parseIso("2022")?.grain).toBe("year");
    expect(parseIso("2022-09")?.grain).toBe("month");
    expect(parseIso("2024-02-29")?.grain).toBe("day");
    expect(parseIso("2023-02-29")).toBeNull();
    expect(parseIso("--11-23")).toMatchObject({ year: null, month: 11, day: 23 });
    expect(parseIso("2022-13")).toBeNull();
    expect(parseIsoInterval("2022-09-12/2022-09-14")).not.toBeNull();
    expect(parseIsoInterval("2022-09-14/2022-09-12")).toBeNull();
  });
  it("counts days without time zones", () => {
    expect(weekday(dayNumber(2023, 2, 2))).toBe(4);
    for (const n of [0, 1, 59, 60, 365, 730_000, 738_858]) {
      const d = fromDayNumber(n);
      expect(dayNumber(d.year, d.month, d.day)).toBe(n);
    }
  });
});
