/**
 * Every regular expression in src/ is checked for super-linear backtracking
 * (ReDoS) by recheck. A literal is checked as written; a `new RegExp` built
 * from a template is checked with each interpolation replaced by a small
 * alternation of words (what they interpolate: month names, weekdays, tag
 * names); a sticky pattern is checked anchored, since it only ever matches at
 * one position.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");

interface Pattern {
  readonly at: string;
  readonly source: string;
  readonly flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** A template's text with every `${…}` replaced by a stand-in alternation. */
function templateText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `(?:ab|cd)${s.literal.text}`).join("");
  return null;
}

function patternsOf(file: string): Pattern[] {
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Pattern[] = [];
  const where = (n: ts.Node) => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const t = n.getText();
      const slash = t.lastIndexOf("/");
      out.push({ at: where(n), source: t.slice(1, slash), flags: t.slice(slash + 1) });
    } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === "RegExp" && n.arguments?.[0]) {
      const source = templateText(n.arguments[0]);
      const flagsNode = n.arguments[1];
      const flags = flagsNode === undefined ? "" : flagsNode && ts.isStringLiteral(flagsNode) ? flagsNode.text : null;
      // A pattern this test cannot read is a failure, not a pass: rewrite it so that it can be checked.
      out.push({ at: where(n), source: source ?? "<not a literal>", flags: flags ?? "<not a literal>" });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function verdict(p: Pattern): string {
  if (p.source === "<not a literal>" || p.flags === "<not a literal>") return "unreadable";
  const sticky = p.flags.includes("y");
  const source = sticky ? `^(?:${p.source})` : p.source;
  const result = checkSync(source, p.flags.replace(/[gy]/g, ""), { timeout: 10_000 });
  if (result.status === "safe") return "safe";
  if (result.status === "vulnerable") return `vulnerable (${result.complexity.type}), attack ${result.attack.pattern.slice(0, 60)}`;
  return `${result.status}: ${result.error.kind}`;
}

describe("regular expressions in src/", () => {
  const patterns = sourceFiles(join(ROOT, "src")).flatMap(patternsOf);

  it("are all found", () => {
    // A scan that found nothing would pass vacuously.
    expect(patterns.length).toBeGreaterThan(200);
    expect(patterns.some((p) => p.at.startsWith("src/extract/dates/index.ts"))).toBe(true);
    expect(patterns.some((p) => p.source.includes("(?:ab|cd)"))).toBe(true);
  });

  it("are told apart by the checker", () => {
    expect(verdict({ at: "known", source: "\\s+x$", flags: "" })).toMatch(/^vulnerable \(polynomial\)/);
    expect(verdict({ at: "known", source: "^(a+)+$", flags: "" })).toMatch(/^vulnerable \(exponential\)/);
    expect(verdict({ at: "known", source: "(?<!\\s)\\s+x$", flags: "" })).toBe("safe");
  });

  it("have no super-linear backtracking", { timeout: 300_000 }, () => {
    const unsafe = patterns.map((p) => ({ p, v: verdict(p) })).filter(({ v }) => v !== "safe");
    expect(unsafe.map(({ p, v }) => `${p.at} /${p.source}/${p.flags}: ${v}`)).toEqual([]);
  });
});
