// Search in the browser: words, formulas by their TeX source, and permanent tags.
import { describe, expect, it } from "vitest";
import { useBrowser } from "./harness";

const browser = useBrowser();

/** The first few results for a query, through Pagefind's own API, as "url | sub-result title" (with `pageTitles`, "url | page title"). */
async function search(page: import("playwright-core").Page, query: string, pageTitles = false): Promise<string[]> {
  // a string, so that the test runner does not rewrite the page's own import() of Pagefind's module
  const script = `(async () => {
    const pagefind = await import("/pagefind/pagefind.js");
    const { results } = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(results.slice(0, 5).map((result) => result.data()));
    return data.map((entry) => entry.url + " | " + (${pageTitles} ? entry.meta.title : entry.sub_results[0]?.title ?? ""));
  })()`;
  return page.evaluate(script) as Promise<string[]>;
}

describe("search", () => {
  it("finds a word and names the numbered statement it hit", async () => {
    const { page, close } = await browser.open("/search/");
    const hits = await search(page, "sharp");
    expect(hits.some((hit) => hit.startsWith("/model/step-condition/ | Proposition 3.") && hit.includes("(The constant 1/2 is sharp)"))).toBe(true);
    // pages that only repeat others' statements are not indexed
    expect(hits.some((hit) => /^\/(tag|search|tags|dependencies)\//.test(hit))).toBe(false);
    expect(await search(page, "sharp", true)).toContain("/model/step-condition/ | 3 When a step on the proxy is a step on the goal");
    await close();
  });

  it("finds a formula by its TeX source", async () => {
    const { page, close } = await browser.open("/search/");
    expect((await search(page, "\\frac{d-1}{2}"))[0]).toMatch(/^\/model\/high-dimension\/ \| Theorem 4\.1/);
    expect((await search(page, "\\cosim")).length).toBeGreaterThan(0);
    await close();
  });

  it("finds a statement by its permanent tag", async () => {
    const tags: { tags: { tag: string; kind: string; target: string | null }[] } = await (await fetch(browser.url("/tags.json"))).json();
    const theorem = tags.tags.find((entry) => entry.kind === "theorem" && entry.target?.startsWith("/model/high-dimension/"))!;
    const { page, close } = await browser.open("/search/");
    const hits = await search(page, theorem.tag);
    expect(hits[0]).toMatch(/^\/model\/high-dimension\/ \| Theorem 4\./);
    await close();
  });

  it("shows results in the page for a query from the header's search box", async () => {
    const { page, problems, close } = await browser.open("/model/the-model/");
    await page.keyboard.press("/");
    await page.keyboard.type("regulariser");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=regulariser/);
    await page.waitForSelector(".pagefind-ui__result");
    // results fill in as their data arrives, not in rank order: wait for the top-ranked one itself
    expect(await page.locator(".pagefind-ui__result").first().locator(".pagefind-ui__result-link").first().getAttribute("href")).toMatch(/^\/(risk|taxonomy|model)\//);
    expect(problems).toEqual([]);
    await close();
  });

  it("jumps to a permanent tag typed as the query", async () => {
    const tags: { tags: { tag: string; target: string | null }[] } = await (await fetch(browser.url("/tags.json"))).json();
    const tag = tags.tags.find((entry) => entry.target?.startsWith("/model/step-condition/"))!;
    const { page, close } = await browser.open(`/search/?q=${tag.tag.toLowerCase()}`);
    await page.waitForURL(new RegExp(`/tag/${tag.tag}/$`));
    expect(await page.locator("h1").textContent()).toContain(`Tag ${tag.tag}`);
    await close();
  });

  it("offers the statement of a tag typed into the search box, and goes there on Enter", async () => {
    const tags: { tags: { tag: string; display: string | null; target: string | null }[] } = await (await fetch(browser.url("/tags.json"))).json();
    const tag = tags.tags.find((entry) => entry.target?.startsWith("/model/high-dimension/"))!;
    const { page, problems, close } = await browser.open("/search/");
    const box = page.locator("#search input");
    await box.fill(tag.tag.toLowerCase());
    const offer = page.locator(".tag-jump a");
    await offer.waitFor();
    expect(await offer.textContent()).toContain(`Tag ${tag.tag}: ${tag.display}`);
    await box.press("Enter");
    await page.waitForURL(new RegExp(`/tag/${tag.tag}/$`));
    expect(problems).toEqual([]);
    await close();
  });

  it("lists the statement that has a number typed as the query, and those that once had it, with the dates", async () => {
    const tags: { tags: { tag: string; kind: string; display: string | null; title: string | null; numbers: { display: string; from: string; until: string }[] }[] } = await (await fetch(browser.url("/tags.json"))).json();
    const current = tags.tags.find((entry) => entry.kind === "corollary" && entry.display)!;
    const { page, problems, close } = await browser.open("/search/");
    // an earlier number, as the history gives one after a renumbering: the page reads it from /tags.json
    const renumbered = tags.tags.find((entry) => entry.kind === "theorem" && entry.display)!;
    renumbered.numbers.unshift({ display: "Theorem 99.1", from: "2026-01-02T00:00:00.000Z", until: "2026-03-04T00:00:00.000Z" });
    await page.route("**/tags.json", (route) => route.fulfill({ json: tags }));
    const box = page.locator("#search input");
    const offers = page.locator(".number-matches li");
    await box.fill(current.display!.toLowerCase());
    await offers.first().waitFor();
    expect(await offers.allTextContents()).toEqual([expect.stringMatching(new RegExp(`^Tag ${current.tag}: ${current.display!.replace(".", "\\.")} from .+; ${current.display!.replace(".", "\\.")} now`))]);
    await box.fill("Theorem 99.1");
    await page.waitForFunction(() => document.querySelector(".number-matches li")?.textContent?.includes("99.1"));
    expect(await offers.allTextContents()).toEqual([`Tag ${renumbered.tag}: Theorem 99.1 from 2 January 2026 to 4 March 2026; now ${renumbered.display}${renumbered.title ? ` (${renumbered.title})` : ""}`]);
    expect(await offers.first().locator("a").getAttribute("href")).toBe(`/tag/${renumbered.tag}/`);
    await box.fill("Theorem 99.2");
    await page.locator(".number-matches").waitFor({ state: "hidden" });
    expect(problems).toEqual([]);
    await close();
  });
});
