/** Claims as comparable values: what extraction is scored on, per kind. */
import type { Claim } from "../model/claim.js";
import { nameKeys } from "../link/normalize.js";
import type { Mention } from "./score.js";

export type Kind = "count" | "date" | "treaty";

export interface CountV { measure: string; qualifier: string; value?: number | null; min?: number | null; max?: number | null }
export interface DateV { value: string | null; to?: string | null }
export interface TreatyV { name: string; year?: number | null }

export function valueOfClaim(c: Claim): CountV | DateV | TreatyV {
  switch (c.kind) {
    case "count":
      return c.value.qualifier === "range" ? { measure: c.value.measure, qualifier: "range", min: c.value.min, max: c.value.max } : { measure: c.value.measure, qualifier: c.value.qualifier, value: c.value.value };
    case "date":
      return c.value.to !== undefined ? { value: c.value.value, to: c.value.to } : { value: c.value.value };
    case "treaty":
      return { name: c.value.name, year: c.value.year ?? null };
  }
}

export function mentionsOfClaims(doc: string, claims: readonly Claim[], kind: Kind): Mention[] {
  return claims.filter((c) => c.kind === kind).map((c) => ({ doc, start: c.start, end: c.end, text: c.text, value: valueOfClaim(c) }));
}

const num = (a: number | null | undefined, b: number | null | undefined) => a !== null && a !== undefined && b !== null && b !== undefined && Math.abs(a - b) < 1e-6;

export const EQUAL: Record<Kind, (s: unknown, g: unknown) => boolean> = {
  count: (s, g) => {
    const a = s as CountV;
    const b = g as CountV;
    if (a.measure !== b.measure || a.qualifier !== b.qualifier) return false;
    return b.qualifier === "range" ? num(a.min, b.min) && num(a.max, b.max) : num(a.value, b.value);
  },
  date: (s, g) => {
    const a = s as DateV;
    const b = g as DateV;
    return a.value === b.value && (b.to === undefined || a.to === b.to);
  },
  treaty: (s, g) => {
    const a = s as TreatyV;
    const b = g as TreatyV;
    return nameKeys(a.name).join(" ") === nameKeys(b.name).join(" ") && (a.year ?? null) === (b.year ?? null);
  },
};

export const SHOW: Record<Kind, (v: unknown) => string> = {
  count: (v) => {
    const c = v as CountV;
    return `${c.measure} ${c.qualifier} ${c.qualifier === "range" ? `${c.min}–${c.max}` : c.value}`;
  },
  date: (v) => {
    const d = v as DateV;
    return d.to ? `${d.value}/${d.to}` : String(d.value);
  },
  treaty: (v) => {
    const t = v as TreatyV;
    return `${t.name}${t.year ? ` (${t.year})` : ""}`;
  },
};
