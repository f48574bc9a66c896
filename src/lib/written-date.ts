/** Full calendar dates as written in headers and datelines: "27 July 2000", "July 23, 2013", "2013-07-23". */
import { formatIso, parseIso } from "./isodate.js";
import { table } from "./table.js";

const MONTHS: Readonly<Record<string, number>> = table({
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
});
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";

const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})`, "i");
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, "i");
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})\b/;

/** The full date at the start of `text` (after an optional weekday): its ISO day and written length. */
export function writtenDateAt(text: string): { iso: string; length: number } | null {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return make(Number(m[3]), m[2]!, Number(m[1]), m[0].length);
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return make(Number(m[3]), m[1]!, Number(m[2]), m[0].length);
  m = ISO_DAY.exec(text);
  if (m && parseIso(m[0])) return { iso: m[0], length: m[0].length };
  return null;
}

function make(year: number, monthName: string, day: number, length: number): { iso: string; length: number } | null {
  const month = MONTHS[monthName.toLowerCase().slice(0, 3)];
  if (!month) return null;
  const iso = formatIso({ year, month, day });
  return parseIso(iso) ? { iso, length } : null;
}
