// Every internal link of the built site resolves to a file, and every #anchor to an id on it.
import { describe, expect, it } from "vitest";
import { builtPages } from "../support/dist.mjs";
import { brokenLinks, siteTargets } from "../support/links.mjs";

const pages = builtPages();
const targets = siteTargets(pages);

describe("internal links", () => {
  it("finds the built pages", () => {
    expect(pages.map((page) => page.path)).toContain("/");
    expect(pages.length).toBeGreaterThan(3);
  });

  it.each(pages.map((page) => [page.path, page] as const))("every link on %s resolves", (_path, page) => {
    expect(brokenLinks(page, targets)).toEqual([]);
  });

  it("reports a missing page and a missing anchor (the check can fail)", () => {
    const fake = {
      path: "/",
      html: '<!doctype html><html><body><a href="/no-such-page/">x</a><a href="/#no-such-anchor">y</a></body></html>',
    };
    expect(brokenLinks(fake, targets)).toEqual([
      "/no-such-page/ (no file for /no-such-page/)",
      '/#no-such-anchor (no element with id "no-such-anchor" on /)',
    ]);
  });
});
