// Numbered statements in the browser: previews on hover and keyboard focus (across pages),
// permanent tags that resolve, and the dependency graph.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./harness";

const browser = useBrowser();

/** The preview a reference shows: the page's shared one it points to, or its own. */
async function previewOf(page: Page, reference: Locator): Promise<Locator> {
  const id = await reference.locator("a").getAttribute("data-preview");
  return id ? page.locator(`#${id}`) : reference.locator(".xref-preview");
}

describe("cross-reference previews", () => {
  it("shows the referenced statement, with its math, on hover", async () => {
    const { page, problems, close } = await browser.open("/model/step-condition/");
    // a reference to a statement on another page
    const reference = page.locator('.xref:has(> a[href^="/model/the-model/#"])').first();
    const preview = await previewOf(page, reference);
    expect(await preview.isVisible()).toBe(false);
    await reference.locator("a").hover();
    expect(await preview.isVisible()).toBe(true);
    // under the reference, not where the shared previews sit at the end of the article
    const [link, box] = [await reference.locator("a").boundingBox(), await preview.boundingBox()];
    expect(box!.y).toBeGreaterThanOrEqual(link!.y + link!.height - 1);
    expect(box!.y).toBeLessThan(link!.y + link!.height + 8);
    expect(await preview.locator("math").count()).toBeGreaterThan(0);
    expect(await preview.locator(".xref-preview-title").textContent()).toMatch(/^Definition \d+\.\d+/);
    expect(problems).toEqual([]);
    await close();
  });

  it("shows it on keyboard focus too", async () => {
    const { page, close } = await browser.open("/model/step-condition/");
    const reference = page.locator(".xref:has(> a.xref-lemma)").first();
    await reference.locator("a").focus();
    const preview = await previewOf(page, reference);
    expect(await preview.isVisible()).toBe(true);
    expect(await preview.locator(".xref-preview-title").textContent()).toMatch(/^Lemma \d+\.\d+/);
    await close();
  });

  // A block below the fold is contained (content-visibility), which would clip an overflowing
  // preview; hovering or focusing its reference must lift that, on a wide screen and a phone.
  it.each([1280, 375])("shows a preview whole from a block below the fold at %i px", async (width) => {
    const { page, close } = await browser.open("/model/step-condition/", { viewport: { width, height: 800 } });
    const reference = page.locator(".below-fold .xref:has(> a.xref-definition, > a.xref-theorem, > a.xref-lemma)").last();
    await reference.evaluate((element) => element.scrollIntoView({ block: "center" }));
    await reference.locator("a").focus();
    const preview = await previewOf(page, reference);
    expect(await preview.isVisible()).toBe(true);
    // points down both edges of the part of the preview inside the viewport all hit the preview:
    // a clipped preview shows the page through its lower part
    const covered = await preview.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const [top, bottom] = [Math.max(0, box.top) + 4, Math.min(innerHeight, box.bottom) - 4];
      const points = [box.left + 6, Math.min(innerWidth, box.right) - 6].flatMap((x) => Array.from({ length: 10 }, (_, i) => [x, top + ((bottom - top) * i) / 9] as const));
      return { height: bottom - top, shown: points.filter(([x, y]) => element.contains(document.elementFromPoint(x, y))).length, points: points.length };
    });
    expect(covered.height).toBeGreaterThan(100);
    expect(covered.shown).toBe(covered.points);
    await close();
  });

  it("previews a statement referenced several times once, under whichever reference is hovered", async () => {
    const { page, close } = await browser.open("/model/step-condition/");
    const repeated = await page.evaluate(() => {
      const counts = new Map<string, number>();
      for (const link of document.querySelectorAll("a[data-preview]")) counts.set(link.getAttribute("data-preview")!, (counts.get(link.getAttribute("data-preview")!) ?? 0) + 1);
      return [...counts].find(([, count]) => count > 1)?.[0];
    });
    expect(repeated).toBeDefined();
    expect(await page.locator(`[id="${repeated}"]`).count()).toBe(1);
    const links = page.locator(`a[data-preview="${repeated}"]`);
    const preview = page.locator(`#${repeated}`);
    for (const position of [0, (await links.count()) - 1]) {
      const link = links.nth(position);
      await link.evaluate((element) => element.scrollIntoView({ block: "center" }));
      await link.hover();
      const [linkBox, box] = [await link.boundingBox(), await preview.boundingBox()];
      expect(await preview.isVisible()).toBe(true);
      // right under the link, or right above it when there is no room below
      const gap = Math.min(Math.abs(box!.y - (linkBox!.y + linkBox!.height)), Math.abs(box!.y + box!.height - linkBox!.y));
      expect(gap).toBeLessThan(8);
    }
    await page.mouse.move(0, 0);
    expect(await preview.isVisible()).toBe(false);
    await close();
  });

  it("links a proof to its statement and back", async () => {
    const { page, close } = await browser.open("/model/step-condition/");
    const statement = page.locator(".env:has(#step-condition)");
    await statement.locator('a[href="#proof-step-condition"]').click();
    expect(await page.evaluate(() => location.hash)).toBe("#proof-step-condition");
    expect(await page.locator("#proof-step-condition .proof-head a").getAttribute("href")).toBe("/model/step-condition/#step-condition");
    await close();
  });
});

describe("permanent tags", () => {
  it("resolve to the statement and link to it in context", async () => {
    const { page, problems, close } = await browser.open("/model/step-condition/");
    const tagHref = await page.locator(".env:has(#step-condition) .env-tag").getAttribute("href");
    expect(tagHref).toMatch(/^\/tag\/[0-9A-Z]{4}\/$/);
    await page.goto(browser.url(tagHref!));
    expect(await page.locator("h1").textContent()).toContain("Theorem");
    expect(await page.locator(".tag-statement math").count()).toBeGreaterThan(0);
    await page.getByRole("link", { name: /in context/ }).click();
    expect(page.url()).toContain("/model/step-condition/#step-condition");
    expect(problems).toEqual([]);
    await close();
  });

  it("offer a citation with the permanent link", async () => {
    const { page, close } = await browser.open("/model/step-condition/");
    const cite = page.locator(".env:has(#step-condition) .env-cite");
    await cite.locator("summary").click();
    const bibtex = await cite.locator("pre").textContent();
    expect(bibtex).toMatch(/^@misc\{goodhart[0-9a-z]{4},/);
    expect(bibtex).toMatch(/url\s+= \{https:\/\/[^}]+\/tag\/[0-9A-Z]{4}\/\}/);
    expect(await cite.getByRole("button", { name: "Copy link" }).isVisible()).toBe(true);
    await close();
  });
});

describe("dependency graph", () => {
  it("draws every dependency as an edge between linked boxes", async () => {
    const { page, problems, close } = await browser.open("/dependencies/");
    const edges = await page.locator(".graph-edges path").count();
    expect(edges).toBeGreaterThan(5);
    const boxes = page.locator(".dependency-graph a.graph-node");
    expect(await boxes.count()).toBeGreaterThan(5);
    expect(await boxes.first().getAttribute("href")).toMatch(/^\/[a-z-]+\/[a-z-]+\/#/);
    expect(problems).toEqual([]);
    await close();
  });
});
