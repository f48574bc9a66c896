import { describe, expect, it } from "vitest";
import { datesOf } from "../../../helpers/extract.js";

const dates = (text: string, published = "2020-01-01") => datesOf(text, published).map((d) => [d.text, d.value.value]);

describe("dates counted from another date of the story", () => {
  it("counts days, weeks, months and years on from the last date written before", () => {
    expect(dates("The quake struck on March 3, 2015. Three days later, a tsunami hit the coast.")).toEqual([
      ["March 3, 2015", "2015-03-03"],
      ["Three days later", "2015-03-06"],
    ]);
    expect(dates("The war began in 1998. Two years later, a truce was signed, and the following year talks resumed.")).toEqual([
      ["1998", "1998"],
      ["Two years later", "2000"],
      ["the following year", "2001"],
    ]);
    expect(dates("Talks opened in May 2011. A month later they collapsed, and later that year the envoy quit.")).toEqual([
      ["May 2011", "2011-05"],
      ["A month later", "2011-06"],
      ["later that year", "2011"],
    ]);
  });
  it("moves the story's time on with each of them", () => {
    expect(dates("The quake struck on March 3, 2015. Three days later, a tsunami hit. The next day, rescuers arrived.").map((d) => d[1])).toEqual(["2015-03-03", "2015-03-06", "2015-03-07"]);
  });
  it("counts the next day from the story's last date, not from the publication", () => {
    // chrono alone reads "next day" as the day after publication.
    expect(dates("He was killed in a raid on Oct. 16. Duterte flew to Marawi the next day.", "2017-10-24")).toEqual([
      ["Oct. 16", "2017-10-16"],
      ["the next day", "2017-10-17"],
    ]);
    // Restated at once by a written date, it is no claim of its own: the written date is.
    const restated = dates("On Feb. 1 Washington suspended it. Russia followed the next day, on Feb. 2.", "2019-08-02");
    expect(restated).toContainEqual(["Feb. 2", "2019-02-02"]);
    expect(restated.filter((d) => d[0]!.includes("next day")).map((d) => d[1])).not.toContain("2019-02-02");
  });
  it("reads the paragraph before, but no further", () => {
    expect(dates("The quake struck on March 3, 2015.\n\nTwo days later, aid arrived.").map((d) => d[1])).toEqual(["2015-03-03", "2015-03-05"]);
    expect(dates("The quake struck on March 3, 2015.\n\nAid was slow.\n\nTwo days later, aid arrived.").map((d) => d[1])).toEqual(["2015-03-03"]);
  });
  it("needs an anchor as precise as its unit, and none it counts back from", () => {
    // A year is no anchor for days; "earlier" is read against the story's present (chrono), not the last date.
    expect(dates("The war began in 1998. Three days later, a truce was signed.")).toEqual([["1998", "1998"]]);
    expect(dates("No date is written here. Three days later, a truce was signed.")).toEqual([]);
    expect(dates("Officials will meet again three days after the vote.")).toEqual([]);
  });
});
