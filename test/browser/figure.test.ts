// The figure pattern in a real browser: readable without JavaScript, loaded only when visible,
// recomputed from the same numbers as the build, and redrawn when a control moves.
import { describe, expect, it } from "vitest";
import { useBrowser } from "./harness";

const browser = useBrowser();

/** The largest relative difference between numbers at the same place in two JSON values; Infinity where the shapes differ. */
function largestRelativeDifference(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") {
    return a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return Infinity;
    return Math.max(0, ...a.map((item, i) => largestRelativeDifference(item, b[i])));
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const keys = Object.keys(a);
    if (keys.join() !== Object.keys(b).join()) return Infinity;
    return Math.max(0, ...keys.map((key) => largestRelativeDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])));
  }
  return a === b ? 0 : Infinity;
}
const path = "/model/high-dimension/";
const figure = 'figure[data-figure="cosine-similarity"]';

describe("the cosine-similarity figure", () => {
  it("is in the page with JavaScript disabled", async () => {
    const { page, close } = await browser.open(path, { javaScriptEnabled: false });
    const svg = page.locator(`${figure} .figure-plot svg`);
    expect(await svg.count()).toBe(1);
    expect(await svg.isVisible()).toBe(true);
    expect(await page.locator(`${figure} .figure-plot svg rect`).count()).toBeGreaterThan(10);
    expect(await page.locator(`${figure} form`).isVisible()).toBe(false);
    await close();
  });

  it("loads its code only when it scrolls into view", async () => {
    const { page, requests, close } = await browser.open(path, { viewport: { width: 1280, height: 400 } });
    const scriptsBefore = requests.filter((url) => url.endsWith(".js"));
    expect(await page.locator(figure).getAttribute("data-state")).toBeNull();
    await page.locator(figure).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${figure}[data-state="live"]`);
    const loaded = requests.filter((url) => url.endsWith(".js") && !scriptsBefore.includes(url));
    expect(scriptsBefore).toHaveLength(1); // the small bootstrap
    expect(loaded.length).toBeGreaterThan(0); // the figure's definition and Plot
    await close();
  });

  it("computes the same data in the browser as at build time", async () => {
    const { page, problems, close } = await browser.open(path);
    await page.locator(figure).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${figure}[data-state="live"]`);
    const build = await page.locator(figure).getAttribute("data-build-fingerprint");
    const client = await page.locator(figure).getAttribute("data-client-fingerprint");
    expect(build).toMatch(/^[0-9a-f]{8}$/);
    expect(client).toBe(build);
    // and the numbers behind the fingerprints: the published JSON equals the browser's recomputation
    const published = await (await fetch(browser.url("/figures/cosine-similarity.json"))).json();
    const recomputed = await page.evaluate(async () => {
      const link = document.querySelector<HTMLAnchorElement>('figure[data-figure="cosine-similarity"] a[data-download="json"]');
      return (await fetch(link!.href)).json();
    });
    // equal up to the last bit or two that engines' Math.log/exp may differ in (see figure.ts)
    expect(largestRelativeDifference(recomputed, published)).toBeLessThan(1e-12);
    expect(problems).toEqual([]);
    await close();
  });

  it("redraws when the dimension slider moves", async () => {
    const { page, problems, close } = await browser.open(path);
    await page.locator(figure).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${figure}[data-state="live"]`);
    const plot = page.locator(`${figure} .figure-plot`);
    const before = await plot.innerHTML();
    const slider = page.locator(`${figure} input[name="dimension"]`);
    await slider.focus();
    for (let i = 0; i < 40; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.locator(`${figure} .figure-settings`).textContent()).toContain("Dimension d: 50");
    await expect.poll(() => plot.innerHTML()).not.toBe(before);
    expect(await page.locator(`${figure} output`).first().textContent()).toBe("50");
    expect(await plot.locator("svg").getAttribute("aria-label")).toContain("dimension 50");
    const data = await page.evaluate(async () => {
      const link = document.querySelector<HTMLAnchorElement>('figure[data-figure="cosine-similarity"] a[data-download="json"]');
      return (await fetch(link!.href)).json();
    });
    expect(data.controls.dimension).toBe(50);
    expect(data.data.summary[0].exactVariance).toBeCloseTo(1 / 50, 12);
    expect(problems).toEqual([]);
    await close();
  });
});
