/**
 * Baselines: the findings of a run recorded by content fingerprint
 * (--write-baseline), so that a later run (--baseline) fails only on findings
 * that are new. Keyed by path and fingerprint, never by line numbers.
 */
import { readFileSync } from "node:fs";
import { UserError } from "../model/errors.js";

export interface BaselineEntry {
  readonly path: string;
  readonly fingerprint: string;
  readonly verdict: string;
  readonly kind: string;
  readonly text: string;
  readonly entry: string | null;
}

export interface Baseline {
  readonly version: 1;
  readonly findings: readonly BaselineEntry[];
}

export function readBaseline(abs: string, shown: string): Baseline {
  let raw: string;
  try {
    raw = readFileSync(abs, "utf8");
  } catch (e) {
    throw new UserError(`${shown}: cannot read the baseline (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new UserError(`${shown}:1:1: not a claimcheck baseline (${(e as Error).message})`);
  }
  const d = data as { claimcheckBaseline?: unknown; findings?: unknown };
  if (d.claimcheckBaseline !== 1 || !Array.isArray(d.findings)) throw new UserError(`${shown}:1:1: not a claimcheck baseline (expected "claimcheckBaseline": 1 and "findings")`);
  const findings = (d.findings as Array<Record<string, unknown>>).filter((f) => typeof f["path"] === "string" && typeof f["fingerprint"] === "string") as unknown as BaselineEntry[];
  return { version: 1, findings };
}

export function formatBaseline(findings: readonly BaselineEntry[]): string {
  const sorted = [...findings].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return `${JSON.stringify({ claimcheckBaseline: 1, findings: sorted.map((f) => ({ path: f.path, fingerprint: f.fingerprint, verdict: f.verdict, kind: f.kind, text: f.text, entry: f.entry })) }, null, 2)}\n`;
}
