// Every built page stays within its element budget (src/site/pageBudget.ts), hidden previews and
// MathML included: past it, style and layout block a phone's main thread.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { elementsIn, maxPageElements } from "../../src/site/pageBudget.ts";
import { builtPages } from "../support/dist.mjs";

const pages = builtPages().map(({ path, html }) => ({ path, html, elements: parseHTML(html).document.querySelectorAll("*").length }));

describe("the element budget", () => {
  it(`holds on every page: at most ${maxPageElements} elements`, () => {
    const over = pages.filter((page) => page.elements > maxPageElements).map((page) => `${page.path}: ${page.elements} elements`);
    expect(over).toEqual([]);
  });

  it("is counted at build time as the browser counts it", () => {
    // the layout sizes previews from a count of start tags; on a built page that count is the parser's
    for (const page of pages) expect(elementsIn(page.html.replace(/<!doctype html>/i, "")), page.path).toBe(page.elements);
  });

  it("still leaves the pages that fit with their previews whole, and shortens them only where it must", () => {
    const cut = pages.filter((page) => page.html.includes(" …</span>") && page.html.includes('class="xref-previews"'));
    expect(cut.map((page) => page.path)).toEqual(["/reference/errata/"]);
    const errata = pages.find((page) => page.path === "/reference/errata/")!;
    expect(errata.elements).toBeGreaterThan(maxPageElements - 500);
  });
});
