import { describe, expect, it } from "vitest";
import { numberWords, renderDate, renderNumber } from "../../../src/fix/render.js";

describe("writing values in the article's style", () => {
  it.each([
    [288, "500", "288"],
    [1200, "1,500", "1,200"],
    [12000, "9 000", null],
    [1180000, "1.2 million", "1.2 million"],
    [2500000, "3.1m", "2.5m"],
    [2500000000, "2bn", "2.5bn"],
    [8, "seven", "eight"],
    [312, "Three hundred and twelve", "Three hundred and twelve"],
    [45, "twelve", "forty-five"],
  ])("%d written like %j", (n, written, expected) => {
    expect(renderNumber(n, written)).toBe(expected);
  });
  it("spells numbers in words", () => {
    expect(numberWords(1_250)).toBe("one thousand two hundred and fifty");
    expect(numberWords(1_000_000)).toBeNull();
  });
  it.each([
    ["2022-11-23", "25 November", "23 November"],
    ["2022-11-23", "Nov. 25", "Nov. 23"],
    ["2022-11-23", "November 25, 2021", "November 23, 2022"],
    ["1991-12-21", "21st December 1992", "21st December 1991"],
    ["2022-09", "October last year", "September last year"],
    ["1991", "1992", "1991"],
    ["2022-11-23", "2022-11-25", "2022-11-23"],
    ["2023-01-27", "Monday", null],
    ["2023-02-01", "yesterday", null],
    ["2023-01-27", "Monday, 30 January", "Friday, 27 January"],
  ])("%s in the form of %j", (iso, written, expected) => {
    expect(renderDate(iso, written)).toBe(expected);
  });
});
