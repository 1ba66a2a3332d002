// Every built page, in a real browser: loads cleanly and passes axe at WCAG 2.2 AA, in both themes.
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { pagePaths, useBrowser } from "./harness";

const browser = useBrowser();
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Scrolls to the bottom in steps so every figure becomes visible and hydrates. */
async function scrollThrough(page: import("playwright-core").Page) {
  await page.evaluate(async () => {
    for (let y = 0; y <= document.body.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>("figure[data-figure]")].every((f) => f.dataset["state"] === "live" || f.dataset["state"] === "failed"));
}

// Every page in the light theme; in the dark theme every page except the permanent-tag pages,
// which share one template (a sample of them is checked), so the suite stays fast as tags grow.
const tagPages = pagePaths.filter((path) => path.startsWith("/tag/"));
const darkPaths = [...pagePaths.filter((path) => !path.startsWith("/tag/")), ...tagPages.slice(0, 3), ...tagPages.slice(-2)];

describe.each([
  ["light", pagePaths],
  ["dark", darkPaths],
] as const)("every page in the %s theme", (colorScheme, paths) => {
  it.each(paths)("%s loads cleanly and has no WCAG 2.2 AA violation", async (path) => {
    const { page, problems, close } = await browser.open(path, { colorScheme });
    await scrollThrough(page);
    // the 404 page is served with status 404 on purpose
    expect(problems.filter((problem) => !(path === "/404" && problem.includes("404")))).toEqual([]);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(violations).toEqual([]);
    await close();
  });
});

describe("page shell", () => {
  it("serves the 404 page for an unknown address", async () => {
    const response = await fetch(browser.url("/no-such-page/"));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Page not found");
  });

  it("remembers the theme chosen with the switch", async () => {
    const { page, close } = await browser.open("/", { colorScheme: "light" });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBackground = await background();
    await page.getByRole("button", { name: "Dark theme" }).click();
    expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
    expect(await background()).not.toBe(lightBackground);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
    expect(await page.getByRole("button", { name: "Dark theme" }).getAttribute("aria-pressed")).toBe("true");
    await close();
  });

  it("has a skip link that moves focus to the content", async () => {
    const { page, close } = await browser.open("/model/high-dimension/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect.poll(() => skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => location.hash)).toBe("#main");
    await close();
  });

  it("does not scroll sideways at 360 px", async () => {
    for (const path of pagePaths) {
      const { page, close } = await browser.open(path, { viewport: { width: 360, height: 740 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await close();
    }
  });

  it("marks the current page in the sidebar and links the neighbours", async () => {
    const { page, close } = await browser.open("/model/high-dimension/");
    const current = page.locator('#site-nav a[aria-current="page"]');
    await expect.poll(() => current.count()).toBe(1);
    expect(await current.getAttribute("href")).toBe("/model/high-dimension/");
    // the sidebar lists pages in reading order, so the previous page is the link before the current one
    const sidebar = await page.locator("#site-nav > a, #site-nav section:not(:last-child) a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    const previous = sidebar[sidebar.indexOf("/model/high-dimension/") - 1];
    expect(await page.locator('a[rel="prev"]').getAttribute("href")).toBe(previous);
    await close();
  });
});
