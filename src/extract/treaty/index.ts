/**
 * The treaty extractor: named agreements ("the Alma-Ata Declaration", "Treaty
 * of Versailles", "the 1994 Budapest Memorandum", "New START") with the year,
 * date or place attached to them. Organisations named after a treaty
 * ("Collective Security Treaty Organisation") and generic mentions ("a peace
 * treaty", "the agreement") are not claims.
 */
import type { TreatyClaim } from "../../model/claim.js";
import type { Token } from "../text/tokens.js";
import { isCapitalized } from "../text/tokens.js";
import type { Extractor, ExtractContext, SentenceContext } from "../types.js";
import { ORGANISATION_WORDS, PROPER_TREATY_HEADS, TREATY_ACRONYMS, TREATY_HEADS, VENUE_WORDS } from "../vocabulary.js";
import { attachmentsAfter, attachmentBefore } from "./attachments.js";
import type { Attachment } from "./attachments.js";
import { nameAround } from "./name.js";

/** A word written in capitals ("HARBOUR"). */
const ALL_CAPS = /^[A-Z]{2,}$/;

export const treatyExtractor: Extractor = {
  name: "treaty",
  extract(ctx: ExtractContext): TreatyClaim[] {
    const out: TreatyClaim[] = [];
    const acronyms = new Set(TREATY_ACRONYMS);
    for (const sentence of ctx.sentences) {
      const { tokens } = sentence;
      let next = 0;
      for (let i = 0; i < tokens.length; i++) {
        if (i < next) continue;
        const t = tokens[i]!;
        let name: { first: number; last: number; yearFirst: number | null } | null = null;
        const finalAct = t.text === "Act" && tokens[i - 1]?.text === "Final"; // "the Helsinki Final Act"
        // "Ceasefire Agreement": the head word is the last of a run of them ("Halvik Ceasefire" is not a second name).
        if (t.kind === "word" && TREATY_HEADS.has(t.lower) && tokens[i + 1]?.kind === "word" && TREATY_HEADS.has(tokens[i + 1]!.lower)) continue;
        const properHead = t.kind === "word" && PROPER_TREATY_HEADS.has(t.lower) && /^\p{Lu}/u.test(t.text) && i > 0;
        if (t.kind === "word" && (TREATY_HEADS.has(t.lower) || finalAct || properHead)) name = nameAround(tokens, i);
        // An acronym inside a run of capitals is a word of a name in capitals ("SALT HARBOUR, Ostrelia" in a dateline).
        else if (t.kind === "word" && acronyms.has(t.text) && !TREATY_HEADS.has(tokens[i + 1]?.lower ?? "") && !ALL_CAPS.test(tokens[i + 1]?.text ?? "") && !ALL_CAPS.test(tokens[i - 1]?.text ?? "")) {
          name = { first: tokens[i - 1]?.text === "New" ? i - 1 : i, last: i, yearFirst: null };
        }
        if (!name) continue;
        // An organisation or a place named after the agreement ("Treaty Organization", "Convention Centre") is no mention of it.
        const after = tokens[name.last + 1];
        if (ORGANISATION_WORDS.has(after?.lower ?? "") || (after !== undefined && VENUE_WORDS.has(after.lower) && isCapitalized(after))) {
          next = name.last + 2;
          continue;
        }
        // An acronym defined in brackets after the name: "(CTBT)" names the same treaty later on, and is not a mention of its own.
        let defined = -1;
        if (tokens[name.last + 1]?.text === "(" && tokens[name.last + 3]?.text === ")" && /^[A-Z][A-Z0-9-]{1,9}$/.test(tokens[name.last + 2]?.text ?? "")) {
          acronyms.add(tokens[name.last + 2]!.text);
          defined = name.last + 3;
        }
        const claim = toClaim(ctx, sentence, tokens, name);
        out.push(claim);
        next = Math.max(defined + 1, tokens.findIndex((tok) => tok.start >= claim.end));
        if (next < 0) break;
      }
    }
    return out;
  },
};

function toClaim(ctx: ExtractContext, sentence: SentenceContext, tokens: readonly Token[], name: { first: number; last: number; yearFirst: number | null }): TreatyClaim {
  const nameStart = tokens[name.first]!.start;
  const nameEnd = tokens[name.last]!.end;
  const before: Attachment | null = name.yearFirst !== null ? attachmentBefore(tokens, name.yearFirst, name.first) : null;
  const after = attachmentsAfter(tokens, name.last + 1);
  const start = before ? before.span.start : nameStart;
  const end = after.adjacent ? after.adjacent.end : nameEnd;
  const year = before?.year ?? after.year;
  // A clause after the name dated in another year than the name's own is of another act ("the indefinite extension
  // of the 1968 Nuclear Non-Proliferation Treaty agreed in New York in May 1995"): its date and place are not the
  // agreement's — unless it says "signed", which states the signing against the name's year.
  const otherAct = before !== null && after.year !== null && after.year !== before.year && after.verb !== "signed";
  const date = before?.date ?? (otherAct ? null : after.date);
  const place = otherAct ? null : after.place;
  const dateSpan = before?.span ?? after.dateSpan;
  const nameText = ctx.view.slice(nameStart, nameEnd).replace(/\s+/g, " ");
  return {
    kind: "treaty",
    start,
    end,
    text: ctx.doc.text.slice(start, end),
    sentence: { start: sentence.start, end: sentence.end },
    paragraph: sentence.paragraph,
    provenance: { extractor: "treaty", notes: place ? ["place from the signing clause"] : [] },
    value: after.parties.length > 0 ? { name: nameText, year, date, place, parties: after.parties } : { name: nameText, year, date, place },
    nameSpan: { start: nameStart, end: nameEnd },
    dateSpan,
  };
}
