// Lighthouse (the npm package, mobile settings) against Debian's Chromium, for one page of each
// type; returns the four category scores and the page's total transfer size.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs } from "../support/chromium.mjs";

const categories = ["performance", "accessibility", "best-practices", "seo"];

export async function lighthouseScores(chromePath, urls) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumArgs.map((flag) => (flag === "--headless" ? "--headless=new" : flag)) });
  try {
    const results = [];
    for (const { type, url } of urls) {
      // one run per page; Lighthouse's mobile defaults: emulated phone, simulated slow 4G and CPU
      const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories });
      const scores = Object.fromEntries(categories.map((name) => [name, Math.round((lhr.categories[name]?.score ?? 0) * 100)]));
      const failing = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
        .map((audit) => audit.id);
      results.push({ type, url: new URL(url).pathname, scores, transferBytes: lhr.audits["total-byte-weight"]?.numericValue ?? NaN, failingAudits: failing });
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
