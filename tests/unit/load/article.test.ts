import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { isoDay, loadArticle, simplePairs } from "../../../src/load/article.js";
import { rng } from "../../helpers/rng.js";
import { decodeUtf8, LineIndex } from "../../../src/load/text.js";

describe("articles", () => {
  it("takes the publication date from front matter (published or date)", () => {
    expect(loadArticle("a.md", "---\npublished: 2023-02-02\n---\nText.").published).toBe("2023-02-02");
    expect(loadArticle("a.txt", "---\ndate: 2023-02-02T10:00:00Z\n---\nText.").published).toBe("2023-02-02");
    expect(loadArticle("a.md", "---\npublished: 2023-02-02\n---\nText.", { published: "2020-01-01" }).published).toBe("2020-01-01");
    expect(loadArticle("a.md", "No front matter.").published).toBeNull();
  });

  it("reads front matter the same whichever YAML reader takes it", () => {
    // Plain keys go to the fast reader; an anchor, a tag or a duplicate key to the yaml library.
    const cases: Array<[string, string | null]> = [
      ["title: T\npublished: 2023-02-02\ntags: [a, b]", "2023-02-02"],
      ["base: &d 2023-02-02\npublished: *d", "2023-02-02"],
      ["published: !!str 2023-02-02", "2023-02-02"],
      ["date: 2023-02-02\ndate: 2023-02-03", "2023-02-02"],
      ["published: 'not a date'\ndate: \"2021-05-06\"", "2021-05-06"],
      ["- 2023-02-02", null],
      ["published: [2023-02-02]", null],
    ];
    for (const [yaml, day] of cases) expect(loadArticle("a.md", `---\n${yaml}\n---\nText.`).published, yaml).toBe(day);
  });

  it("reads simple key: value front matter without a YAML parser, as YAML reads it", () => {
    expect(loadArticle("a.md", "---\ntitle: Flood kills 30\npublished: 2023-02-02T09:00:00+04:00\n---\nText.").published).toBe("2023-02-02");
    expect(loadArticle("a.md", "---\npublished: 2023-02-02 10:00 # local\n---\nText.").published).toBe("2023-02-02");
    expect(simplePairs("title: A b\npublished: 2023-02-02\r\n")).toEqual(new Map([["title", "A b"], ["published", "2023-02-02"]]));
    // Anything else is left to the YAML readers.
    for (const text of ["published: 2023-02-02 # c", "published: '2023-02-02'", "a: 1\na: 2", "a: b: c", "a: b:", "  a: 1", "a:\n  - 1", "a: [1]"]) expect(simplePairs(text), text).toBeNull();
    // Generated lines: whatever the fast path accepts, the yaml library reads as the same day (or no day).
    const random = rng(7);
    let accepted = 0;
    const pick = (s: string) => s[Math.floor(random() * s.length)]!;
    for (let n = 0; n < 3000; n++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const noise = Array.from({ length: Math.floor(random() * 10) }, () => pick("aZ09-:./+ #'\"_T\t")).join("");
        const value = random() < 0.5 ? `2023-0${pick("129")}-1${pick("09")}${noise}` : noise;
        return `${pick("kpd_")}${pick("ey-1")}:${pick(" \t")}${value}`;
      });
      const text = lines.join("\n");
      const fast = simplePairs(text);
      if (!fast) continue;
      accepted++;
      const slow = parse(text) as Record<string, unknown>;
      for (const [k, v] of fast) expect(isoDay(String(slow[k])), text).toBe(isoDay(v));
    }
    expect(accepted).toBeGreaterThan(300);
  });

  it("takes the publication date from HTML metadata", () => {
    const html = '<html><head><meta property="article:published_time" content="2023-02-02T08:00:00Z"><title>T</title></head><body><p>Hi</p></body></html>';
    expect(loadArticle("a.html", html).published).toBe("2023-02-02");
    expect(loadArticle("a.html", '<body><time datetime="2022-05-01">May</time></body>').published).toBe("2022-05-01");
  });

  it("blanks Markdown markup and keeps offsets", () => {
    const text = "---\npublished: 2023-02-02\n---\n# Head line\n\nSome **300 people** died, see [the report](http://x.org/1991).\n\n```\n2000 people\n```\n";
    const doc = loadArticle("a.md", text);
    expect(doc.view.length).toBe(text.length);
    expect(doc.view).not.toContain("published");
    expect(doc.view).not.toContain("http");
    expect(doc.view).not.toContain("2000");
    expect(doc.view).toContain("300 people");
    expect(doc.blocks.map((b) => doc.view.slice(b.start, b.end))).toEqual(["Head line", expect.stringContaining("Some   300 people   died")]);
  });

  it("keeps HTML text only, with entities decoded in place", () => {
    const text = "<p>About&nbsp;300 <b>people</b> died.</p><script>var x = 2000;</script><p>Next</p>";
    const doc = loadArticle("a.html", text);
    expect(doc.view.length).toBe(text.length);
    expect(doc.view).not.toContain("2000");
    expect(doc.blocks.map((b) => doc.view.slice(b.start, b.end).replace(/\s+/g, " "))).toEqual(["About 300 people died.", "Next"]);
  });

  it("treats each line of plain text without blank lines as a paragraph, unless a sentence wraps", () => {
    const doc = loadArticle("a.txt", "Headline here\nFirst paragraph goes\non here. And ends.\nSecond paragraph.");
    expect(doc.blocks.map((b) => doc.view.slice(b.start, b.end))).toEqual(["Headline here", "First paragraph goes\non here. And ends.", "Second paragraph."]);
  });
});

describe("text decoding and positions", () => {
  it("removes a BOM and refuses UTF-16 and NUL bytes", () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ ok: true, text: "A" });
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toMatchObject({ ok: false });
    expect(decodeUtf8(new Uint8Array([0x41, 0, 0x42]))).toMatchObject({ ok: false, offset: 1 });
  });
  it("counts LF, CRLF and CR line ends alike", () => {
    for (const nl of ["\n", "\r\n", "\r"]) {
      const text = `ab${nl}cd${nl}ef`;
      expect(new LineIndex(text).position(text.indexOf("e"))).toEqual({ line: 3, column: 1 });
    }
  });
});

describe("publication date from the text", () => {
  it.each([
    ["Tuesday, July 23, 2013\nSome text here.", "2013-07-23"],
    ["VIENNA, 27 July 2000 – The agency said.", "2000-07-27"],
    ["KYIV, March 10, 2023 (Reuters) - Russia", "2023-03-10"],
    ["Published: 23 July 2013 10:45 BST\n\nText", "2013-07-23"],
    ["Headline\n\nLONDON, 4 March 2021 — text", "2021-03-04"],
    ["KYIV, March 10 (Reuters) - no year", null],
    ["The summit on 27 July 2000 was held.", null],
  ])("%j → %s", (text, expected) => {
    const doc = loadArticle("a.txt", text);
    expect(doc.published).toBe(expected);
    if (expected) expect(doc.publishedFrom).toBe("dateline");
  });
});

describe("page furniture", () => {
  it("blanks related-coverage lists and credits in text", () => {
    const doc = loadArticle("a.txt", "Body with 300 people killed.\n\n(Reporting by A; Editing by B)\n\nRelated coverage\nExports down 30% in February\n");
    expect(doc.view).not.toContain("30%");
    expect(doc.view).not.toContain("Reporting");
    expect(doc.view).toContain("300 people");
  });
  it("blanks HTML navigation, footers and link-only lists", () => {
    const html = "<article><p>12 people died.</p></article><ul><li><a href='/x'>Inflation hits 12% in May</a></li></ul><footer>© 2023 News</footer>";
    const doc = loadArticle("a.html", html);
    expect(doc.view).not.toContain("12%");
    expect(doc.view).not.toContain("2023");
    expect(doc.view).toContain("12 people died.");
  });
});
