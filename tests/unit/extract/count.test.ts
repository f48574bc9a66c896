import { describe, expect, it } from "vitest";
import { countsOf } from "../../helpers/extract.js";

type Expect = { text: string; measure: string; qualifier: string; value?: number; min?: number; max?: number };

/** Sentences with the counts they must yield, in order. */
const FOUND: Array<[string, Expect[]]> = [
  ["About 300 people died on both sides.", [{ text: "About 300 people died", measure: "killed", qualifier: "about", value: 300 }]],
  ["At least five soldiers were killed in the attack.", [{ text: "At least five soldiers were killed", measure: "killed", qualifier: "at_least", value: 5 }]],
  ["Between 20 and 30 were wounded.", [{ text: "Between 20 and 30 were wounded", measure: "wounded", qualifier: "range", min: 20, max: 30 }]],
  ["The floods left 1.2 million displaced.", [{ text: "1.2 million displaced", measure: "displaced", qualifier: "exact", value: 1_200_000 }]],
  ["Armenia held seven districts around Karabakh.", [{ text: "seven districts", measure: "district", qualifier: "exact", value: 7 }]],
  ["It was impossible to sign two documents at the summit.", [{ text: "two documents", measure: "document", qualifier: "exact", value: 2 }]],
  [
    "Four soldiers and six militants were killed.",
    [
      { text: "Four soldiers", measure: "killed", qualifier: "exact", value: 4 },
      { text: "six militants were killed", measure: "killed", qualifier: "exact", value: 6 },
    ],
  ],
  [
    "The blast killed 12 people, including four children.",
    [
      { text: "killed 12 people", measure: "killed", qualifier: "exact", value: 12 },
      { text: "four children", measure: "killed", qualifier: "exact", value: 4 },
    ],
  ],
  // An insertion set off by commas, whatever it opens with, when the verb comes right after it; the population it
  // names is a population, and the set a part is taken out of is what was counted, not what befell the part.
  [
    "About 2,000 people, out of a population of roughly 6,000, were forced from their homes.",
    [
      { text: "About 2,000 people, out of a population of roughly 6,000, were forced from their homes", measure: "displaced", qualifier: "about", value: 2000 },
      { text: "roughly 6,000", measure: "population", qualifier: "about", value: 6000 },
    ],
  ],
  [
    "About 2,000 people, out of 6,000, were forced from their homes.",
    [
      { text: "About 2,000 people, out of 6,000, were forced from their homes", measure: "displaced", qualifier: "about", value: 2000 },
      { text: "6,000", measure: "person", qualifier: "exact", value: 6000 },
    ],
  ],
  ["The storm hit 40 villages, officials said, and 12 people died.", [{ text: "40 villages", measure: "village", qualifier: "exact", value: 40 }, { text: "12 people died", measure: "killed", qualifier: "exact", value: 12 }]],
  ["On Sept. 30, 13 migrants drowned off Sicily.", [{ text: "13 migrants drowned", measure: "killed", qualifier: "exact", value: 13 }]],
  // A casualty verb's four-digit figure is a count; a year after a preposition of time is not, unless it counts a noun.
  ["Chile quake kills 1593 as troops pour into south.", [{ text: "kills 1593", measure: "killed", qualifier: "exact", value: 1593 }]],
  ["The quake in 1985 killed about 5,000 people.", [{ text: "killed about 5,000 people", measure: "killed", qualifier: "about", value: 5000 }]],
  // A year after "of" names the event ("the hurricane of 1900"); after a figure's noun it is the figure.
  ["The Galveston hurricane of 1900 killed about 8,000 people.", [{ text: "killed about 8,000 people", measure: "killed", qualifier: "about", value: 8000 }]],
  ["The floods of 2010 displaced 20 million people.", [{ text: "displaced 20 million people", measure: "displaced", qualifier: "exact", value: 20_000_000 }]],
  ["A total of 1500 were killed.", [{ text: "1500 were killed", measure: "killed", qualifier: "exact", value: 1500 }]],
  ["Police searched 2000 homes.", [{ text: "2000 homes", measure: "home", qualifier: "exact", value: 2000 }]],
  // A toll counts the dead (or the injured or missing of the paragraph), never the arrested.
  ["India arrests nine as bridge collapse toll reaches 135", [
    { text: "arrests nine", measure: "arrested", qualifier: "exact", value: 9 },
    { text: "toll reaches 135", measure: "killed", qualifier: "exact", value: 135 },
  ]],
  ["Sources put the toll as high as 43.", [{ text: "toll as high as 43", measure: "killed", qualifier: "at_most", value: 43 }]],
  // A long subject with a hyphenated word: the number of the tally.
  ["The number of people killed when a long-distance bus plunged into a gorge rose to 29 on Wednesday after two more passengers died.", [
    { text: "rose to 29", measure: "killed", qualifier: "exact", value: 29 },
    { text: "two more passengers died", measure: "killed", qualifier: "exact", value: 2 },
  ]],
  // The set after a quantifier's "of" is not what the verb tells of: none of them was hurt.
  ["None of the roughly 150 passengers on board was hurt.", [{ text: "roughly 150 passengers", measure: "passenger", qualifier: "about", value: 150 }]],
  ["Most of the 300 residents were evacuated.", [{ text: "300 residents", measure: "resident", qualifier: "exact", value: 300 }]],
  // The object of an action's noun: "ordered the arrest of nine people".
  ["Prosecutors ordered the arrest of nine people.", [{ text: "arrest of nine people", measure: "arrested", qualifier: "exact", value: 9 }]],
  // A name with a number inside the phrase before the verb: "aboard Flight 992".
  ["All 153 people aboard Flight 992 from the capital, 146 passengers and seven crew, were killed.", [
    { text: "153 people aboard Flight 992 from the capital, 146 passengers and seven crew, were killed", measure: "killed", qualifier: "exact", value: 153 },
    { text: "146 passengers", measure: "passenger", qualifier: "exact", value: 146 },
    { text: "seven crew", measure: "crew", qualifier: "exact", value: 7 },
  ]],
  // A verb of another clause is not the count's: "before he fled".
  ["A guest said he saw four attackers in the lobby before he fled.", [{ text: "four attackers", measure: "attacker", qualifier: "exact", value: 4 }]],
  ["Power was cut in 2000 homes.", [{ text: "2000 homes", measure: "home", qualifier: "exact", value: 2000 }]],
  // A volume of stuff is an amount a base may hold, not a unit of distance or speed.
  ["The tanker spilled nearly 11 million gallons of crude.", [{ text: "nearly 11 million gallons", measure: "gallon", qualifier: "nearly", value: 11_000_000 }]],
  // The people an evacuation befell.
  ["Meltwater flooding forced the evacuation of about 800 people from farms.", [{ text: "evacuation of about 800 people", measure: "evacuated", qualifier: "about", value: 800 }]],
  // A part of a set its casualty word names counts that casualty, unless a verb of its own says what befell it.
  ["Nine of the missing men worked for Transocean.", [{ text: "Nine of the missing men", measure: "missing", qualifier: "exact", value: 9 }]],
  ["Two of the injured passengers died in hospital.", [{ text: "Two of the injured passengers died", measure: "killed", qualifier: "exact", value: 2 }]],
  // A name right before a number names a thing ("Flight 17"), unless the number is scaled.
  ["In New Jersey 1.5 million customers remained in the dark.", [{ text: "1.5 million customers", measure: "customer", qualifier: "exact", value: 1_500_000 }]],
  ["Police arrested more than 1,200 protesters.", [{ text: "arrested more than 1,200 protesters", measure: "arrested", qualifier: "more_than", value: 1200 }]],
  ["The death toll rose to 40 on Sunday.", [{ text: "death toll rose to 40", measure: "killed", qualifier: "exact", value: 40 }]],
  ["Some 40% of voters stayed at home.", [{ text: "Some 40%", measure: "percent", qualifier: "about", value: 40 }]],
  ["Nearly three hundred and twelve families were evacuated.", [{ text: "Nearly three hundred and twelve families were evacuated", measure: "evacuated", qualifier: "nearly", value: 312 }]],
  ["Up to 700 people remain missing.", [{ text: "Up to 700 people remain missing", measure: "missing", qualifier: "at_most", value: 700 }]],
  ["Fewer than 50 people were hurt.", [{ text: "Fewer than 50 people were hurt", measure: "wounded", qualifier: "fewer_than", value: 50 }]],
  ["The earthquake left 300-odd dead.", [{ text: "300-odd dead", measure: "killed", qualifier: "about", value: 300 }]],
  ["The ring caused the deaths of at least 11 patients.", [{ text: "deaths of at least 11 patients", measure: "killed", qualifier: "at_least", value: 11 }]],
  ["More than 6,000 people on both sides are listed as missing.", [{ text: "More than 6,000 people on both sides are listed as missing", measure: "missing", qualifier: "more_than", value: 6000 }]],
  ["Between five and 12 people were hurt.", [{ text: "Between five and 12 people were hurt", measure: "wounded", qualifier: "range", min: 5, max: 12 }]],
  // An area is a checkable quantity; a distance or a weight is not counted.
  ["The fires burned about 41,000 hectares.", [{ text: "about 41,000 hectares", measure: "hectare", qualifier: "about", value: 41000 }]],
  // A threshold passed by a plural subject: "top" is a verb there, and a bound.
  ["Cholera cases top 2,400 as vaccines arrive", [{ text: "cases top 2,400", measure: "case", qualifier: "more_than", value: 2400 }]],
  ["Asylum applications passed 30,000 in May.", [{ text: "applications passed 30,000", measure: "application", qualifier: "more_than", value: 30000 }]],
  ["About a quarter of a million people died in the famine.", [{ text: "About a quarter of a million people died", measure: "killed", qualifier: "about", value: 250000 }]],
  // The part of a set with a count of its own takes the verb after the set.
  [
    "It rose again when two of the 19 injured passengers died.",
    [
      { text: "two", measure: "killed", qualifier: "exact", value: 2 },
      { text: "19 injured passengers", measure: "wounded", qualifier: "exact", value: 19 },
    ],
  ],
  // A fact box's casualty label.
  ["Dead: 29 according to police", [{ text: "Dead: 29", measure: "killed", qualifier: "exact", value: 29 }]],
  ["Injured: 143 treated, 38 still in hospital", [{ text: "Injured: 143", measure: "wounded", qualifier: "exact", value: 143 }]],
  // The size of a body, written as a compound: a count of its unit; other compounds are not counts.
  ["The bill passed the 151-seat parliament.", [{ text: "151-seat parliament", measure: "seat", qualifier: "exact", value: 151 }]],
  // In words too, and before a name.
  ["An eight-storey building collapsed.", [{ text: "eight-storey building", measure: "storey", qualifier: "exact", value: 8 }]],
  ["It sits in the 400-member National Assembly.", [{ text: "400-member National", measure: "member", qualifier: "exact", value: 400 }]],
  ["Tens of thousands fled the city.", [{ text: "Tens of thousands fled", measure: "displaced", qualifier: "at_least", value: 10_000 }]],
];

/** Sentences that hold numbers but no count claim. */
const IGNORED: string[] = [
  "A 12-hour shift ended, and a 35-year-old man was held after a 3-1 win and a 10-point plan.",
  "The magnitude 7.1 earthquake flattened towns.",
  "It cites the 1982 United Nations Convention on the Law of the Sea.",
  "The top 10 cities were named.",
  "They were jailed for between two and 14 years.",
  "The mission can be deployed within one or two days.",
  "A 35-year-old man was detained.",
  "The summit was held on November 23.",
  "The declaration was signed in 1991.",
  "The meeting starts at 10:30 and ends at 3 pm.",
  "The loan is worth $5 million.",
  "They paid 2bn euros for the stake.",
  "See page 3 and section 4 of the report.",
  "Resolution 2334 was adopted by the council.",
  // A reference year is no count of levels.
  "Emissions must fall below 1990 levels.",
  "He finished third, and the team won 3-1.",
  "Call +44 20 7946 0958 for details.",
  "The talks lasted three hours.",
  "The Covid-19 pandemic and the MH17 crash were discussed.",
  "One of the leaders spoke first.",
  "The two countries signed the text.",
  "The convoy travelled 30 kilometres.",
];

describe("count extractor", () => {
  it.each(FOUND)("finds the counts of %j", (sentence, expected) => {
    const got = countsOf(sentence).map((c) => ({ text: c.text, measure: c.value.measure, qualifier: c.value.qualifier, ...(c.value.qualifier === "range" ? { min: c.value.min, max: c.value.max } : { value: c.value.value }) }));
    expect(got).toEqual(expected);
  });

  it.each(IGNORED)("finds no count in %j", (sentence) => {
    expect(countsOf(sentence).map((c) => c.text)).toEqual([]);
  });

  it("keeps the counted group in the claim's text so that groups can match it", () => {
    const [c] = countsOf("Four Pakistani soldiers were killed.");
    expect(c?.text).toBe("Four Pakistani soldiers were killed");
    expect(c?.subgroup).toBe(true);
  });

  it("marks a count of people at large as the whole, not a part", () => {
    expect(countsOf("About 300 people died.")[0]?.subgroup).toBe(false);
  });

  it("records the precision of a rounded scaled number", () => {
    expect(countsOf("The floods left 1.2 million displaced.")[0]?.precision).toBe(50_000);
  });
});

describe("count extractor on news forms", () => {
  const CASES: Array<[string, string[]]> = [
    ["The death toll from the earthquake rose to 41,000 on Friday.", ["death toll from the earthquake rose to 41,000 → killed exact 41000"]],
    ["At least 23 people died and dozens more were hurt.", ["At least 23 people died → killed at_least 23", "dozens more were hurt → wounded at_least 12"]],
    ["Three Palestinians were shot dead by Israeli forces.", ["Three Palestinians were shot dead → killed exact 3"]],
    ["The ruling party won 185 of the 450 seats.", ["185 → seat exact 185", "450 seats → seat exact 450"]],
    ["Washington left the treaty, accusing Moscow of violating the 1987 pact.", []],
    ["The 2010 treaty caps warheads.", []],
  ];
  it.each(CASES)("%j", (sentence, expected) => {
    expect(countsOf(sentence).map((c) => `${c.text} → ${c.value.measure} ${c.value.qualifier} ${c.value.value}`)).toEqual(expected);
  });
});

describe("count extractor on wire copy", () => {
  const CASES: Array<[string, string[]]> = [
    ["At least four Velmari soldiers and six Karsuni militiamen were killed.", ["At least four Velmari soldiers → killed at_least 4", "six Karsuni militiamen were killed → killed at_least 6"]],
    ["As many as 250,000 Sudanese have fled into Chad.", ["As many as 250,000 Sudanese have fled → displaced at_most 250000"]],
    ["Thousands flee the fighting as the camp overflows.", ["Thousands flee → displaced at_least 1000"]],
    ["Police detain 74 as protests spread.", ["detain 74 → arrested exact 74"]],
    ["Cholera deaths pass 1,200 in Malawi.", ["deaths pass 1,200 → killed more_than 1200"]],
    ["Tens of thousands of people marched through the capital.", ["Tens of thousands of people → person at_least 10000"]],
    ["Thirty people were injured, six of them seriously.", ["Thirty people were injured → wounded exact 30", "six → wounded exact 6"]],
    ["Among the wounded were a dozen civilians.", ["a dozen civilians → wounded exact 12"]],
    // The inverted verb comes before a list: every count of it shares it.
    ["Among the dead were 196 Dutch citizens, 43 Malaysians and 38 Australians.", ["196 Dutch citizens → killed exact 196", "43 Malaysians → killed exact 43", "38 Australians → killed exact 38"]],
    ["Two doctors and a nurse were among four health workers killed at a clinic.", ["Two doctors → killed exact 2", "four health workers killed → killed exact 4"]],
    ["Two doctors, who arrived on Monday, were among four health workers killed.", ["Two doctors → doctor exact 2", "four health workers killed → killed exact 4"]],
    ["Four railway employees, including the driver, had been detained.", ["Four railway employees, including the driver, had been detained → arrested exact 4"]],
    ["He said that 11 hospitals had been damaged.", ["11 hospitals → hospital exact 11"]],
    ["The number of people forced from their homes climbed to nearly 112 million.", ["number of people forced from their homes climbed to nearly 112 million → displaced nearly 112000000"]],
    ["The other two victims were men aged 41 and 67.", []],
    ["The fine was 100,000 Egyptian pounds and the bid 16 billion Danish crowns.", []],
    ["The stock trades at around 11 times earnings.", []],
  ];
  it.each(CASES)("%j", (sentence, expected) => {
    expect(countsOf(sentence).map((c) => `${c.text} → ${c.value.measure} ${c.value.qualifier} ${c.value.value}`)).toEqual(expected);
  });
});

describe("count extractor on a figure revised by reference", () => {
  // "raised it to 27", "corrected the figure to 181": what the paragraph's last count counts.
  const CASES: Array<[string, string[]]> = [
    ["The agency had put the toll at 19 dead on Tuesday but raised it to 27 overnight.", ["19 dead → killed exact 19", "raised it to 27 → killed exact 27"]],
    ["The tally first showed 183 lawmakers in favour. The speaker corrected the figure to 181.", ["183 lawmakers → lawmaker exact 183", "corrected the figure to 181 → lawmaker exact 181"]],
    // Nothing to refer to, or no figure referred to: no claim.
    ["Officials later revised the figure to 310,000.", []],
    ["The plan raised the pension age to 67.", []],
  ];
  it.each(CASES)("%j", (text, expected) => {
    expect(countsOf(text).map((c) => `${c.text} → ${c.value.measure} ${c.value.qualifier} ${c.value.value}`)).toEqual(expected);
  });
});

describe("count extractor: a subject named before, far or near", () => {
  // The subject of a verb of change, in the present of headlines, after a short prepositional phrase, past a bound.
  // A "number of" subject however long its modifiers when it opens the clause (a long one is not the claim's text); a counted noun when no casualty word
  // says what it counts. A part of a set named before counts what the last count counts.
  const CASES: Array<[string, string[]]> = [
    ["Measles cases in Castlebridge region climb past 200 as the drive expands.", ["cases in Castlebridge region climb past 200 → case more_than 200"]],
    ["Confirmed infections have climbed to 74.", ["infections have climbed to 74 → infection exact 74"]],
    [
      "The number of people killed when a passenger train ploughed into a stationary freight train outside the northern town of Kralovec has risen to 19, officials said.",
      ["has risen to 19 → killed exact 19"],
    ],
    // A number glued to its unit in the subject's modifiers describes a noun there: it does not end the subject.
    [
      "The number of people killed in a fire that engulfed a 24-storey London apartment block rose to 17 on Thursday.",
      ["24-storey London → storey exact 24", "rose to 17 → killed exact 17"],
    ],
    ["An initial assessment had put the number of damaged homes at around 8,000.", ["number of damaged homes at around 8,000 → home about 8000"]],
    // Any tally noun's "of" phrase says what it counts: a list, a tally, a count, a total.
    ["The list of people reported missing in the hills grew to 412 by Sunday.", ["list of people reported missing in the hills grew to 412 → missing exact 412"]],
    ["The tally of the dead climbed to 58.", ["tally of the dead climbed to 58 → killed exact 58"]],
    // A tally with its casualty word right after it.
    ["Officials put the number still missing at 231.", ["the number still missing at 231 → missing exact 231"]],
    ["The number killed rose to 50.", ["The number killed rose to 50 → killed exact 50"]],
    ["The number attending rose to 300.", []],
    ["The list of sponsors grew to 40 this spring.", ["list of sponsors grew to 40 → sponsor exact 40"]],
    // The verb after an insertion set off by commas, which may follow a short prepositional phrase or hold a count of
    // its own.
    ["About 80,000 people, most of them farmers, were slaughtered.", ["About 80,000 people, most of them farmers, were slaughtered → killed about 80000"]],
    ["About 800 people from the valley, almost all of them men, are still unaccounted for.", ["About 800 people from the valley, almost all of them men, are still unaccounted for → missing about 800"]],
    ["In 1987, 402 people, including 275 pilgrims, were killed.", ["402 people, including 275 pilgrims, were killed → killed exact 402", "275 pilgrims → killed exact 275"]],
    ["About 300 people, including 40 children, attended the vigil.", ["About 300 people → person about 300", "40 children → child exact 40"]],
    // People moved out of harm's way are evacuated; moved elsewhere, they are not.
    ["Officials moved about 5,000 people in the delta and its islands to safety.", ["moved about 5,000 people → evacuated about 5000"]],
    ["The company moved 300 workers to a new plant.", ["300 workers → worker exact 300"]],
    // People whose verb puts them in shelters are evacuated; a need, or people working there, are not.
    ["More than 100,000 people spent another night in evacuation centres, cars and tents.", ["More than 100,000 people spent another night in evacuation centres → evacuated more_than 100000"]],
    ["About 3,000 residents crowded into shelters.", ["About 3,000 residents crowded into shelters → evacuated about 3000"]],
    ["As many as 30,000 people could need temporary shelter.", ["As many as 30,000 people → person at_most 30000"]],
    ["Some 500 volunteers were deployed to shelters.", ["Some 500 volunteers → volunteer about 500"]],
    ["About 2,000 people left the shelters on Monday.", ["About 2,000 people → person about 2000"]],
    // A hedge before the verb ("may have died"); the month is no hedge.
    ["Officials believe up to 120 people may have died in the building.", ["up to 120 people may have died → killed at_most 120"]],
    ["Only 104 people survived.", ["104 people survived → survivor exact 104"]],
    ["Only eight passengers survived.", ["eight passengers → passenger exact 8"]],
    // A number no day can be after a month, and a number after "this year", start a count.
    ["In January 41 people were killed.", ["41 people were killed → killed exact 41"]],
    ["In January, 41 people were killed.", ["41 people were killed → killed exact 41"]],
    ["In January this year 41 people were killed.", ["41 people were killed → killed exact 41"]],
    ["By the end of the day 71 countries had signed.", ["71 countries → country exact 71"]],
    ["Talks resumed on day 3 of the summit.", []],
    // An active casualty verb with an object makes the count its agent, and counts the object.
    ["In 1999 two students shot dead 12 fellow students.", ["two students → student exact 2", "shot dead 12 fellow students → killed exact 12"]],
    ["Two gunmen killed 13 people.", ["Two gunmen → gunman exact 2", "killed 13 people → killed exact 13"]],
    // ...a name, with or without a title; not a day's name, nor a preposition of a title-case headline.
    ["In 2013 two converts hacked to death soldier Lee Rigby.", ["two converts → convert exact 2"]],
    ["Two soldiers killed Tuesday in Kabul were buried.", ["Two soldiers killed → killed exact 2"]],
    ["Two Soldiers Killed In Kabul Blast", ["Two Soldiers Killed → killed exact 2"]],
    // An "of" after a noun of its own is that noun's, not the toll's.
    ["The Titanic sank with the loss of more than 1,500 lives.", ["the loss of more than 1,500 lives → killed more_than 1500"]],
    // The plural noun right before "to" is what a bare number after it counts; not a magnitude.
    ["Each side must reduce its deployed warheads to between 1,700 and 2,200.", ["between 1,700 and 2,200 → warhead range undefined"]],
    ["Prices rose to 150.", []],
    // A place's people in a phrase the sentence opens with are its population.
    ["With some 400,000 people, Malta would be the smallest member.", ["some 400,000 people → population about 400000"]],
    ["With 300 people, rescuers searched the rubble.", ["300 people → person exact 300"]],
    // A fronted set counts its parts by what its noun counts.
    ["Of the survivors, 47 are Syrian and 43 Egyptian.", ["47 → survivor exact 47", "43 Egyptian → survivor exact 43"]],
    ["The war cost the lives of more than 45,000 U.S. servicemen.", ["cost the lives of more than 45,000 U.S. servicemen → killed more_than 45000"]],
    ["Doctors saved the lives of 30 children.", ["30 children → child exact 30"]],
    ["The toll is likely to keep rising as the population of more than 85 million grows.", ["more than 85 million → population more_than 85000000"]],
    // Verbs of killing, before their victims, as "killed" is.
    ["The four gunmen who massacred 148 people were from Kenya.", ["massacred 148 people → killed exact 148"]],
    ["The militia executed at least 20 prisoners.", ["executed at least 20 prisoners → killed at_least 20"]],
    ["Soldiers were accused of murdering 11 villagers.", ["murdering 11 villagers → killed exact 11"]],
    ["Tens of thousands of people fled their homes.", ["Tens of thousands of people fled → displaced at_least 10000"]],
    // "Death" before another noun is its modifier; a place "of" so many people is its population.
    ["Officials said 430 death certificates had been issued.", ["430 death certificates → certificate exact 430"]],
    ["Police found 300 dead bodies.", ["300 dead bodies → killed exact 300"]],
    ["The vote split the territory of about 270,000 people.", ["about 270,000 people → population about 270000"]],
    // A prepositional phrase of up to eight words, nested ones too, between the noun and its verb.
    ["In Sinzig, 12 residents of a home for people with disabilities drowned.", ["12 residents of a home for people with disabilities drowned → killed exact 12"]],
    ["About 1,300 people had been listed as unaccounted for.", ["About 1,300 people had been listed as unaccounted for → missing about 1300"]],
    // A headline's toll that nears a figure.
    ["Europe's flood toll nears 200", ["toll nears 200 → killed nearly 200"]],
    ["In 2000, 425 people were infected and 224 died.", ["425 people were infected → case exact 425", "224 died → killed exact 224"]],
    ["The virus infected 3,000 people.", ["infected 3,000 people → case exact 3000"]],
    // Numbers inside a toll's subject describe the event: "the 2011 quake", "in 80 years".
    ["The death toll from the country's worst disaster in 80 years rose to at least 98 people.", ["rose to at least 98 people → killed at_least 98"]],
    ["The death toll from the 2015 quake rose to 98.", ["rose to 98 → killed exact 98"]],
    ["The report said 47 people were still being treated in hospitals, nine of them in a critical condition.", ["47 people were still being treated in hospitals → wounded exact 47", "nine → wounded exact 9"]],
    // Patients in an outbreak stay patients.
    ["Officials said 33 patients had been admitted to hospital.", ["33 patients → patient exact 33"]],
    ["The government agreed to free 31 prisoners. Nineteen of them were released on Monday.", ["31 prisoners → prisoner exact 31", "Nineteen → prisoner exact 19"]],
    ["The survey counted nearly 18,000 damaged homes.\n\nOf those, about 4,200 were completely destroyed.", ["nearly 18,000 damaged homes → home nearly 18000", "about 4,200 → home about 4200"]],
    // The figure a change started from, of what the count before it counts.
    ["The toll rose to 4,352 on Tuesday, up from 3,726 a day earlier.", ["toll rose to 4,352 → killed exact 4352", "3,726 → killed exact 3726"]],
    ["Turnout was 61 percent, down from 65 in 2019.", ["61 percent → percent exact 61", "65 → percent exact 65"]],
    ["The party fell to 23 seats from 25.", ["23 seats → seat exact 23"]],
    // The set of a partitive is not what the verb tells of: its part is.
    ["Statoil said five of its 17 employees at the site were still missing.", ["five → missing exact 5"]],
    ["At the school, 74 of the school's 108 pupils and 10 teachers died.", ["74 → killed exact 74", "108 pupils → pupil exact 108", "10 teachers died → killed exact 10"]],
    // A fact box's label narrowed by a few words; a toll and its verb far apart; the cause before a casualty word.
    ["Evacuated before landfall: nearly 800,000", ["Evacuated before landfall: nearly 800,000 → evacuated nearly 800000"]],
    ["Authorities put the death toll from a crush at a football stadium in East Java at 125.", ["death toll from a crush at a football stadium in East Java at 125 → killed exact 125"]],
    ["Japan mourns nearly 16,000 tsunami dead a decade on.", ["nearly 16,000 tsunami dead → killed nearly 16000"]],
    ["Twenty hikers went missing in the storm.", ["Twenty hikers went missing → missing exact 20"]],
    // Ages are no counts, and the verb reaches over them.
    ["The Hospital Authority said 72 people aged between 15 and 66 had been taken to hospital, two of them in serious condition.", ["72 people aged between 15 and 66 had been taken to hospital → wounded exact 72", "two → wounded exact 2"]],
    // A people's name as its own plural; the dots of "U.S."; a list between a toll and its verb (a long subject is not
    // the claim's text).
    ["At least 6,700 Rohingya were killed in the first month.", ["At least 6,700 Rohingya were killed → killed at_least 6700"]],
    ["About 2,400 U.S. service members have been killed in the conflict.", ["About 2,400 U.S. service members have been killed → killed about 2400"]],
    ["The toll from the attacks on a concert hall, restaurants and the stadium stood at 129 on Sunday.", ["stood at 129 → killed exact 129"]],
    ["The 2010 Treaty was signed in Prague.", []],
    // "all" between a casualty verb and its number.
    ["The plane went down in January 2010, killing all 90 people on board.", ["killing all 90 people → killed exact 90"]],
    // ...or a determiner: the count is still what the verb did.
    ["The plane crashed into a hill, killing its two pilots.", ["killing its two pilots → killed exact 2"]],
    ["The blast killed the 29 miners in the shaft.", ["killed the 29 miners → killed exact 29"]],
    ["Police shot dead the five attackers.", ["shot dead the five attackers → killed exact 5"]],
    // Objects of one casualty verb, each placed, are each killed ("four people on the ground" too).
    ["The jet crashed, killing all 109 people on board and four people on the ground.", ["killing all 109 people → killed exact 109", "four people → killed exact 4"]],
    // The set of a partitive may have a qualified count of its own.
    ["Some 13 million of roughly 15 million eligible voters took part.", ["Some 13 million → voter about 13000000", "roughly 15 million eligible voters → voter about 15000000"]],
    // An apposition set off by commas may end a toll's subject right before its verb.
    ["The death toll from Cyclone Winston, the most powerful storm on record, has risen to 42, officials said.", ["has risen to 42 → killed exact 42"]],
    // A quake's magnitude in a toll's subject describes the quake; "the number of bodies" counts the dead.
    [
      "The death toll from the magnitude 7.2 earthquake that struck the island of Bohol last month has risen to 222, officials said.",
      ["has risen to 222 → killed exact 222"],
    ],
    ["The number of bodies recovered after a mudslide buried part of the capital has risen to nearly 500, officials said.", ["has risen to nearly 500 → killed nearly 500"]],
    ["The number of bodies has risen to 40.", ["number of bodies has risen to 40 → killed exact 40"]],
    // A tally named after its new figure; a toll's verb of change coordinated with another shares its subject.
    ["Forensic teams finished digging, bringing to 57 the number of bodies recovered from the grave.", ["bringing to 57 → killed exact 57"]],
    ["Rescuers found two more victims, raising to 41 the death toll.", ["two more victims → victim exact 2", "raising to 41 → killed exact 41"]],
    ["The toll rose above 100 on Friday as divers pulled more bodies from the water, and reached 224 by the weekend.", ["toll rose above 100 → killed more_than 100", "reached 224 → killed exact 224"]],
    // ...but not a verb whose subject is no toll, nor a figure carried to something else.
    ["Exports rose sharply in March and reached 224 by the summer.", []],
    ["The ruling party won, bringing to 57 the seats it holds.", []],
    // Nothing named before: no claim; a number a long way after "the number of" in the middle of a clause is another's.
    ["Nineteen of them were released on Monday.", []],
    ["Officials said that in the north, where the number of clinics fell sharply during the long war, spending rose to 40.", []],
    ["Officials said that in the north, where the list of clinics grew shorter during the long war, spending rose to 40.", []],
  ];
  it.each(CASES)("%j", (text, expected) => {
    expect(countsOf(text).map((c) => `${c.text} → ${c.value.measure} ${c.value.qualifier} ${c.value.value}`)).toEqual(expected);
  });
});

describe("count extractor on ellipsis", () => {
  // A bare number counts what the count before it counts; it can bear a claim out, never refute it (see verify).
  const CASES: Array<[string, string[]]> = [
    ["The WHO says 30 countries reported outbreaks, compared with fewer than 20 the year before.", ["30 countries → country exact 30", "fewer than 20 → country fewer_than 20 (elliptic)"]],
    ["The Yes side won in 11 provinces, while No prevailed in three.", ["11 provinces → province exact 11", "three → province exact 3 (elliptic)"]],
    ["Five members voted for the increase and two favoured a smaller rise.", ["Five members → member exact 5", "two → member exact 2 (elliptic)"]],
    ["It received 5.6 million doses, including 1.5m delivered through COVAX.", ["5.6 million doses → dose exact 5600000", "1.5m → dose exact 1500000 (elliptic)"]],
    // Its own verb: the same people, not the same deaths; after a preposition the verb is still shared.
    ["The outbreak killed 112 people and infected more than 9,000 over six months.", ["killed 112 people → killed exact 112", "infected more than 9,000 → case more_than 9000"]],
    ["The storm killed 12 people, compared with 20 the year before.", ["killed 12 people → killed exact 12", "20 → killed exact 20 (elliptic)"]],
    // A baseline is the figure before the change (compared only with earlier figures); ignored: a unit, an
    // identifier, numbers in a row.
    ["Sinn Fein won 29 seats, up from 27 at the last election.", ["29 seats → seat exact 29", "27 → seat exact 27"]],
    ["The death toll rose to 717 from 453 announced a few hours earlier.", ["death toll rose to 717 → killed exact 717", "453 → killed exact 453"]],
    ["The death toll rose to 1437 from 453.", ["death toll rose to 1437 → killed exact 1437", "453 → killed exact 453"]],
    // The old value of a toll named right before it; a toll's subject may run through a list.
    ["The toll, up from 284 on Friday, makes it the deadliest accident.", ["284 → killed exact 284"]],
    ["Officials revised the death toll from Friday's three-train crash down to 275 from 288 on Sunday.", ["death toll from Friday's three-train crash down to 275 → killed exact 275", "288 → killed exact 288"]],
    ["The death toll from Friday's attacks on a concert hall, restaurants and the national stadium in and around the capital stood at 129 on Sunday.", ["stood at 129 → killed exact 129"]],
    // A score of two shares: the first is a percentage too; a rising pair stays a range.
    ["Scots rejected independence by 55 to 45 percent.", ["55 → percent exact 55", "45 percent → percent exact 45"]],
    ["It cut emissions by 40 to 50 percent.", ["40 to 50 percent → percent range undefined"]],
    ["Some 40 homes were damaged in a town 27 km from the border.", ["Some 40 homes → home about 40"]],
    ["The plan cuts 30,000 jobs and raises the retirement age to 66.", ["30,000 jobs → job exact 30000"]],
    ["There were 20 aftershocks, one of magnitude 5.8.", ["20 aftershocks → aftershock exact 20"]],
    // "one" is a count as the last item of a list of places; not as a pronoun ("one of them", "one is absent").
    ["Officials counted 40 homes destroyed in the north, 12 in the west and one in the capital.", ["40 homes → home exact 40", "12 → home exact 12 (elliptic)", "one → home exact 1 (elliptic)"]],
    ["Three teams entered the final, and one of them won.", ["Three teams → team exact 3"]],
    // An item of a list by kind, named by one capitalised word, counts what the list counts; a capitalised word
    // that opens another phrase does not make one.
    // (A set the sentence opens with: each part counts the set's measure, with what it is.)
    ["Of the 206 dead, 87 were Halvian, 43 Domiri and two Velmoran.", ["206 dead → killed exact 206", "87 were Halvian → killed exact 87", "43 Domiri → killed exact 43", "two Velmoran → killed exact 2"]],
    ["Of the 22 who died, 14 were Australians, two were New Zealanders and one was German.", ["22 who died → killed exact 22", "14 were Australians → killed exact 14", "two were New Zealanders → killed exact 2", "one was German → killed exact 1"]],
    ["Of the deaths tallied by Wednesday, 1,832 were in the Sud department and 218 in Grand'Anse.", ["1,832 → killed exact 1832", "218 → killed exact 218"]],
    ["Of the injured, 12 were children.", ["12 were children → wounded exact 12"]],
    ["Of the candidates, 12 were women.", ["12 were women → woman exact 12"]],
    ["The storm killed 12 people in March, and 40 Halvik residents left.", ["killed 12 people → killed exact 12", "40 Halvik residents → resident exact 40"]],
    // A casualty verb's bare figure is an antecedent too; a vote's tally after "voted", with its side.
    ["The blasts killed 12 in Kabul and four in Herat.", ["killed 12 → killed exact 12", "four → killed exact 4 (elliptic)"]],
    ["The vote was 154 in favor, three against and 23 abstentions.", ["154 in favor → vote exact 154", "three → vote exact 3 (elliptic)", "23 abstentions → abstention exact 23"]],
    ["About 300 in favour of the deal marched.", []],
    ["They agreed to open five crossing points.", ["five crossing points → point exact 5"]],
    ["Inflation rose 2.5 percentage points, and the index fell 300 points.", []],
    ["The assembly voted 153 for and 146 against.", ["voted 153 → vote exact 153", "146 → vote exact 146 (elliptic)"]],
    ["The assembly voted 12 times before it adjourned.", []],
    ["The council has 12 members and one is absent.", ["12 members → member exact 12"]],
  ];
  it.each(CASES)("%j", (sentence, expected) => {
    expect(countsOf(sentence).map((c) => `${c.text} → ${c.value.measure} ${c.value.qualifier} ${c.value.value}${c.elliptic ? " (elliptic)" : ""}`)).toEqual(expected);
  });
});

describe("count extractor: the verb a count hangs on", () => {
  const CASES: Array<[string, Array<string | null>]> = [
    ["Firefighters rescued 11 people from the upper floors.", ["rescued"]],
    ["Nine miners were rescued on Wednesday.", ["rescued"]],
    ["A roof fall trapped 31 workers who were later freed.", ["trapped"]],
    ["About 300 people who were trapped underground survived.", ["trapped"]],
    // None: a noun, a present participle after the phrase, a capitalised word before it.
    ["The 40 rescuers worked all night.", [null]],
    ["Some 300 people gathering in the square sang.", [null]],
    ["Reported 40 cases, the ministry said.", [null]],
  ];
  it.each(CASES)("%j", (sentence, expected) => {
    expect(countsOf(sentence).map((c) => c.verb ?? null)).toEqual(expected);
  });
});

describe("count extractor: participles before the noun, and the subject of a verb of change", () => {
  const CASES: Array<[string, string[]]> = [
    ["The landslides left 64 confirmed deaths.", ["64 confirmed deaths → killed exact 64"]],
    ["Officials counted 74 reported cases by Friday.", ["74 reported cases → case exact 74"]],
    ["Asylum applications rose to 29,800 this year.", ["applications rose to 29,800 → application exact 29800"]],
    ["Confirmed cases climbed sharply to more than 1,200.", ["cases climbed sharply to more than 1,200 → case more_than 1200"]],
    // Ignored: a magnitude ("prices"), a unit, a verb of change without "to".
    ["Fuel prices rose to 120 in March.", []],
    ["Temperatures rose to 45 degrees.", []],
    ["Sales rose 40 in the quarter.", []],
  ];
  it.each(CASES)("%j", (sentence, expected) => {
    expect(countsOf(sentence).map((c) => `${c.text} → ${c.value.measure} ${c.value.qualifier} ${c.value.value}`)).toEqual(expected);
  });
});

describe("count extractor: a bare toll", () => {
  it("counts what the paragraph's last casualty count counts", () => {
    expect(countsOf("Authorities had said 40 people were injured. The toll rose to 63 late on Monday.").map((c) => `${c.text} → ${c.value.measure}`)).toEqual([
      "40 people were injured → wounded",
      "toll rose to 63 → wounded",
    ]);
    // A death toll, or a bare toll with no casualty count before it, counts the dead.
    expect(countsOf("Five people were injured. The death toll rose to 12.").map((c) => c.value.measure)).toEqual(["wounded", "killed"]);
    expect(countsOf("The toll rose to 12.").map((c) => c.value.measure)).toEqual(["killed"]);
  });
});

