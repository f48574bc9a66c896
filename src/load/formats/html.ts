/**
 * HTML: text content only. Tags, comments, scripts, styles and the head (but
 * its title) are blanked; entities are decoded in place (the decoded character
 * at the entity's first offset, the rest blanked); block elements start blocks.
 */
import { decodeHTML } from "entities";
import type { Span } from "../../model/location.js";
import { blocksOf, Mask } from "../mask.js";
import type { Prose } from "./text.js";

const RAW_TEXT = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object"]);
/** Page furniture, not the article: navigation, asides (related links), footers, forms. */
const CHROME = new Set(["nav", "aside", "footer", "form", "button", "select"]);
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
  "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
  "td", "th", "title", "tr", "ul", "head", "html", "caption", "summary", "details",
]);

export interface HtmlProse extends Prose {
  /** Raw publication date candidates in document order: meta, time, JSON-LD. */
  readonly publishedCandidates: readonly string[];
}

export function htmlProse(text: string): HtmlProse {
  const mask = new Mask(text);
  const boundaries: number[] = [0];
  const published: { meta: string[]; time: string[]; jsonld: string[] } = { meta: [], time: [], jsonld: [] };
  // Every construct left open runs to the end of the text (as an HTML parser reads it), so no text is scanned twice.
  const token = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*(?:>|$)|<\?[^>]*(?:>|$)|<\/?([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*)(?:>|$)|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/g;
  let m: RegExpExecArray | null;
  let inHead = false;
  let inTitle = false;
  let chromeDepth = 0;
  let chromeStart = 0;
  let linkDepth = 0;
  const linkText: Array<[number, number]> = [];
  let linkStart = 0;
  while ((m = token.exec(text)) !== null) {
    const whole = m[0];
    const start = m.index;
    if (whole.startsWith("&")) {
      if (inHead && !inTitle) continue;
      const decoded = decodeHTML(whole);
      if (decoded !== whole && decoded.length <= whole.length) {
        mask.blank(start, start + whole.length);
        for (let i = 0; i < decoded.length; i++) mask.set(start + i, decoded[i] === "\u00a0" ? " " : (decoded[i] ?? " "));
      }
      continue;
    }
    mask.blank(start, start + whole.length);
    const name = m[1]?.toLowerCase();
    if (!name) continue;
    const closing = whole.startsWith("</");
    const attrs = m[2] ?? "";
    if (BLOCK.has(name)) boundaries.push(start, start + whole.length);
    if (CHROME.has(name)) {
      if (!closing) {
        if (chromeDepth === 0) chromeStart = start;
        chromeDepth++;
      } else if (chromeDepth > 0) {
        chromeDepth--;
        if (chromeDepth === 0) mask.blank(chromeStart, start + whole.length);
      }
    }
    if (name === "a") {
      if (!closing) {
        if (linkDepth === 0) linkStart = start + whole.length;
        linkDepth++;
      } else if (linkDepth > 0) {
        linkDepth--;
        if (linkDepth === 0) linkText.push([linkStart, start]);
      }
    }
    if (name === "head") inHead = !closing;
    if (name === "title") inTitle = !closing;
    if (!closing && name === "meta") {
      const prop = attr(attrs, "property") ?? attr(attrs, "name") ?? attr(attrs, "itemprop");
      const content = attr(attrs, "content");
      if (content && prop && /^(article:published_time|datePublished|date|pubdate|publishdate|dc\.date)$/i.test(prop)) published.meta.push(content);
    }
    if (!closing && name === "time") {
      const dt = attr(attrs, "datetime");
      if (dt) published.time.push(dt);
    }
    if (!closing && RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}\\s*>`, "ig");
      end.lastIndex = token.lastIndex;
      const close = end.exec(text);
      const stop = close ? close.index + close[0].length : text.length;
      const body = text.slice(token.lastIndex, close ? close.index : text.length);
      if (name === "script" && /ld\+json/i.test(attrs)) {
        const dp = /"datePublished"\s*:\s*"([^"]+)"/.exec(body);
        if (dp?.[1]) published.jsonld.push(dp[1]);
      }
      mask.blank(token.lastIndex, stop);
      token.lastIndex = stop;
    }
  }
  // The head holds no prose but its title: blank what is between head tags outside the title.
  const view0 = mask.toString();
  const headEnd = /<\/head\s*>/i.exec(text);
  const titleM = titleOf(text);
  const final = new Mask(view0);
  if (headEnd) {
    const headStart = /<head[\s>]/i.exec(text)?.index ?? 0;
    final.blank(headStart, headEnd.index);
    if (titleM && titleM.tag < headEnd.index) {
      for (let i = titleM.start; i < titleM.end; i++) final.set(i, view0[i] ?? " ");
    }
  }
  boundaries.push(text.length);
  // A block whose text is all links (a list of related stories, a menu) is furniture too.
  const view1 = final.toString();
  const blocks1 = blocksBetween(view1, boundaries);
  const linked = new Uint8Array(text.length);
  for (const [a, b] of linkText) linked.fill(1, a, b);
  const inLink = (i: number) => linked[i] === 1;
  for (const b of blocks1) {
    let all = true;
    for (let i = b.start; i < b.end && all; i++) if (/\S/.test(view1[i] ?? "") && !inLink(i)) all = false;
    if (all) final.blank(b.start, b.end);
  }
  const view = final.toString();
  return {
    view,
    blocks: blocksBetween(view, boundaries),
    frontMatter: null,
    publishedCandidates: [...published.meta, ...published.time, ...published.jsonld],
  };
}

function attr(attrs: string, name: string): string | null {
  const re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i");
  const m = re.exec(attrs);
  return m ? decodeHTML(m[1] ?? m[2] ?? m[3] ?? "") : null;
}

/** Blocks between block-tag boundaries, further split at blank lines, trimmed. */
function blocksBetween(view: string, boundaries: number[]): Span[] {
  const sorted = [...new Set(boundaries)].sort((a, b) => a - b);
  const out: Span[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i] ?? 0;
    const b = sorted[i + 1] ?? 0;
    if (!/\S/.test(view.slice(a, b))) continue;
    for (const block of blocksOf(view.slice(a, b))) out.push({ start: a + block.start, end: a + block.end });
  }
  return out;
}

/** The first <title>…</title>: where its tag starts and where its text starts and ends. Linear: one pass, no backtracking. */
function titleOf(text: string): { tag: number; start: number; end: number } | null {
  const lower = text.toLowerCase();
  const tag = /<title(?=[\s>\/])/.exec(lower);
  if (!tag) return null;
  const open = lower.indexOf(">", tag.index);
  if (open === -1) return null;
  const close = /<\/title\s*>/g;
  close.lastIndex = open + 1;
  const end = close.exec(lower);
  return end ? { tag: tag.index, start: open + 1, end: end.index } : null;
}
