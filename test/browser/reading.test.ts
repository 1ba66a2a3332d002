// What a reader relies on besides the text: the landing page, breadcrumbs, the table of all tags,
// and the printed page.
import { describe, expect, it } from "vitest";
import { site } from "../../astro.config.mjs";
import { useBrowser } from "./harness";

const browser = useBrowser();

describe("the landing page", () => {
  it("shows what the site is, the taxonomy, where to start, how to cite and how to contribute in one desktop screen", async () => {
    const { page, problems, close } = await browser.open("/", { viewport: { width: 1280, height: 800 } });
    const bottomOf = (selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().bottom);
    const sections = { "what it is": ".home-lead", taxonomy: ".taxonomy-diagram" } as Record<string, string>;
    for (const heading of ["Where to start", "How to cite", "How to contribute"]) {
      // the heading and everything up to the next heading
      sections[heading] = `h2:has-text("${heading}") ~ :is(ul, p) >> nth=0`;
    }
    for (const [name, selector] of Object.entries(sections)) {
      const bottom = await bottomOf(selector);
      expect(bottom, `${name} ends at ${bottom} px`).toBeLessThanOrEqual(800);
    }
    expect(await page.locator(".taxonomy-diagram tbody tr").count()).toBe(4);
    expect(await page.locator('.home a[href="/tags/"]').count()).toBe(1);
    expect(await page.locator('.home a[href$="/blob/main/CONTRIBUTING.md"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await close();
  });

  it("fits the taxonomy diagram in a phone's width", async () => {
    const { page, close } = await browser.open("/", { viewport: { width: 375, height: 800 } });
    const { scrollWidth, clientWidth } = await page.locator(".taxonomy-diagram").evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await close();
  });
});

describe("breadcrumbs", () => {
  it("lead from the home page through the part to the current page", async () => {
    const { page, close } = await browser.open("/model/high-dimension/");
    const crumbs = page.locator('nav[aria-label="Breadcrumbs"] li');
    expect((await crumbs.allTextContents()).map((text) => text.trim())).toEqual(["Home", "The model", "Efficiency in high dimension"]);
    expect(await crumbs.nth(1).locator("a").getAttribute("href")).toBe("/model/");
    expect(await crumbs.last().locator('[aria-current="page"]').count()).toBe(1);
    await close();
  });
});

describe("the table of all tags", () => {
  /** Dotted numbers ("3.10") compared part by part; "catalogue" and "retired" after every number. */
  const byNumber = (a: string, b: string) => {
    const parts = (text: string) => (/^\d/.test(text) ? text.split(".").map(Number) : [Infinity]);
    const [x, y] = [parts(a), parts(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
    return 0;
  };

  it("sorts by any column, both ways", async () => {
    const { page, problems, close } = await browser.open("/tags/");
    const numbers = () => page.locator(".tag-table tbody tr td:nth-child(3)").allTextContents();
    const header = page.locator(".tag-table th", { hasText: "Number" });
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    const ascending = await numbers();
    expect(ascending.length).toBeGreaterThan(50);
    expect(ascending).toEqual([...ascending].sort(byNumber));
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    expect(await numbers()).toEqual([...ascending].reverse());
    const tagHeader = page.locator(".tag-table th", { hasText: "Tag" });
    await tagHeader.getByRole("button").click();
    const tags = await page.locator(".tag-table tbody tr td:first-child").allTextContents();
    expect(tags).toEqual([...tags].sort());
    expect(await header.getAttribute("aria-sort")).toBe("none");
    expect(problems).toEqual([]);
    await close();
  });

  it("filters by kind and by text, and counts what it shows", async () => {
    const { page, close } = await browser.open("/tags/");
    const visibleRows = page.locator(".tag-table tbody tr:not([hidden])");
    const total = await visibleRows.count();
    await page.getByLabel("Kind").selectOption({ label: "Theorem" });
    const theorems = await visibleRows.count();
    expect(theorems).toBeGreaterThan(0);
    expect(theorems).toBeLessThan(total);
    expect(new Set(await visibleRows.locator("td:nth-child(2)").allTextContents())).toEqual(new Set(["Theorem"]));
    expect(await page.locator(".tag-filter output").textContent()).toBe(`${theorems} of ${total}`);
    await page.getByLabel("Kind").selectOption({ label: "any" });
    await page.getByLabel("Filter").fill("high dimension");
    const matching = await visibleRows.allTextContents();
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.every((row) => row.toLowerCase().includes("high dimension"))).toBe(true);
    await page.getByLabel("Filter").fill("no row has this text");
    expect(await visibleRows.count()).toBe(0);
    expect(await page.locator(".tag-filter output").textContent()).toBe(`0 of ${total}`);
    await close();
  });

  it("is complete without JavaScript, without the controls that need it", async () => {
    const { page, close } = await browser.open("/tags/", { javaScriptEnabled: false });
    const tags: { tags: unknown[] } = await (await fetch(browser.url("/tags.json"))).json();
    expect(await page.locator(".tag-table tbody tr").count()).toBe(tags.tags.length);
    expect(await page.locator(".tag-filter").isVisible()).toBe(false);
    await close();
  });
});

describe("the printed page", () => {
  it("keeps math, numbering and each figure's SVG, drops the controls, and prints the permanent links", async () => {
    const { page, close } = await browser.open("/model/high-dimension/");
    await page.emulateMedia({ media: "print" });
    const shown = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).display !== "none" && element.getBoundingClientRect().height > 0);
    for (const selector of ["math", ".section-number", ".env-name", "figure[data-figure] .figure-plot svg", "figure[data-figure] figcaption"]) {
      expect(await shown(selector), selector).toBe(true);
    }
    for (const selector of [".site-header", ".site-nav", "figure[data-figure] .figure-controls", ".pager"]) {
      expect(await shown(selector), selector).toBe(false);
    }
    const tagLink = page.locator("a.env-tag").first();
    const printed = await tagLink.evaluate((element) => getComputedStyle(element, "::after").content);
    expect(printed).toBe(`" (${new URL(`${await tagLink.getAttribute("href")}`, site).href})"`);
    // every block is laid out on paper, not skipped below the fold
    expect(await page.locator(".below-fold").evaluateAll((blocks) => blocks.every((block) => getComputedStyle(block).contentVisibility === "visible"))).toBe(true);
    await close();
  });
});
