// Every internal link of the built site resolves to a file, and every #anchor to an id on it.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { builtFiles, builtPages } from "../support/dist.mjs";

interface BuiltPage {
  file: string;
  path: string;
  html: string;
}

const pages: BuiltPage[] = builtPages();
const files = new Set<string>(builtFiles());
const idsByPath = new Map<string, Set<string>>();
for (const page of pages) {
  const { document } = parseHTML(page.html);
  idsByPath.set(page.path, new Set([...document.querySelectorAll("[id]")].map((element) => element.id)));
}

/** The built file a URL path is served from, if any. */
function fileFor(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  for (const candidate of [decoded, `${decoded.replace(/\/$/, "")}/index.html`, `${decoded}.html`]) {
    if (files.has(candidate)) return candidate;
  }
  return undefined;
}

function brokenLinks(page: BuiltPage): string[] {
  const { document } = parseHTML(page.html);
  const broken: string[] = [];
  const targets = [
    ...[...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? ""),
    ...[...document.querySelectorAll("link[href]")].map((link) => link.getAttribute("href") ?? ""),
    ...[...document.querySelectorAll("script[src]")].map((script) => script.getAttribute("src") ?? ""),
  ];
  for (const href of targets) {
    const url = new URL(href, `http://site.local${page.path}`);
    if (url.host !== "site.local") continue; // external: not this test's business
    if (!fileFor(url.pathname)) {
      broken.push(`${href} (no file for ${url.pathname})`);
      continue;
    }
    if (url.hash) {
      const targetPath = url.pathname;
      const ids = idsByPath.get(targetPath);
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (!ids?.has(anchor)) broken.push(`${href} (no element with id "${anchor}" on ${targetPath})`);
    }
  }
  return broken;
}

describe("internal links", () => {
  it("finds the built pages", () => {
    expect(pages.map((page) => page.path)).toContain("/");
    expect(pages.length).toBeGreaterThan(3);
  });

  it.each(pages.map((page) => [page.path, page] as const))("every link on %s resolves", (_path, page) => {
    expect(brokenLinks(page)).toEqual([]);
  });

  it("reports a missing page and a missing anchor (the check can fail)", () => {
    const fake: BuiltPage = {
      file: "fake",
      path: "/",
      html: '<!doctype html><html><body><a href="/no-such-page/">x</a><a href="/#no-such-anchor">y</a></body></html>',
    };
    expect(brokenLinks(fake)).toEqual([
      "/no-such-page/ (no file for /no-such-page/)",
      '/#no-such-anchor (no element with id "no-such-anchor" on /)',
    ]);
  });
});
