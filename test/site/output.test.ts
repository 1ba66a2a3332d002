// What each built page ships: math rendered at build time, figures present as SVG, no
// JavaScript on pages without figures beyond the inline theme switch.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { builtPages } from "../support/dist.mjs";

const pages: { path: string; html: string }[] = builtPages();

describe("built pages", () => {
  it.each(pages.map((page) => [page.path, page] as const))("%s has a title, a description and a canonical URL", (_path, page) => {
    const { document } = parseHTML(page.html);
    expect(document.querySelector("title")?.textContent?.trim()).toBeTruthy();
    expect(document.querySelector('meta[name="description"]')?.getAttribute("content")?.length ?? 0).toBeGreaterThan(20);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href")).toMatch(/^https:\/\//);
  });

  it.each(pages.map((page) => [page.path, page] as const))("%s loads no math JavaScript and shows no TeX error", (_path, page) => {
    expect(page.html).not.toMatch(/<script[^>]+katex/i);
    expect(page.html).not.toContain("katex-error");
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
