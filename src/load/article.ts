/**
 * An article from its decoded text: the prose view for its format, its blocks,
 * and its publication date (option, front matter, HTML metadata, in that order).
 */
import type { ArticleDocument, DocumentFormat, PublishedSource } from "../model/document.js";
import { parseIso } from "../lib/isodate.js";
import { parseYaml, parseYamlFast, isAlias, isMap, isScalar } from "./yaml.js";
import { datelineDate } from "./dateline.js";
import { withoutBoilerplate } from "./boilerplate.js";
import { htmlProse } from "./formats/html.js";
import { markdownProse } from "./formats/markdown.js";
import { textProse } from "./formats/text.js";
import type { Prose } from "./formats/text.js";

export interface ArticleOptions {
  /** Publication date given on the command line (YYYY-MM-DD); overrides metadata. */
  readonly published?: string | null;
  readonly format?: DocumentFormat;
}

export function formatOfPath(path: string): DocumentFormat | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === "md" || ext === "markdown") return "markdown";
  if (ext === "html" || ext === "htm") return "html";
  if (ext === "txt") return "text";
  return null;
}

/** Format of text without a telling name (stdin): HTML if it starts like HTML, Markdown if it looks like it. */
export function sniffFormat(text: string): DocumentFormat {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /^<(?:head|body|article|p|div)[\s>]/.test(head)) return "html";
  if (/^(?:#{1,6} |---\r?\n)/m.test(text.slice(0, 4096)) || /\]\([^()\s]+\)/.test(text.slice(0, 4096))) return "markdown";
  return "text";
}

export function loadArticle(path: string, text: string, options: ArticleOptions = {}): ArticleDocument {
  const format = options.format ?? formatOfPath(path) ?? sniffFormat(text);
  let prose: Prose;
  let metaDates: readonly string[] = [];
  switch (format) {
    case "markdown":
      prose = markdownProse(text);
      break;
    case "html": {
      const h = htmlProse(text);
      prose = h;
      metaDates = h.publishedCandidates;
      break;
    }
    case "text":
      prose = textProse(text);
      break;
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
  prose = { ...prose, ...withoutBoilerplate(prose.view, prose.blocks) };
  let published: string | null = null;
  let publishedFrom: PublishedSource = "none";
  if (options.published) {
    published = options.published;
    publishedFrom = "option";
  } else if (prose.frontMatter) {
    published = frontMatterDate(prose.frontMatter.text);
    if (published) publishedFrom = "front-matter";
  }
  if (!published) {
    for (const raw of metaDates) {
      published = isoDay(raw);
      if (published) {
        publishedFrom = "html-meta";
        break;
      }
    }
  }
  if (!published) {
    published = datelineDate(prose.view, prose.blocks);
    if (published) publishedFrom = "dateline";
  }
  return { path, format, text, view: prose.view, blocks: prose.blocks, published, publishedFrom };
}

/** `published` or `date` from front matter, as YYYY-MM-DD. */
function frontMatterDate(yamlText: string): string | null {
  const simple = simplePairs(yamlText);
  if (simple) {
    for (const key of ["published", "date"]) {
      const d = simple.has(key) ? isoDay(simple.get(key)!) : null;
      if (d) return d;
    }
    return null;
  }
  // The fast reader takes front matter in the usual shape; anything else goes to the yaml library.
  const parsed = parseYamlFast(yamlText) ?? parseYaml(yamlText);
  const root = parsed.doc?.contents;
  if (!isMap(root)) return null;
  // Pairs are read directly: the fast reader's nodes carry the data of the yaml library's, not its methods.
  const pairs = (root as { items?: ReadonlyArray<{ key?: unknown; value?: unknown }> }).items ?? [];
  for (const key of ["published", "date"]) {
    const found = pairs.find((p) => isScalar(p.key) && p.key.value === key)?.value;
    // An alias ("published: *day") stands for the node it names (only the yaml library reads anchors).
    const v = isAlias(found) && parsed.doc ? found.resolve(parsed.doc as Parameters<typeof found.resolve>[0]) : found;
    if (isScalar(v)) {
      const d = isoDay(String(v.value));
      if (d) return d;
    }
  }
  return null;
}

/**
 * Front matter of nothing but `key: value` lines with plain values of letters,
 * digits and date punctuation (the shape nearly every article has), as its
 * pairs; null for anything else (quotes, lists, comments, a repeated key), which
 * the YAML readers take. Such a value is the string YAML reads it as.
 */
export function simplePairs(yamlText: string): Map<string, string> | null {
  const pairs = new Map<string, string>();
  for (const line of yamlText.split("\n")) {
    const bare = line.endsWith("\r") ? line.slice(0, -1) : line;
    if (bare.trim() === "") continue;
    const m = /^([A-Za-z_][\w-]*):[ \t]+([\w][\w.:+\-/]*(?: [\w.+\-/]+)*)[ \t]*$/.exec(bare);
    if (!m || pairs.has(m[1]!) || /:(?:\s|$)/.test(m[2]!)) return null;
    pairs.set(m[1]!, m[2]!);
  }
  return pairs;
}

/** The calendar day at the start of an ISO date or date-time ("2023-02-02T09:00:00+04:00" → 2023-02-02). */
export function isoDay(raw: string): string | null {
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(raw);
  if (!m?.[1]) return null;
  const d = parseIso(m[1]);
  return d && d.grain === "day" ? m[1] : null;
}
