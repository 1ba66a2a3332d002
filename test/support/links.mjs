// Internal links of the built site: which of a page's links, stylesheets and scripts point to no file,
// or to an #anchor that is on no element. Used by the site test (every page) and by
// `npm run check-example` (one page).
import { parseHTML } from "linkedom";
import { builtFiles, builtPages } from "./dist.mjs";

/** The built site as the link check needs it: its files, and the ids on each page. */
export function siteTargets(pages = builtPages(), files = builtFiles()) {
  const idsByPath = new Map();
  for (const page of pages) {
    const { document } = parseHTML(page.html);
    idsByPath.set(page.path, new Set([...document.querySelectorAll("[id]")].map((element) => element.id)));
  }
  return { files: new Set(files), idsByPath };
}

/** The built file a URL path is served from, if any. */
function fileFor(files, pathname) {
  const decoded = decodeURIComponent(pathname);
  return [decoded, `${decoded.replace(/\/$/, "")}/index.html`, `${decoded}.html`].find((candidate) => files.has(candidate));
}

/** Each broken internal reference of `page` ({ path, html }), as "href (why)". */
export function brokenLinks(page, { files, idsByPath }) {
  const { document } = parseHTML(page.html);
  const targets = [
    ...[...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? ""),
    ...[...document.querySelectorAll("link[href]")].map((link) => link.getAttribute("href") ?? ""),
    ...[...document.querySelectorAll("script[src]")].map((script) => script.getAttribute("src") ?? ""),
  ];
  const broken = [];
  for (const href of targets) {
    const url = new URL(href, `http://site.local${page.path}`);
    if (url.host !== "site.local") continue; // external: not this check's business
    if (!fileFor(files, url.pathname)) {
      broken.push(`${href} (no file for ${url.pathname})`);
      continue;
    }
    if (url.hash) {
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (!idsByPath.get(url.pathname)?.has(anchor)) broken.push(`${href} (no element with id "${anchor}" on ${url.pathname})`);
    }
  }
  return broken;
}
