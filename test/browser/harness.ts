// Shared set-up for the browser tests: dist/ served on loopback, one Chromium for the file, and
// pages that record every console error and failed request so that a test can assert on them.
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { chromiumArgs } from "../support/chromium.mjs";
import { serveDirectory } from "../support/server.mjs";
import { builtPages, distDir } from "../support/dist.mjs";

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and failed (not merely cancelled) or 4xx/5xx requests seen so far. */
  problems: string[];
  /** Every URL the page requested. */
  requests: string[];
  close(): Promise<void>;
}

export function useBrowser() {
  const state: { browser?: Browser; server?: { url: string; close(): Promise<void> } } = {};
  beforeAll(async () => {
    const executablePath = process.env["CHROMIUM_PATH"];
    if (!executablePath) throw new Error("CHROMIUM_PATH is not set: run the browser tests through `npm test`");
    state.server = await serveDirectory(distDir);
    state.browser = await chromium.launch({ executablePath, args: chromiumArgs });
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });

  return {
    url: (path: string) => `${state.server!.url}${path}`,
    async open(path: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
      const context = await state.browser!.newContext({ viewport: { width: 1280, height: 800 }, ...options });
      const page = await context.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console error: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("request", (request) => requests.push(request.url()));
      page.on("requestfailed", (request) => {
        // a request cancelled because the page navigated away (a test following a link while the
        // favicon or a search index chunk is still loading) is no fault; a missing file still
        // shows as its HTTP status below, and a figure whose code never arrives never goes live
        if (request.failure()?.errorText === "net::ERR_ABORTED") return;
        problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
      });
      page.on("response", (response) => {
        if (response.status() >= 400 && !response.url().endsWith("/404-check/")) {
          problems.push(`HTTP ${response.status()}: ${response.url()}`);
        }
      });
      // "load" suffices: the pages fetch nothing after load except figure code, which tests that
      // need it wait for explicitly (a figure's data-state)
      await page.goto(`${state.server!.url}${path}`, { waitUntil: "load" });
      // the text column is painted once its fonts are in (the head script of PageLayout): a test
      // that reads colours or visibility before then would see it hidden
      await page.waitForFunction(() => !document.documentElement.hasAttribute("data-loading"));
      return { page, problems, requests, close: () => context.close() };
    },
  };
}

/** The paths of every built page. */
export const pagePaths: string[] = (builtPages() as { path: string }[]).map((page) => page.path);
