// Citations and the Atom feed: the text a reader pastes into a paper, and the document a feed reader parses.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { Cite } from "@citation-js/core";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import CSL from "citeproc";
import { citationKit, permalink, siteSubject, tagSubject, versionPermalink } from "../../components/results/citation";
import cslLocales from "@citation-js/plugin-csl/lib/locales.json";
import cslStyles from "@citation-js/plugin-csl/lib/styles.json";
import { atomFeed } from "../../src/site/atom";

const site = "https://example.org/base/";

describe("citations", () => {
  const result = { display: "Theorem 3.2", title: "Step condition", tag: "00A1" };
  const dates = { issued: new Date("2026-12-03T10:00:00Z"), accessed: new Date("2026-12-06T09:00:00Z") };
  const version = citationKit(tagSubject(result, site, dates, 2));
  const tag = citationKit(tagSubject(result, site, dates));
  const whole = citationKit(siteSubject(site, dates));
  // BibTeX and BibLaTeX as a reference manager reads them: Better BibTeX's parser
  const parsed = (text: string) => {
    const library = parseBibtex(text);
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    return library.entries[0]!;
  };

  it("gives the permanent addresses of a tag and of one version of it", () => {
    expect(permalink(site, "00A1")).toBe("https://example.org/tag/00A1/");
    expect(versionPermalink(site, "00A1", 2)).toBe("https://example.org/tag/00A1/v/2/");
  });

  it("writes BibTeX that a real parser reads back with the title, address, year and key", () => {
    const entry = parsed(version.bibtex);
    expect(entry.type).toBe("misc");
    expect(entry.key).toBe("goodhart00a1v2");
    expect(entry.fields.title).toBe("Theorem 3.2 (Step condition), tag 00A1, version 2");
    expect(entry.fields.url).toBe("https://example.org/tag/00A1/v/2/");
    expect(entry.fields.year).toBe("2026");
    expect(parsed(tag.bibtex).fields.url).toBe("https://example.org/tag/00A1/");
    expect(parsed(whole.bibtex).fields.url).toBe("https://example.org/");
  });

  it("writes BibLaTeX @online with version, date, urldate and the permanent address", () => {
    const entry = parsed(version.biblatex);
    expect(entry.type).toBe("online");
    expect(entry.fields.version).toBe("2");
    expect(entry.fields.date).toBe("2026-12-03");
    expect(entry.fields.urldate).toBe("2026-12-06");
    expect(entry.fields.url).toBe("https://example.org/tag/00A1/v/2/");
    expect(entry.fields.author?.[0]).toMatchObject({ name: "The authors of Goodhart's Law: a formal model" });
    // citing the tag names no version: the address shows whichever is current
    expect(parsed(tag.biblatex).fields.version).toBeUndefined();
  });

  it("renders the CSL-JSON through citeproc in two styles, each naming the title, date and address", () => {
    const items = JSON.parse(version["csl-json"]) as { id: string }[];
    for (const style of ["apa", "vancouver"] as const) {
      const engine = new CSL.Engine({ retrieveLocale: () => cslLocales["en-US"], retrieveItem: (id: string) => items.find((item) => item.id === id) }, cslStyles[style]);
      engine.updateItems(items.map((item) => item.id));
      const [, entries] = engine.makeBibliography() as [unknown, string[]];
      const text = entries.join("");
      expect(text, style).toContain("Theorem 3.2 (Step condition), tag 00A1, version 2");
      expect(text, style).toContain("https://example.org/tag/00A1/v/2/");
      expect(text, style).toContain("2026");
    }
    expect(version.text).toContain("(2026, December 3)");
  });

  it("writes RIS that citation-js reads back as the same web page", () => {
    expect(version.ris.split("\n")[0]).toBe("TY  - ELEC");
    expect(version.ris.trim().endsWith("ER  -")).toBe(true);
    const [item] = new Cite(version.ris).data as { title: string; URL: string; issued: { "date-parts": number[][] } }[];
    expect(item?.title).toBe("Theorem 3.2 (Step condition), tag 00A1, version 2");
    expect(item?.URL).toBe("https://example.org/tag/00A1/v/2/");
  });

  it("links in LaTeX with the characters hyperref needs escaped", () => {
    expect(version.latex).toBe("\\href{https://example.org/tag/00A1/v/2/}{Tag 00A1, version 2}");
    expect(whole.latex).toBe("\\href{https://example.org/}{Goodhart's Law: a formal model}");
  });
});

describe("atomFeed", () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" });
  const feed = (entries: Parameters<typeof atomFeed>[0]["entries"]) => atomFeed({ title: "Site & feed", siteUrl: "https://example.org/", feedUrl: "https://example.org/feed.xml", entries });

  it("orders entries newest first, escapes text and gives published only when known", () => {
    const xml = feed([
      { url: "https://example.org/tag/0001/", title: "Old <one>", summary: "a & b", updated: new Date("2026-01-01T00:00:00Z") },
      { url: "https://example.org/tag/0002/", title: "New", summary: "c", updated: new Date("2026-03-01T00:00:00Z"), published: new Date("2026-02-01T00:00:00Z") },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parser.parse(xml).feed;
    expect(xml).toContain("<title>Site &amp; feed</title>");
    expect(xml).toContain("<title>Old &lt;one&gt;</title>");
    expect(xml).toContain("<summary>a &amp; b</summary>");
    expect(parsed.updated).toBe("2026-03-01T00:00:00.000Z");
    expect(parsed.entry.map((entry: { id: string }) => entry.id)).toEqual(["https://example.org/tag/0002/", "https://example.org/tag/0001/"]);
    expect(parsed.entry[0].published).toBe("2026-02-01T00:00:00.000Z");
    expect(parsed.entry[1].published).toBeUndefined();
  });
});
