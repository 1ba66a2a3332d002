/**
 * /feed.xml: an Atom feed of results, each dated by the last change of its own statement or proof in
 * its history (not of its page; a move does not count), and of catalogued examples, dated by when they
 * were added.
 */
import type { APIRoute } from "astro";
import { atomFeed, type AtomEntry } from "../site/atom.ts";
import { catalogEntries } from "../site/catalog/catalog.ts";
import { firstCommitted } from "../site/gitDates.ts";
import { historyOf } from "../site/history/site.ts";
import { changeDates } from "../site/history/statementHistory.ts";
import { resultIndex } from "../site/results/site.ts";
import { siteTitle } from "../site/site.ts";

const day = (date: Date) => date.toISOString().slice(0, 10);

export const GET: APIRoute = async ({ site }) => {
  const index = await resultIndex();
  const entries: AtomEntry[] = index.results.map((result) => {
    const dates = changeDates(historyOf(result.label));
    const page = index.items.get(result.pageId)?.title;
    const added = dates.published.getTime() === dates.updated.getTime();
    return {
      url: new URL(`/tag/${result.tag}/`, site).href,
      title: `${result.display}${result.title ? ` (${result.title})` : ""}, tag ${result.tag}`,
      summary: added
        ? `${result.display} of “${page}”, added on ${day(dates.updated)}.`
        : `${result.display} of “${page}”: its statement or proof changed on ${day(dates.updated)} (first published ${day(dates.published)}).`,
      updated: dates.updated,
      ...(added ? {} : { published: dates.published }),
    };
  });
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
