/** A claim's value in the two shapes reports show it: the JSON object of CONTRACT §4, and a short text. */
import type { Claim } from "../model/claim.js";

/** The `value` object of the JSON report (CONTRACT §4), keys in a fixed order. */
export function claimValue(claim: Claim): Record<string, unknown> {
  switch (claim.kind) {
    case "count": {
      const v = claim.value;
      return v.qualifier === "range"
        ? { measure: v.measure, qualifier: v.qualifier, min: v.min ?? null, max: v.max ?? null }
        : { measure: v.measure, qualifier: v.qualifier, value: v.value ?? null };
    }
    case "date":
      return claim.value.to !== undefined ? { value: claim.value.value, to: claim.value.to } : { value: claim.value.value };
    case "treaty": {
      const v = claim.value;
      const out: Record<string, unknown> = { name: v.name };
      if (v.year !== null && v.year !== undefined) out["year"] = v.year;
      if (v.date) out["date"] = v.date;
      if (v.place) out["place"] = v.place;
      if (v.parties && v.parties.length > 0) out["parties"] = v.parties;
      return out;
    }
    default: {
      const never: never = claim;
      return never;
    }
  }
}

/** The value as a short text: `killed about 500`, `2022-11-25`, `Alma-Ata Declaration, 1992`. */
export function describeValue(claim: Claim): string {
  switch (claim.kind) {
    case "count": {
      const v = claim.value;
      const n = v.qualifier === "range" ? `${v.min}–${v.max}` : String(v.value);
      return `${v.measure} ${v.qualifier === "exact" || v.qualifier === "range" ? "" : `${v.qualifier.replace("_", " ")} `}${n}`;
    }
    case "date":
      return claim.value.value === null ? "unresolved" : claim.value.to ? `${claim.value.value}/${claim.value.to}` : claim.value.value;
    case "treaty": {
      const v = claim.value;
      return [v.name, v.date ?? (v.year ? String(v.year) : null), v.place].filter(Boolean).join(", ");
    }
    default: {
      const never: never = claim;
      return never;
    }
  }
}
