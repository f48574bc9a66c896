/**
 * THE ordered list of extraction steps. Order matters:
 * 1. Dates first (chrono, then bare years), so that later refiners can tell a
 *    number that is part of a date from a count.
 * 2. Counts and treaties are independent of each other.
 * Refiners then settle overlaps (`dates-inside-names` after the treaty
 * extractor: "Good Friday Agreement" holds no date); `anchored-dates` reads the dates settled so far ("three days
 * later" counts from the last of them); `by-position` must stay last (reports and
 * linking rely on claims being in reading order).
 */
import { chronoDateExtractor } from "./dates/index.js";
import { yearExtractor } from "./dates/years.js";
import { countExtractor } from "./count/index.js";
import { treatyExtractor } from "./treaty/index.js";
import { byPosition, countsInsideDates, datesInsideNames, overlappingDates, yearsInsideDates } from "./refiners/overlaps.js";
import { anchoredDates } from "./dates/anchored.js";
import type { Extractor, Refiner } from "./types.js";

export const EXTRACTORS: readonly Extractor[] = [chronoDateExtractor, yearExtractor, countExtractor, treatyExtractor];

export const REFINERS: readonly Refiner[] = [overlappingDates, yearsInsideDates, countsInsideDates, datesInsideNames, anchoredDates, byPosition];
