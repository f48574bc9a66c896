import { extract } from "../../src/index.js";
import type { Claim } from "../../src/index.js";

/** Claims of one text (Markdown unless the path says otherwise). */
export function claimsOf(text: string, published: string | null = "2023-02-02", path = "article.txt"): Claim[] {
  const [file] = extract([{ path, text, published }]);
  return [...(file?.claims ?? [])];
}

export function countsOf(text: string, published: string | null = "2023-02-02") {
  return claimsOf(text, published).filter((c) => c.kind === "count");
}

export function datesOf(text: string, published: string | null = "2023-02-02") {
  return claimsOf(text, published).filter((c) => c.kind === "date");
}

export function treatiesOf(text: string, published: string | null = "2023-02-02") {
  return claimsOf(text, published).filter((c) => c.kind === "treaty");
}
