// Lighthouse (the npm package, mobile settings) against Debian's Chromium, for one page of each
// type; returns the four category scores, the page's total transfer size, its script requests and the metrics behind the
// performance score, so that a missed budget says which metric missed it.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs } from "../support/chromium.mjs";

const categories = ["performance", "accessibility", "best-practices", "seo"];
const metrics = { fcp: "first-contentful-paint", lcp: "largest-contentful-paint", tbt: "total-blocking-time", cls: "cumulative-layout-shift", si: "speed-index" };

/** One Lighthouse run of `url`: the category scores, transfer size and performance metrics. */
async function audit(port, url) {
  // Lighthouse's mobile defaults: emulated phone, simulated slow 4G and 4× slower CPU
  const { lhr } = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: categories });
  return {
    scores: Object.fromEntries(categories.map((name) => [name, Math.round((lhr.categories[name]?.score ?? 0) * 100)])),
    transferBytes: lhr.audits["total-byte-weight"]?.numericValue ?? NaN,
    // script files the page requested while it loaded (inline scripts are part of the HTML)
    scriptRequests: lhr.audits["resource-summary"]?.details?.items?.find((item) => item.resourceType === "script")?.requestCount ?? NaN,
    metrics: Object.fromEntries(Object.entries(metrics).map(([short, id]) => [short, lhr.audits[id]?.numericValue ?? NaN])),
    domElements: lhr.audits["dom-size-insight"]?.details?.debugData?.totalElements ?? NaN,
    failingAudits: Object.values(lhr.audits)
      .filter((entry) => entry.score !== null && entry.score < 1 && entry.scoreDisplayMode === "binary")
      .map((entry) => entry.id),
  };
}

/**
 * Each page `runs` times. The performance score varies from run to run with the machine's load
 * (total blocking time most), so, as Lighthouse's documentation advises, the run with the median
 * performance score is reported; the other categories do not vary, and the worst run counts.
 */
export async function lighthouseScores(chromePath, urls, runs) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumArgs.map((flag) => (flag === "--headless" ? "--headless=new" : flag)) });
  try {
    const results = [];
    for (const { type, url } of urls) {
      const attempts = [];
      for (let run = 0; run < runs; run++) attempts.push(await audit(chrome.port, url));
      attempts.sort((a, b) => a.scores.performance - b.scores.performance);
      const median = attempts[Math.floor(attempts.length / 2)];
      const worst = Object.fromEntries(categories.map((name) => [name, Math.min(...attempts.map((attempt) => attempt.scores[name]))]));
      results.push({
        type,
        url: new URL(url).pathname,
        ...median,
        scores: { ...worst, performance: median.scores.performance },
        performanceRuns: attempts.map((attempt) => attempt.scores.performance),
        failingAudits: [...new Set(attempts.flatMap((attempt) => attempt.failingAudits))],
      });
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
