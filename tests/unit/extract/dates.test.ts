import { describe, expect, it } from "vitest";
import { datesOf } from "../../helpers/extract.js";

/** [sentence, published, expected [text, value, to?][]] */
const FOUND: Array<[string, string | null, Array<[string, string | null, string?]>]> = [
  ["After a surge of violence in September last year, talks stalled.", "2023-02-02", [["September last year", "2022-09"]]],
  ["Inspectors visited on 3 February this year and on February 6 last year.", "2025-06-19", [["3 February this year", "2025-02-03"], ["February 6 last year", "2024-02-06"]]],
  // An -ed adjective is no past verb: the tense is the verb's before it.
  ["A crane was expected to lift the submerged carriages on Saturday.", "2024-11-14", [["Saturday", "2024-11-16"]]],
  ["Schools will stay closed until Friday.", "2025-03-12", [["Friday", "2025-03-14"]]],
  ["The summit was held in Yerevan on November 23.", "2023-02-02", [["November 23", "2022-11-23"]]],
  ["The summit was held in Yerevan on November 23.", null, [["November 23", "--11-23"]]],
  ["The protocol was signed on 21 December 1991 in Alma-Ata.", "2023-02-02", [["21 December 1991", "1991-12-21"]]],
  ["Fighting raged on 12–14 September 2022.", "2023-02-02", [["12–14 September 2022", "2022-09-12", "2022-09-14"]]],
  ["The war lasted from 1939 to 1945.", null, [["1939 to 1945", "1939", "1945"]]],
  ["The country became independent in 1991.", null, [["1991", "1991"]]],
  ["Gunmen killed 12 people on Monday.", "2023-02-02", [["Monday", "2023-01-30"]]],
  ["The talks will resume on Monday.", "2023-02-02", [["Monday", "2023-02-06"]]],
  // An intention in the present after a plural subject looks ahead; its past form is a plan that may be behind.
  ["Biden and the first lady plan to visit Uvalde on Sunday.", "2022-05-28", [["Sunday", "2022-05-29"]]],
  ["The ministers hope to sign the accord on Monday.", "2023-02-02", [["Monday", "2023-02-06"]]],
  ["The attack of 9/11/2001 changed air travel.", "2014-03-04", [["9/11/2001", "2001-09-11"]]],
  ["Voters rejected Renzi's plan to overhaul the constitution in a referendum on Sunday.", "2016-12-06", [["Sunday", "2016-12-04"]]],
  ["Voters rejected the plan to overhaul the constitution on Sunday.", "2016-12-06", [["Sunday", "2016-12-04"]]],
  ["She said the rollout would be extended to 12- to 15-year-olds from Monday.", "2023-02-02", [["Monday", "2023-02-06"]]],
  ["The rollout has been extended from Monday.", "2023-02-02", [["Monday", "2023-01-30"]]],
  ["The ministers met yesterday.", "2023-02-02", [["yesterday", "2023-02-01"]]],
  ["Prices rose sharply last month.", "2023-02-02", [["last month", "2023-01"]]],
  ["The offensive began in early December.", "2023-02-02", [["early December", "2022-12"]]],
  ["Troops withdrew in March 2021.", null, [["March 2021", "2021-03"]]],
  ["The vote is scheduled for March 5.", "2023-02-02", [["March 5", "2023-03-05"]]],
  // The tense is the date's clause's: a verb before a comma and "with" does not reach it; with no cue before it, the
  // verb after a date in the subject gives it.
  ["It leads, according to a poll published on Thursday, with three weeks to go before the November 19 election.", "2023-11-02", [["Thursday", "2023-11-02"], ["November 19", "2023-11-19"]]],
  ["A planned swap of 48 prisoners in March collapsed at the last minute.", "2024-12-09", [["March", "2024-03"]]],
  ["The ferry sank on tuesday.", "2023-02-02", [["tuesday", "2023-01-31"]]],
  // The deadline of a thing to be done lies ahead of the verb that set it; the dots of "a.m." end no clause.
  ["It asked the government to respond by September 30.", "2024-05-23", [["September 30", "2024-09-30"]]],
  // ...but a verb whose infinitive is done when it is ("failed to become") is no plan.
  ["The referendum failed to become binding on Sunday.", "2018-08-27", [["Sunday", "2018-08-26"]]],
  ["The referendum failed to become binding on Tuesday.", "2018-08-27", [["Tuesday", "2018-08-21"]]],
  ["The minister asked them to reply on Tuesday.", "2018-08-27", [["Tuesday", "2018-08-28"]]],
  // A passive after "be" and an adverb takes the tense before them.
  ["The charter is due to be formally proclaimed by the assembly in April.", "2019-02-26", [["April", "2019-04"]]],
  ["The warehouses held enough grain to feed them until March.", "2024-10-22", [["March", "2025-03"]]],
  ["The centre was alerted to the trawler at 10:40 a.m. on June 8 by a hotline.", "2024-05-23", [["June 8", "2023-06-08"]]],
  // A present of schedule reaches over "6 p.m.": the dots of an abbreviation are no words.
  ["The accord takes effect at 6 p.m. local time on Friday.", "2022-11-03", [["Friday", "2022-11-04"]]],
  // The start of a range takes its end's year.
  ["The armies faced off at Doklam from June to August 2017.", "2020-06-17", [["June to August 2017", "2017-06", "2017-08"]]],
  ["The drought lasted from November to February 2018.", "2020-06-17", [["November to February 2018", "2017-11", "2018-02"]]],
  // Nor do those of "U.N.", however far the verb's tense is.
  ["It will be opened for signature at U.N. headquarters in New York on April 22.", "2015-12-12", [["April 22", "2016-04-22"]]],
  // "last September" is the latest September before publication; a fronted "By Tuesday," takes its clause's past;
  // tickets "going on sale in March" plan nothing.
  ["The inquiry into the riot last September has concluded.", "2023-05-30", [["last September", "2022-09"]]],
  ["By Tuesday, health authorities had attributed 38 deaths to the heat.", "2024-07-24", [["Tuesday", "2024-07-23"]]],
  ["The final sold out within hours of tickets going on sale in March.", "2025-06-15", [["March", "2025-03"]]],
  // A month and a number set off by a comma are no day of it.
  ["In September, 11 soldiers were killed near the pass.", "2022-12-08", [["September", "2022-09"]]],
  ["The summit in March will decide.", "2024-07-09", [["March", "2025-03"]]],
  // A year before an event a possessive owns, or before an owner's name, is the event's date: "King's" is no plural.
  ["The margin was wider than in Canada's 1995 referendum on Quebec sovereignty.", "2014-09-19", [["1995", "1995"]]],
  ["It is the deadliest fire since the 1987 King's Cross fire.", "2017-06-15", [["1987", "1987"]]],
  // The dot of an abbreviated title or month ends no clause: the past verb before it governs the date.
  ["Sanctions were lifted by Gen. Smith on Nov. 9.", "2018-08-01", [["Nov. 9", "2017-11-09"]]],
  // The day of a scheduled event (a deadline, an election set ahead by "for" or "before") or of a start is not dated
  // by the clause's verb: the nearer year, or the tense of the verb after it.
  ["The decision came four days before a May 12 deadline for Trump to decide.", "2018-05-08", [["May 12", "2018-05-12"]]],
  ["Ceremonies were overshadowed by campaigning for a presidential election on Jan. 8.", "2014-12-26", [["Jan. 8", "2015-01-08"]]],
  ["Both sides agreed to a ceasefire starting on June 1.", "2024-05-24", [["June 1", "2024-06-01"]]],
  // A day something was set for, by its weekday: the coming one when less than half as far as the last.
  ["Tusk called a summit of euro zone leaders for Tuesday.", "2015-07-05", [["Tuesday", "2015-07-07"]]],
  ["It pledged to cut its emissions by 6 percent from 1990 levels.", "2005-02-16", [["1990", "1990"]]],
  ["The regional council called a strike for Thursday.", "2015-07-05", [["Thursday", "2015-07-02"]]],
  // What one is to do lies after the verb that set it: the nearer year.
  ["FIFA had invited the team to watch the World Cup final in Moscow on July 15.", "2018-07-10", [["July 15", "2018-07-15"]]],
  ["The Aug. 20 bombing killed 12 people.", "2018-05-08", [["Aug. 20", "2017-08-20"]]],
  ["Parliament held a presidential election on Aug. 20.", "2018-05-08", [["Aug. 20", "2017-08-20"]]],
  ["Gunmen killed 12 people on Monday.", null, [["Monday", null]]],
  ["The ceasefire was signed on the second of August 2022.", null, [["second of August 2022", "2022-08-02"]]],
  // A two-digit number after a day and a comma is no year: news writes years in full.
  ["On Sept. 30, 13 migrants drowned off Sicily.", "2013-10-08", [["Sept. 30", "2013-09-30"]]],
  ["The treaty was signed on March 5, 2019, in Paris.", "2019-10-08", [["March 5, 2019", "2019-03-05"]]],
  // After a preposition of time, a year, whatever verb follows; a casualty verb's figure is a count.
  ["The quake in 1985 killed about 5,000 people.", "2010-03-02", [["1985", "1985"]]],
  ["The Galveston hurricane of 1900 killed about 8,000 people.", "2008-09-16", [["1900", "1900"]]],
  ["The floods of 2010 displaced 20 million people.", "2012-01-01", [["2010", "2010"]]],
  ["A total of 1500 were killed.", "2012-01-01", []],
  // "… that year" takes the story's last year, a comma after it ending a clause ("in 2002, when").
  [
    "Riots broke out in 2002, when 1,000 people were killed. They followed a train fire on Feb. 27 that year.",
    "2008-07-29",
    [["2002", "2002"], ["Feb. 27 that year", "2002-02-27"]],
  ],
  // A start past a time of day, the earliest a thing may happen, and a possibility: the nearer day, not the last one.
  ["The governor ordered gas rationing starting at noon on Saturday.", "2012-11-02", [["Saturday", "2012-11-03"]]],
  ["Forecasters said oil could reach the marshes as early as Friday.", "2010-04-29", [["Friday", "2010-04-30"]]],
  ["Forecasters said talks may resume on Friday.", "2010-04-29", [["Friday", "2010-04-30"]]],
  ["Rescuers could not reach the village until Monday.", "2010-04-29", [["Monday", "2010-04-26"]]],
  ["Officials said the storm could have hit on Monday.", "2010-04-29", [["Monday", "2010-04-26"]]],
  // Weeks counted from the publication (a Wednesday): Monday to Sunday; the weekend just past, or the coming one.
  ["The blasts a week ago killed at least 114 people.", "2015-08-19", [["a week ago", "2015-08-12"]]],
  ["Two weeks ago, 40 people were hurt.", "2015-08-19", [["Two weeks ago", "2015-08-05"]]],
  ["Talks with the government collapsed last week.", "2015-08-19", [["last week", "2015-08-10", "2015-08-16"]]],
  ["The leaders will meet again next week.", "2015-08-19", [["next week", "2015-08-24", "2015-08-30"]]],
  ["Protests last weekend drew thousands.", "2015-08-19", [["last weekend", "2015-08-15", "2015-08-16"]]],
  ["Police arrested 12 people at the weekend.", "2015-08-19", [["weekend", "2015-08-15", "2015-08-16"]]],
  ["Supporters will march over the weekend.", "2015-08-19", [["weekend", "2015-08-22", "2015-08-23"]]],
  ["Police arrested 12 people at the weekend.", "2015-08-22", [["weekend", "2015-08-22", "2015-08-23"]]],
  ["The ministers met last week.", null, [["last week", null]]],
];

const IGNORED: string[] = [
  // Two numbers and a slash with no year: a name, a fraction or a score, not a date.
  "State media called the attack China's 9/11.",
  // A span of months joined by hyphens is a season of every year.
  "It formed before the June-to-September monsoon.",
  "The June-September rains failed.",
  // The new value of a change is a count, whatever its digits.
  "The death toll rose to 1437 on the third day.",
  "Chile quake kills 1593 as troops pour into south.",
  "Confirmed cases reached 1200.",
  // A bound on how long ago is no date.
  "That was the Hartley Colliery accident, more than 150 years ago.",
  // A weekday's short form in lower case is another word.
  "The satellite reached a sun-synchronous orbit.",
  "The couple plan to wed in secret.",
  "The mission can be deployed within one or two days.",
  "The meeting starts at 10:30.",
  "Officials met this week to discuss it.",
  // A week that is a duration, or counted from another date.
  "In the last week, 30 people died.",
  "A week later, 12 more had died.",
  "Every weekend, crowds gather in the square.",
  "It takes two weeks to rebuild a house.",
  // A day of a week is the day's date, not the week's.
  "The vote is on Friday next week.",
  "The situation has changed recently.",
  "Now the talks can begin.",
  "The talks lasted three hours.",
  "It may take a while.",
  "The 1990s were turbulent.",
  "More than 2000 people attended.",
  "The blast lasted 30 seconds.",
  "He paused for a second.",
];

describe("date extractors", () => {
  it.each(FOUND)("finds the dates of %j (published %s)", (sentence, published, expected) => {
    const got = datesOf(sentence, published).map((d) => (d.value.to !== undefined ? [d.text, d.value.value, d.value.to] : [d.text, d.value.value]));
    expect(got).toEqual(expected);
  });

  it.each(IGNORED)("finds no date in %j", (sentence) => {
    expect(datesOf(sentence).map((d) => d.text)).toEqual([]);
  });

  it("tells a reporting date from an event date", () => {
    const [said] = datesOf("Lavrov said on Tuesday that the offer stands.");
    expect(said?.role).toBe("reporting");
    const [event] = datesOf("On Tuesday, gunmen killed 12 people.");
    expect(event?.role).toBe("event");
    const [announced] = datesOf("On Monday, the ministry announced a new toll.");
    expect(announced?.role).toBe("reporting");
    // Between a subject and its verb of saying or of putting a figure.
    expect(datesOf("Police on Sunday said the crush began at 10 p.m.")[0]?.role).toBe("reporting");
    expect(datesOf("Indonesian authorities on Monday put the death toll at 125.")[0]?.role).toBe("update");
    expect(datesOf("Fans gathered on Sunday outside the stadium.")[0]?.role).toBe("event");
    // Acts done by speaking: an apology, a condemnation, a pledge.
    expect(datesOf("Obama apologised on Wednesday to the charity for the strike.")[0]?.role).toBe("reporting");
    expect(datesOf("The council condemned on Friday the attack on the convoy.")[0]?.role).toBe("reporting");
    expect(datesOf("The council condemned the attack on the convoy on Friday.")[0]?.role).toBe("event");
    // At the end of a chain of prepositional phrases right after a verb of saying.
    expect(datesOf("Boric said in a televised address from La Moneda palace on Sunday night that he would meet party leaders.")[0]?.role).toBe("reporting");
    expect(datesOf("The minister said the storm struck the coast on Sunday.")[0]?.role).toBe("event");
    // ...and after its object, with a place: "told a news conference in Cairo on Saturday".
    expect(datesOf("The chairman told a news conference in Cairo on Saturday that 98.1 percent voted yes.")[0]?.role).toBe("reporting");
    // A day told in the past after a date of its sentence written with its year, later that year, is of that year.
    const story = (text: string) => datesOf(text, "2018-08-15").map((d) => d.value.value);
    expect(story("The attack came four months after the signing on April 10, 1998, and weeks after voters endorsed the accord on May 22.")).toEqual(["1998-04-10", "1998-05-22"]);
    expect(story("The accord was signed on April 10, 1998, and ministers will meet on May 22.")).toEqual(["1998-04-10", "2019-05-22"]);
    expect(story("It was signed on May 3, 1998 and ratified on March 3.")).toEqual(["1998-05-03", "2018-03-03"]);
    // Not after a month and year, a loose bound, nor after a day that starts a period.
    expect(story("Fighting flared again in March 2016, and in early September a strike left five dead.")).toEqual(["2016-03", "2017-09"]);
    expect(story("Ponta, who had led the government since May 3, 2012, was charged on July 9.")).toEqual(["2012-05-03", "2018-07-09"]);
    // Figures or a report put out then; not what else was released then.
    expect(datesOf("The toll rose to 375, according to police figures released late on Monday.")[0]?.role).toBe("reporting");
    // A claim of responsibility is a statement about the attack, wherever the date falls in it.
    expect(datesOf("Islamic State claimed responsibility for the attack on Thursday through its news agency.")[0]?.role).toBe("reporting");
    expect(datesOf("The group claimed responsibility on Thursday.")[0]?.role).toBe("reporting");
    expect(datesOf("The storm claimed 12 lives on Thursday.")[0]?.role).toBe("event");
    expect(datesOf("The hostages were released on Monday.")[0]?.role).toBe("event");
    expect(datesOf("The minister told reporters in New Delhi on Monday that talks would resume.")[0]?.role).toBe("reporting");
    expect(datesOf("The storm struck the coast in Cairo on Saturday.")[0]?.role).toBe("event");
    expect(datesOf("Officials said 20 people died in the village on Sunday.")[0]?.role).toBe("event");
    // A figure revised "down to" a number dates the revision.
    expect(datesOf("Authorities revised the death toll from the crash down to 275 from 288 on Sunday.")[0]?.role).toBe("update");
  });

  it("takes a wire dateline's date for the story's own, the place with its state's abbreviation too", () => {
    for (const line of ["KYIV, March 10 (Reuters) - Shelling went on.", "ASHEVILLE, N.C., Oct 4 (Reuters) - The toll rose.", "WASHINGTON, D.C., Oct. 4 - Talks ended."]) {
      expect(datesOf(line)[0]?.role, line).toBe("dateline");
    }
    expect(datesOf("In Paris, Oct 4 was a quiet day.")[0]?.role).not.toBe("dateline");
  });
  it("takes a header line's date for the story's own, not an event's", () => {
    for (const line of ["Published: Thu 9 Nov 2023 14.32 GMT", "Updated on 12 May 2023", "Last updated: 3 March 2023", "Posted | 4 June 2022"]) {
      expect(datesOf(line)[0]?.role, line).toBe("dateline");
    }
    // Not a header: a sentence that begins with a date, or a verb of the story.
    expect(datesOf("On 12 May 2023, the dam burst.")[0]?.role).toBe("event");
    expect(datesOf("Published reports on 12 May 2023 said the dam burst.")[0]?.role).not.toBe("dateline");
  });

  it("takes the day a plan or a forecast is for for a plan's, not an event's", () => {
    expect(datesOf("Unions called a strike across the coalfield for Monday.")[0]?.role).toBe("plan");
    expect(datesOf("Another 50 millimetres of rain was forecast for Tuesday.")[0]?.role).toBe("plan");
    // Not a plan: "for" without a verb before it, or another preposition.
    expect(datesOf("Tickets for Monday sold out.")[0]?.role).toBe("event");
    // A deadline of something to be done: "pledged to replace it by 2023"; not a figure reached by a date.
    expect(datesOf("The company pledged to replace the software by 2023.")[0]?.role).toBe("plan");
    expect(datesOf("Zapatero has pledged to bring home the about 1,300 Spanish troops serving in Iraq by June 30.", "2004-03-13")[0]?.role).toBe("plan");
    expect(datesOf("The work was completed by March 2023.")[0]?.role).toBe("event");
    expect(datesOf("The strike began on Monday.")[0]?.role).toBe("event");
    // The date of a figure compared with, even with no preposition before it.
    expect(datesOf("The appeal is 28 percent funded, compared with 61 percent at the same point last year.", "2024-10-22")[0]?.role).toBe("comparison");
    // "set" plans only what it is set to do or set for: a record "was set in 2019" happened.
    expect(datesOf("The talks were set for March 5.")[0]?.role).toBe("plan");
    expect(datesOf("The previous record of 29,870 finishers was set in 2019.")[0]?.role).toBe("event");
  });

  it("keeps the granularity as written", () => {
    expect(datesOf("in September 2022")[0]?.grain).toBe("month");
    expect(datesOf("on 13 September 2022")[0]?.grain).toBe("day");
    expect(datesOf("in 2022")[0]?.grain).toBe("year");
  });

  it("does not depend on the time zone", () => {
    // chrono is called with a UTC-noon reference; the values are computed from components only.
    const before = process.env["TZ"];
    process.env["TZ"] = "Pacific/Kiritimati";
    const a = datesOf("He arrived yesterday, and left on Monday.", "2023-02-02").map((d) => d.value.value);
    process.env["TZ"] = "America/Adak";
    const b = datesOf("He arrived yesterday, and left on Monday.", "2023-02-02").map((d) => d.value.value);
    process.env["TZ"] = before;
    expect(a).toEqual(["2023-02-01", "2023-01-30"]);
    expect(b).toEqual(a);
  });
});

describe("dates that are not dates", () => {
  it("drops a weekday inside an agreement's name and a bare duration", () => {
    expect(datesOf("The Good Friday Agreement was signed on 10 April 1998.").map((d) => d.text)).toEqual(["10 April 1998"]);
    expect(datesOf("He was banned for three years.").map((d) => d.text)).toEqual([]);
  });
  it("reads a year before a singular noun as a year, before a plural noun as a count", () => {
    expect(datesOf("the 2010 treaty").map((d) => d.value.value)).toEqual(["2010"]);
    expect(datesOf("More than 2000 people attended.").map((d) => d.value.value)).toEqual([]);
  });
});

describe("the year of a day written without one", () => {
  const CASES: Array<[string, string, string]> = [
    ["Unions have called a general strike for Aug. 2.", "2013-07-23", "2013-08-02"],
    ["The next policy meeting is on June 15.", "2023-05-11", "2023-06-15"],
    ["Schools had been due to reopen on Jan. 3.", "2023-02-14", "2023-01-03"],
    ["The talks were held on Nov. 29 in Cairo.", "2023-02-22", "2022-11-29"],
    ["Results were due by Thursday.", "2022-09-25", "2022-09-29"],
    ["The coalition said it would return to the streets on Saturday.", "2013-07-23", "2013-07-27"],
    ["The quake struck on Saturday afternoon.", "2023-06-18", "2023-06-17"],
    ["The toll rose to 11 on Friday.", "2023-03-12", "2023-03-10"],
    // A word that starts as a meridiem after the day is no time: chrono alone finds no date in these.
    ["The ship ran aground on March 23 amid high winds.", "2021-03-30", "2021-03-23"],
    // A two-digit number after a month is no year of it: "In January, 41 people were killed".
    ["In January, 41 people were killed.", "2020-11-04", "2020-01"],
    ["On Nov. 23 12 people died.", "2020-11-04", "2019-11-23"],
    ["The talks ended on June 2 among recriminations.", "2021-06-30", "2021-06-02"],
  ];
  it.each(CASES)("%j published %s → %s", (sentence, published, value) => {
    expect(datesOf(sentence, published).map((d) => d.value.value)).toEqual([value]);
  });
  it("reads mid-YEAR as the year and skips phone numbers and copyright lines", () => {
    expect(datesOf("Construction began in mid-2014.").map((d) => [d.text, d.value.value])).toEqual([["mid-2014", "2014"]]);
    expect(datesOf("Call +44 20 7542 1000.").map((d) => d.text)).toEqual([]);
  });
});

describe("holidays", () => {
  it("reads fixed-date holidays after a preposition or with a year", () => {
    expect(datesOf("The offensive was planned for Christmas 1963.").map((d) => d.value.value)).toEqual(["1963-12-25"]);
    expect(datesOf("They met on Christmas Eve.", "2023-02-01").map((d) => d.value.value)).toEqual(["2022-12-24"]);
    expect(datesOf("The Christmas market opened.")).toEqual([]);
    // A holiday before a noun is its modifier, even after a preposition; a time of day is the day's.
    expect(datesOf("Police guarded Christmas markets.", "2023-12-20")).toEqual([]);
    expect(datesOf("Police stood at Christmas markets across the city.", "2023-12-20")).toEqual([]);
    expect(datesOf("Families met on Christmas morning.", "2024-01-10").map((d) => d.value.value)).toEqual(["2023-12-25"]);
  });
});
