/**
 * `claimcheck base suggest`: YAML stubs, in the contract's base format, for the
 * claims that came out unverified — the values as the article states them and
 * an empty `sources` list to fill in. Claims about an entry that lacks the
 * fact become a commented note on that entry instead of a new one.
 */
import type { Claim, CountClaim, DateClaim, TreatyClaim } from "../model/claim.js";
import type { Finding } from "../model/finding.js";
import type { CheckedFile } from "../engine.js";
import type { Span } from "../model/location.js";
import { LineIndex } from "../load/text.js";

const q = (s: string) => JSON.stringify(s);
const SUGGESTIBLE = new Set(["link.no-entry", "link.ambiguous", "fact.missing", "link.weak"]);
const AGENCIES = new Set(["Reuters", "Associated", "Press", "Agence", "France-Presse", "Xinhua", "Interfax", "TASS", "Bloomberg"]);
const CALENDAR = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

function slug(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 48) || "entry";
}

/** A YAML value without its trailing "# …" comment. */
function withoutComment(value: string): string {
  const hash = value.indexOf("#");
  return hash < 0 ? value : value.slice(0, hash).trimEnd();
}

function countFigure(c: CountClaim): string {
  const v = c.value;
  if (v.qualifier === "range") return `{ min: ${v.min}, max: ${v.max} }`;
  return `${v.value}${v.qualifier === "exact" ? "" : `   # stated: ${v.qualifier.replace("_", " ")} ${v.value}`}`;
}

/** Proper nouns of a paragraph, not at a sentence start and not calendar words: keyword candidates. */
function properNouns(view: string, paragraph: Span): string[] {
  const text = view.slice(paragraph.start, paragraph.end);
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![.!?]\s|^)\b\p{Lu}[\p{L}'’-]{2,}/gu)) {
    const w = m[0];
    if (!CALENDAR.has(w.toLowerCase()) && !AGENCIES.has(w) && !out.includes(w) && !/^[A-Z]{2,}$/.test(w)) out.push(w);
  }
  return out.slice(0, 3);
}

interface Stub {
  kind: "event" | "treaty";
  anchor: Claim;
  claims: Claim[];
}

export function suggestStubs(files: readonly CheckedFile[]): string {
  const out: string[] = ["# Stubs for the claims claimcheck could not verify. Fill in names, sources and", "# figures from reliable references before adding them to the base.", ""];
  const ids = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  for (const file of files) {
    const lines = new LineIndex(file.doc.text);
    const stubs = new Map<string, Stub>();
    const notes: string[] = [];
    for (const f of file.findings) {
      if (f.verdict !== "unverified" || !SUGGESTIBLE.has(f.rule)) continue;
      if (f.claim.kind === "date" && (f.claim.role !== "event" || f.claim.value.value === null || f.link.owner)) continue;
      if (f.rule === "fact.missing" && f.entry) {
        notes.push(noteFor(f, lines));
        continue;
      }
      const key = f.claim.kind === "treaty" ? `treaty:${f.claim.value.name.toLowerCase()}` : `para:${f.claim.paragraph.start}`;
      const stub = stubs.get(key);
      if (stub) stub.claims.push(f.claim);
      else stubs.set(key, { kind: f.claim.kind === "treaty" ? "treaty" : "event", anchor: f.claim, claims: [f.claim] });
    }
    if (stubs.size === 0 && notes.length === 0) continue;
    out.push(`# ${file.doc.path}${file.doc.published ? ` (published ${file.doc.published})` : ""}`);
    for (const stub of stubs.values()) out.push(...stubLines(stub, file, lines, uniqueId), "");
    for (const n of notes) out.push(n, "");
  }
  if (out.length === 3) out.push("# Nothing to suggest: every claim was verified or cannot be stated as a fact.");
  return `${out.join("\n").trimEnd()}\n`;
}

function stubLines(stub: Stub, file: CheckedFile, lines: LineIndex, uniqueId: (s: string) => string): string[] {
  const at = lines.position(stub.anchor.start);
  const out: string[] = [];
  if (stub.kind === "treaty") {
    const t = stub.anchor as TreatyClaim;
    const dated = stub.claims.find((c): c is TreatyClaim => c.kind === "treaty" && (c.value.date != null || c.value.year != null)) as TreatyClaim | undefined;
    out.push(`- id: ${uniqueId(slug(`${t.value.name}${dated ? ` ${dated.value.year ?? ""}` : ""}`))}   # from ${file.doc.path}:${at.line}:${at.column}`);
    out.push("  kind: treaty", `  name: ${q(t.value.name)}`);
    if (dated) out.push(`  date: ${q(dated.value.date ?? String(dated.value.year))}`);
    const place = stub.claims.find((c): c is TreatyClaim => c.kind === "treaty" && !!c.value.place) as TreatyClaim | undefined;
    if (place?.value.place) out.push(`  place: ${q(place.value.place)}`);
  } else {
    const sentence = file.doc.view.slice(stub.anchor.sentence.start, stub.anchor.sentence.end).replace(/\s+/g, " ").trim();
    const keywords = properNouns(file.doc.view, stub.anchor.paragraph);
    const date = stub.claims.find((c): c is DateClaim => c.kind === "date");
    out.push(`- id: ${uniqueId(slug(`${keywords[0] ?? "event"} ${date?.value.value ?? ""}`))}   # from ${file.doc.path}:${at.line}:${at.column}`);
    out.push("  kind: event", `  name: ${q(sentence.length > 80 ? `${sentence.slice(0, 77)}...` : sentence)}   # TODO: a short name`);
    if (keywords.length) out.push(`  keywords: [${keywords.map(q).join(", ")}]`);
    if (date?.value.value) out.push(`  date: ${q(date.value.to ? `${date.value.value}/${date.value.to}` : date.value.value)}`);
    const counts = stub.claims.filter((c): c is CountClaim => c.kind === "count");
    const seen = new Set<string>();
    if (counts.length) {
      out.push("  counts:");
      for (const c of counts) {
        if (seen.has(c.value.measure)) continue;
        seen.add(c.value.measure);
        out.push(`    ${/^[a-z][a-z ]*$/.test(c.value.measure) ? c.value.measure : q(c.value.measure)}: ${countFigure(c)}`);
      }
    }
  }
  out.push("  sources: []   # TODO: at least one source (title, url)");
  return out;
}

function noteFor(f: Finding, lines: LineIndex): string {
  const e = f.entry!;
  const at = lines.position(f.claim.start);
  const c = f.claim;
  const value = c.kind === "count" ? `counts: { ${c.value.measure}: ${withoutComment(countFigure(c))} }` : c.kind === "date" ? `date: ${c.value.value}` : `date: ${c.value.date ?? c.value.year ?? ""}`;
  return `# add to ${e.id} (${e.file}:${e.line}), for "${c.text}" at line ${at.line}:${at.column}:\n#   ${value}`;
}
