// Deterministic synthetic data for `npm run bench`: a news corpus written from
// templates and varied vocabulary, reference bases of any size, a 1 MB article.
// Same seed, same bytes.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ["Kramatorsk", "Donetsk", "Quelimane", "Arequipa", "Brennau", "Valda", "Karvash", "Lisbon", "Tanta", "Lilongwe", "Yerevan", "Goris", "Jermuk", "Sotk", "Velten", "Ostra", "Machinga", "Pisco", "Ica", "Cusco", "Sohag", "Qaha", "Zomba", "Blantyre", "Mzuzu", "Beira", "Tete", "Nampula", "Chimoio", "Lichinga"];
const COUNTRIES = ["Velmar", "Karsun", "Dasoria", "Noravia", "Estavia", "Kalvaria", "Dravenia", "Valdoria", "Peru", "Malawi", "Mozambique", "Armenia", "Azerbaijan", "Egypt", "Portugal", "Ukraine"];
const EVENTS = [
  ["earthquake", "quake"], ["flood", "floods"], ["landslide", "landslides"], ["cyclone", "storm"], ["train collision", "crash"],
  ["mine collapse", "collapse"], ["border clash", "clashes"], ["missile strike", "strike"], ["ferry sinking", "sinking"], ["fire", "blaze"],
];
const GROUPS = ["soldiers", "civilians", "police officers", "children", "miners", "passengers", "residents", "students", "workers", "militants"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const TREATIES = ["the Alma-Ata Declaration of 1991", "the 1994 Budapest Memorandum", "New START", "the INF Treaty", "the Minsk agreements", "the Treaty of Versailles", "the Paris Agreement", "the Dayton Accords", "the Helsinki Final Act of 1975", "the 2020 trilateral statement"];
const AGENCIES = ["Reuters", "AP", "AFP"];
const WORDS = ["officials", "rescuers", "witnesses", "the ministry", "the governor", "local media", "aid groups", "the army", "the police", "the mayor"];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function paragraph(r, place, country, event) {
  const n = 2 + Math.floor(r() * 400);
  const m = 1 + Math.floor(r() * 60);
  const day = 1 + Math.floor(r() * 27);
  const month = pick(r, MONTHS);
  const year = 1990 + Math.floor(r() * 33);
  const sentences = [
    `At least ${n} people were killed and ${m} injured when the ${event[0]} struck ${place} on ${pick(r, WEEKDAYS)}, ${pick(r, WORDS)} said.`,
    `The death toll from the ${event[1]} rose to ${n + m} on ${day} ${month}, according to ${pick(r, WORDS)} in ${country}.`,
    `About ${Math.floor(r() * 9000) + 100} residents were evacuated from ${Math.floor(r() * 12) + 2} villages near ${place}, and ${pick(r, WORDS)} said ${Math.floor(r() * 40) + 2} ${pick(r, GROUPS)} remain missing.`,
    `${pick(r, ["Nearly", "More than", "Up to", "Some"])} ${Math.floor(r() * 200) + 10} ${pick(r, GROUPS)} were detained in ${place} after protests, a ${20 + Math.floor(r() * 40)}-year-old spokesman said on ${pick(r, WEEKDAYS)}.`,
    `${country} signed ${pick(r, TREATIES)} in ${year}, and the government cited it again in ${month} last year.`,
    `The ${event[0]} was the worst since ${year}, and the reconstruction will cost $${Math.floor(r() * 900) + 1} million over ${Math.floor(r() * 9) + 2} years.`,
    `Four ${pick(r, GROUPS)} and ${Math.floor(r() * 20) + 2} ${pick(r, GROUPS)} were killed in the fighting around ${place} between ${year} and ${year + 1 + Math.floor(r() * 4)}.`,
    `${pick(r, WORDS)[0].toUpperCase()}${pick(r, WORDS).slice(1)} said the flights resumed at 10:30 and that ${Math.floor(r() * 80) + 5} percent of the roads had reopened.`,
  ];
  const count = 2 + Math.floor(r() * 3);
  const out = [];
  for (let i = 0; i < count; i++) out.push(pick(r, sentences));
  return out.join(" ");
}

/** One article: front matter, a headline, a dateline and paragraphs. */
export function article(r, index) {
  const place = pick(r, PLACES);
  const country = pick(r, COUNTRIES);
  const event = pick(r, EVENTS);
  const year = 2015 + Math.floor(r() * 9);
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 27);
  const pad = (x) => String(x).padStart(2, "0");
  const paras = [];
  const target = 2000 + Math.floor(r() * 1200);
  let length = 0;
  while (length < target) {
    const p = paragraph(r, place, country, event);
    paras.push(p);
    length += p.length;
  }
  return [
    "---",
    `published: ${year}-${pad(month)}-${pad(day)}`,
    "---",
    "",
    `# ${event[0][0].toUpperCase()}${event[0].slice(1)} in ${place}: story ${index}`,
    "",
    `${place.toUpperCase()}, ${MONTHS[month - 1]} ${day} (${pick(r, AGENCIES)}) - ${paras[0]}`,
    "",
    ...paras.slice(1).flatMap((p) => [p, ""]),
  ].join("\n");
}

/** A corpus of `count` articles in `dir` (files in 20 subfolders). Returns its size in bytes. */
export function writeCorpus(dir, count, seed = 1) {
  const r = rng(seed);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `part-${String(i % 20).padStart(2, "0")}`);
    mkdirSync(sub, { recursive: true });
    const text = article(r, i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(sub, `article-${String(i).padStart(6, "0")}.md`), text);
  }
  return bytes;
}

/**
 * A base of `count` entries in files of 100 entries: first one event for every
 * place and kind of event the corpus writes about (the same in every size, so
 * the articles link the same way), then events of places no article names.
 */
export function writeBase(dir, count, seed = 7) {
  const r = rng(seed);
  mkdirSync(dir, { recursive: true });
  const entry = (i) => {
    const core = i < PLACES.length * EVENTS.length;
    const place = core ? PLACES[i % PLACES.length] : `${pick(r, PLACES)}-${i}`;
    const event = core ? EVENTS[Math.floor(i / PLACES.length)] : pick(r, EVENTS);
    const year = 2015 + Math.floor(r() * 9);
    const month = 1 + Math.floor(r() * 12);
    return [
      `- id: event-${i}`,
      "  kind: event",
      `  name: ${year} ${place} ${event[0]}`,
      `  aliases: ["${place} ${event[1]}", "${event[0]} in ${place}"]`,
      `  keywords: ["${place}", ${event[1]}]`,
      `  date: ${year}-${String(month).padStart(2, "0")}`,
      `  place: "${place}"`,
      `  counts: { killed: ${2 + Math.floor(r() * 400)}, wounded: { min: ${Math.floor(r() * 30)}, max: ${30 + Math.floor(r() * 30)} } }`,
      `  sources: [{ title: "Report ${i}", url: "https://example.org/${i}" }]`,
    ];
  };
  for (let f = 0; f * 100 < count; f++) {
    const lines = [];
    for (let i = f * 100; i < Math.min(count, (f + 1) * 100); i++) lines.push(...entry(i));
    writeFileSync(join(dir, `base-${String(f).padStart(4, "0")}.yaml`), `${lines.join("\n")}\n`);
  }
}

/** One article of about `bytes` bytes. */
export function writeBigArticle(path, bytes, seed = 3) {
  const r = rng(seed);
  const parts = ["---", "published: 2023-02-02", "---", ""];
  let size = 0;
  while (size < bytes) {
    const p = paragraph(r, pick(r, PLACES), pick(r, COUNTRIES), pick(r, EVENTS));
    parts.push(p, "");
    size += p.length + 1;
  }
  writeFileSync(path, parts.join("\n"));
}
