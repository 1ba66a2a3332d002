/**
 * /feed.xml: an Atom feed of changed results (each numbered statement, dated by the last change
 * of its page in git) and of catalogued examples.
 */
import type { APIRoute } from "astro";
import { atomFeed, type AtomEntry } from "../site/atom.ts";
import { catalogEntries } from "../site/catalog/catalog.ts";
import { firstCommitted, lastChanged } from "../site/gitDates.ts";
import { resultIndex } from "../site/results/site.ts";
import { siteTitle } from "../site/site.ts";

export const GET: APIRoute = async ({ site }) => {
  const index = await resultIndex();
  const entries: AtomEntry[] = index.results.map((result) => ({
    url: new URL(`/tag/${result.tag}/`, site).href,
    title: `${result.display}${result.title ? ` (${result.title})` : ""}, tag ${result.tag}`,
    summary: `${result.display} of “${index.items.get(result.pageId)?.title}”, changed with its page.`,
    updated: lastChanged(result.file),
  }));
  for (const entry of catalogEntries()) {
    entries.push({
      url: new URL(`/tag/${entry.meta.tag}/`, site).href,
      title: `New example: ${entry.meta.title}, tag ${entry.meta.tag}`,
      summary: entry.meta.summary,
      updated: firstCommitted(entry.metaFile),
    });
  }
  const body = atomFeed({ title: `${siteTitle}: new examples and changed results`, siteUrl: new URL("/", site).href, feedUrl: new URL("/feed.xml", site).href, entries });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
