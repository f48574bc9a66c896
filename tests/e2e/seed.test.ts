/**
 * The article claimcheck was created from, read from ../shared when it is present
 * (a user's clone has no ../shared: then this file is skipped). The bundled base
 * must cover every checkable claim it makes.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const seed = join(import.meta.dirname, "../../../shared/seeds/000_4314b88ef8cd4232.txt");

describe.skipIf(!existsSync(seed))("seed article", () => {
  it("supports every claim of the seed, published 2023-02-02", () => {
    const r = runCli(["check", seed, "--date", "2023-02-02", "--format", "json"]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { files: Array<{ claims: Array<{ kind: string; text: string; verdict: string; value: Record<string, unknown> }> }> };
    const claims = report.files[0]!.claims.map((c) => [c.kind, c.text, c.verdict]);
    expect(claims).toEqual([
      ["date", "September last year", "supported"],
      ["count", "about 300 people died", "supported"],
      ["count", "seven districts", "supported"],
      ["treaty", "Alma-Ata Declaration of 1991", "supported"],
      ["date", "1991", "supported"],
      ["treaty", "Alma-Ata Declaration", "supported"],
      ["date", "November 23", "supported"],
      ["count", "two documents", "supported"],
    ]);
  });
});
