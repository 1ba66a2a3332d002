// The machine-readable side of the site: sitemap, Atom feed, robots.txt and tags.json.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { site } from "../../astro.config.mjs";
import { builtPages, distDir } from "../support/dist.mjs";

const root = new URL("../..", import.meta.url).pathname;
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

  it("follows the sitemap protocol: its namespace, absolute addresses on the site, at most 50,000 a file", () => {
    const index = parser.parse(read("sitemap-index.xml")).sitemapindex;
    expect(index["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    for (const { loc } of index.sitemap) {
      expect(loc.startsWith(site)).toBe(true);
      const urlset = parser.parse(read(new URL(loc).pathname.slice(1))).urlset;
      expect(urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
      const locs: string[] = urlset.url.map((url: { loc: string }) => url.loc);
      expect(locs.length).toBeLessThanOrEqual(50_000);
      expect(new Set(locs).size).toBe(locs.length);
      for (const url of locs) expect(url, url).toMatch(new RegExp(`^${site.replace(/[.]/g, "\\.")}/([a-z0-9-]+/)*$`, "i"));
    }
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

  it("has what RFC 4287 requires of a feed and of each entry, newest first", () => {
    const feed = parser.parse(read("feed.xml")).feed;
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    const links = (element: { link: unknown }) => [element.link].flat() as { "@_href": string; "@_rel"?: string }[];
    expect(feed.id).toBe(new URL("/feed.xml", site).href);
    expect(feed.title.length).toBeGreaterThan(0);
    expect(feed.updated).toMatch(rfc3339);
    expect(feed.author.name.length).toBeGreaterThan(0);
    expect(links(feed).find((link) => link["@_rel"] === "self")?.["@_href"]).toBe(new URL("/feed.xml", site).href);
    const ids: string[] = feed.entry.map((entry: { id: string }) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    let previous = Infinity;
    for (const entry of feed.entry) {
      expect(entry.title.length, entry.id).toBeGreaterThan(0);
      expect(entry.summary.length, entry.id).toBeGreaterThan(0);
      expect(entry.updated, entry.id).toMatch(rfc3339);
      // no <content>, so an alternate link is required
      expect(links(entry).some((link) => !link["@_rel"] || link["@_rel"] === "alternate"), entry.id).toBe(true);
      if (entry.published !== undefined) expect(Date.parse(entry.published), entry.id).toBeLessThan(Date.parse(entry.updated));
      expect(Date.parse(entry.updated), entry.id).toBeLessThanOrEqual(previous);
      previous = Date.parse(entry.updated);
    }
    expect(Date.parse(feed.updated)).toBe(Date.parse(feed.entry[0].updated));
  });

  it("announces each catalogued example as new, and dates each result by its own statement and proof", () => {
    const feed = parser.parse(read("feed.xml")).feed;
    const tags: { tags: { tag: string; kind: string; label: string; target: string | null }[] } = JSON.parse(read("tags.json"));
    const titleOf = new Map(feed.entry.map((entry: { id: string; title: string }) => [new URL(entry.id).pathname, entry.title]));
    for (const example of tags.tags.filter((entry) => entry.label.startsWith("catalog/") && entry.target)) {
      expect(titleOf.get(`/tag/${example.tag}/`)).toMatch(/^New example: /);
    }
    // an edit elsewhere on a page leaves its other results unchanged: some result predates its page's last commit
    const updatedOf = new Map<string, number>(feed.entry.map((entry: { id: string; updated: string }) => [new URL(entry.id).pathname, Date.parse(entry.updated)]));
    const pageCommitted = (href: string) => {
      const file = [`content${href.replace(/\/$/, "")}.mdx`, `content${href}index.mdx`].find((candidate) => existsSync(`${root}${candidate}`))!;
      const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
      // a page with uncommitted changes counts as changed now, as the build dates it
      return git("status", "--porcelain", "--", file) ? Infinity : Date.parse(git("log", "-1", "--first-parent", "--format=%cI", "--", file));
    };
    const results = tags.tags.filter((entry) => !entry.label.startsWith("catalog/") && entry.target);
    const earlier = results.filter((entry) => updatedOf.get(`/tag/${entry.tag}/`)! < pageCommitted(entry.target!.split("#")[0]!));
    expect(earlier.length).toBeGreaterThan(0);
    for (const entry of results) expect(updatedOf.get(`/tag/${entry.tag}/`)!, entry.tag).toBeLessThanOrEqual(pageCommitted(entry.target!.split("#")[0]!));
  });
});
