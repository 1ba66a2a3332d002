// What each built page ships: math rendered to MathML at build time, figures present as SVG, no
// JavaScript on pages without figures beyond the inline theme switch.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { site } from "../../astro.config.mjs";
import { repositoryUrl } from "../../src/site/identity.ts";
import { builtPages } from "../support/dist.mjs";

const root = new URL("../..", import.meta.url).pathname;

const pages: { path: string; html: string }[] = builtPages();

describe("built pages", () => {
  it.each(pages.map((page) => [page.path, page] as const))("%s has a title, a description, its own canonical URL and Open Graph tags", (path, page) => {
    const { document } = parseHTML(page.html);
    const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content");
    expect(document.querySelector("title")?.textContent?.trim()).toBeTruthy();
    const description = meta('meta[name="description"]') ?? "";
    expect(description.length).toBeGreaterThan(20);
    if (path === "/404") {
      // served at any unknown address: it has no address of its own to be canonical
      expect(document.querySelector('link[rel="canonical"]')).toBeNull();
      expect(meta('meta[name="robots"]')).toBe("noindex");
    } else {
      const canonical = new URL(path, site).href;
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(canonical);
      expect(meta('meta[property="og:url"]')).toBe(canonical);
    }
    expect(meta('meta[property="og:title"]')).toBeTruthy();
    expect(meta('meta[property="og:description"]')).toBe(description);
  });

  const contentPages = pages.filter((page) => page.html.includes('class="page-meta"'));

  it("gives each page from content/ its last-changed date from git and an edit link to its source", () => {
    expect(contentPages.map((page) => page.path)).toEqual(expect.arrayContaining(["/", "/model/high-dimension/", "/catalog/rocks-for-diamonds/"]));
    for (const page of contentPages) {
      const { document } = parseHTML(page.html);
      const edit = document.querySelector(".page-meta a")?.getAttribute("href") ?? "";
      expect(edit.startsWith(`${repositoryUrl}/edit/main/`), page.path).toBe(true);
      const file = edit.slice(`${repositoryUrl}/edit/main/`.length);
      expect(existsSync(`${root}${file}`), `${page.path}: ${file}`).toBe(true);
      const committed = execFileSync("git", ["log", "-1", "--first-parent", "--format=%cI", "--", file], { cwd: root, encoding: "utf8" }).trim();
      const shown = document.querySelector(".page-meta time")?.getAttribute("datetime") ?? "";
      // a file changed since its last commit counts as changed at build time
      if (committed && execFileSync("git", ["status", "--porcelain", "--", file], { cwd: root, encoding: "utf8" }) === "") {
        expect(shown, page.path).toBe(new Date(committed).toISOString());
      } else {
        expect(Date.parse(shown), page.path).toBeGreaterThan(Date.now() - 24 * 3600 * 1000);
      }
    }
  });

  it("cites the whole site with the year its content last changed", () => {
    const cite = pages.find((page) => page.path === "/reference/cite/")!;
    const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
    const year = git("status", "--porcelain", "--", "content") ? new Date().getUTCFullYear() : new Date(git("log", "-1", "--first-parent", "--format=%cI", "--", "content")).getUTCFullYear();
    expect(cite.html).toContain(`year = {${year}},`);
    expect(cite.html).toContain(`url = {${new URL("/", site).href}},`);
  });

  it("links every permanent tag with its absolute address, for print", () => {
    let links = 0;
    for (const page of pages) {
      const { document } = parseHTML(page.html);
      for (const link of document.querySelectorAll("a[data-permalink]")) {
        expect(link.getAttribute("data-permalink"), page.path).toBe(new URL(link.getAttribute("href") ?? "", site).href);
        expect(link.getAttribute("href")).toMatch(/^\/tag\/[0-9A-Z]{4}\/$/);
        links++;
      }
      expect(document.querySelectorAll('a.env-tag:not([data-permalink]), a.tag-link:not([data-permalink])').length, page.path).toBe(0);
    }
    expect(links).toBeGreaterThan(50);
  });

  it.each(pages.map((page) => [page.path, page] as const))("%s loads no math JavaScript and shows no TeX error", (_path, page) => {
    expect(page.html).not.toMatch(/<script[^>]+katex/i);
    expect(page.html).not.toContain("katex-error");
  });

  const mathPages = pages.filter((page) => page.html.includes("<math"));
  const fontLinks = new Set(mathPages.flatMap((page) => [...page.html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((match) => match[1])));

  it("sets every formula as MathML alone in the one published math font, which every page with math preloads", () => {
    expect(mathPages.length).toBeGreaterThan(50);
    expect([...fontLinks]).toHaveLength(1);
    const [font] = fontLinks;
    expect(font).toMatch(/^\/_astro\/stix-two-math\.[0-9a-f]{10}\.woff2$/);
    expect(existsSync(`${root}dist${font}`)).toBe(true);
    for (const page of mathPages) {
      expect(page.html, page.path).toContain(`<link rel="preload" href="${font}" as="font" type="font/woff2" crossorigin>`);
      expect(page.html, page.path).toContain(`src:url("${font}")`);
      expect(page.html, page.path).not.toContain("__math-font__");
    }
  });

  it.each(mathPages.map((page) => [page.path, page] as const))("%s has no KaTeX HTML, no mathvariant a browser would ignore, and the TeX of every formula", (path, page) => {
    const { document } = parseHTML(page.html);
    expect(page.html).not.toMatch(/class="katex|<semantics|<annotation/);
    const ignored = [...document.querySelectorAll("math [mathvariant]")].filter((node) => node.getAttribute("mathvariant") !== "normal" || node.tagName.toLowerCase() !== "mi" && node.tagName.toLowerCase() !== "mo");
    expect(ignored.map((node) => node.outerHTML), path).toEqual([]);
    // a long inline formula's pieces share the TeX on their span (src/math/inlineBreaks.ts)
    for (const math of document.querySelectorAll("math")) expect(math.getAttribute("data-tex") ?? math.closest(".math-inline")?.getAttribute("data-tex"), `${path}: ${math.outerHTML.slice(0, 200)}`).toBeTruthy();
    // a script or a fraction with a part too many or too few is drawn wrong, not refused
    const arity: Record<string, number> = { msub: 2, msup: 2, msubsup: 3, munder: 2, mover: 2, munderover: 3, mfrac: 2, mroot: 2 };
    const malformed = [...document.querySelectorAll(Object.keys(arity).join(","))].filter((node) => node.children.length !== arity[node.tagName.toLowerCase()]);
    expect(malformed.map((node) => `${node.closest("math")?.getAttribute("data-tex")}: ${node.outerHTML.slice(0, 120)}`), path).toEqual([]);
  });

  it("previews each referenced statement once per page, and every reference finds its preview and the rule that shows it", () => {
    let shared = 0;
    for (const page of pages) {
      const { document } = parseHTML(page.html);
      const ids = [...document.querySelectorAll(".xref-previews > .xref-preview")].map((preview) => preview.id);
      const titles = [...document.querySelectorAll(".xref-previews .xref-preview-title")].map((title) => title.textContent);
      expect(new Set(titles).size, `${page.path}: a statement previewed twice`).toBe(titles.length);
      expect(document.querySelectorAll(".xref:not(.cite) > .xref-preview").length, `${page.path}: a reference with a preview of its own`).toBe(0);
      const style = [...document.querySelectorAll("head style")].map((element) => element.textContent).join("");
      for (const link of document.querySelectorAll("a[data-preview]")) {
        const id = link.getAttribute("data-preview")!;
        expect(ids, `${page.path}: ${link.textContent} points to no preview`).toContain(id);
        expect(style, `${page.path}: no rule shows #${id}`).toContain(`[data-preview="${id}"]:is(:hover,:focus)) #${id}`);
        shared++;
      }
      const pointedTo = new Set([...document.querySelectorAll("a[data-preview]")].map((link) => link.getAttribute("data-preview")));
      for (const id of ids) expect(pointedTo.has(id), `${page.path}: no reference points to #${id}`).toBe(true);
    }
    expect(shared).toBeGreaterThan(100);
  });

  it.each(pages.map((page) => [page.path, page] as const))("%s ships script files only for figures and search", (path, page) => {
    const { document } = parseHTML(page.html);
    const external = [...document.querySelectorAll("script[src]")].map((script) => script.getAttribute("src") ?? "");
    const hasFigure = document.querySelector("figure[data-figure]") !== null;
    const allowed = external.filter((src) => (hasFigure && src.startsWith("/_astro/")) || (path === "/search/" && src.startsWith("/pagefind/")));
    expect(external).toEqual(allowed);
  });

  it("renders each figure to SVG at build time, with its caption and downloads", () => {
    const withFigures = pages.filter((page) => page.html.includes("data-figure="));
    expect(withFigures.map((page) => page.path)).toContain("/model/high-dimension/");
    for (const page of withFigures) {
      const { document } = parseHTML(page.html);
      for (const figure of document.querySelectorAll("figure[data-figure]")) {
        expect(figure.querySelector(".figure-plot svg[role=img]")?.getAttribute("aria-label")).toBeTruthy();
        expect(figure.querySelectorAll(".figure-plot svg :is(rect, path, circle, line)").length).toBeGreaterThan(3);
        expect(figure.querySelector("figcaption")?.textContent?.trim().length ?? 0).toBeGreaterThan(20);
        expect(figure.querySelector('a[data-download="json"]')).not.toBeNull();
        expect(figure.getAttribute("data-build-fingerprint")).toMatch(/^[0-9a-f]{8}$/);
      }
    }
  });
});
