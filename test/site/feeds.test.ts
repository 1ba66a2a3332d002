// The machine-readable side of the site: sitemap, Atom feed, robots.txt and tags.json.
import { readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { site } from "../../astro.config.mjs";
import { builtPages, distDir } from "../support/dist.mjs";

const read = (path: string) => readFileSync(`${distDir}${path}`, "utf8");
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["url", "sitemap", "entry"].includes(name) });
const pages: { path: string }[] = builtPages();

describe("sitemap", () => {
  it("is well-formed XML and lists every page but the 404 page", () => {
    const index = read("sitemap-index.xml");
    expect(XMLValidator.validate(index)).toBe(true);
    const maps: string[] = parser.parse(index).sitemapindex.sitemap.map((entry: { loc: string }) => new URL(entry.loc).pathname);
    const listed = new Set<string>();
    for (const map of maps) {
      const xml = read(map.slice(1));
      expect(XMLValidator.validate(xml)).toBe(true);
      for (const url of parser.parse(xml).urlset.url) listed.add(new URL(url.loc).pathname);
    }
    const expected = pages.map((page) => page.path).filter((path) => path !== "/404");
    expect(expected.filter((path) => !listed.has(path))).toEqual([]);
    expect([...listed].every((path) => expected.includes(path))).toBe(true);
  });

  it("is named in robots.txt", () => {
    expect(read("robots.txt")).toContain(`Sitemap: ${new URL("/sitemap-index.xml", site).href}`);
  });
});

describe("Atom feed", () => {
  it("is well-formed XML with an entry for every tagged statement, each linking to its permanent address", () => {
    const xml = read("feed.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const tags: { tags: { tag: string; retired: string | null }[] } = JSON.parse(read("tags.json"));
    const ids = new Set(feed.entry.map((entry: { id: string }) => entry.id));
    for (const { tag } of tags.tags.filter((entry) => !entry.retired)) {
      expect(ids.has(new URL(`/tag/${tag}/`, site).href)).toBe(true);
    }
    for (const entry of feed.entry) expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
  });
});
