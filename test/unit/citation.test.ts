// Citations and the Atom feed: the text a reader pastes into a paper, and the document a feed reader parses.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { bibtexCitation, permalink, plainCitation, siteBibtexCitation, sitePlainCitation } from "../../components/results/citation";
import { atomFeed } from "../../src/site/atom";

const site = "https://example.org/base/";

describe("citations", () => {
  const result = { display: "Theorem 3.2", title: "Step condition", tag: "00A1" };

  it("cite a result by its permanent link, with the title braced for BibTeX", () => {
    expect(permalink(site, "00A1")).toBe("https://example.org/tag/00A1/");
    expect(plainCitation(result, site)).toBe("Theorem 3.2 (Step condition), tag 00A1. In: Goodhart's Law: a formal model. https://example.org/tag/00A1/");
    expect(bibtexCitation(result, site)).toBe(
      [
        "@misc{goodhart-model-00a1,",
        "  title        = {Theorem 3.2 ({Step condition}), tag 00A1},",
        "  howpublished = {Goodhart's Law: a formal model},",
        "  url          = {https://example.org/tag/00A1/},",
        "  note         = {Permanent tag 00A1}",
        "}",
      ].join("\n"),
    );
    expect(bibtexCitation({ ...result, title: undefined }, site)).toContain("title        = {Theorem 3.2, tag 00A1},");
  });

  it("cite the whole site at its root address, with the year it last changed", () => {
    const entry = siteBibtexCitation(site, 2026);
    expect(entry.split("\n")[0]).toBe("@misc{goodhart-model,");
    expect(entry).toContain("title        = {{Goodhart's Law}: a formal model},");
    expect(entry).toContain("year         = {2026},");
    expect(entry).toContain("url          = {https://example.org/},");
    // balanced braces, one field a line, no trailing comma
    expect(entry.split("{").length).toBe(entry.split("}").length);
    expect(entry.split("\n").at(-2)?.endsWith(",")).toBe(false);
    expect(sitePlainCitation(site, 2026)).toBe("Goodhart's Law: a formal model (2026). Reference website. https://example.org/");
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
