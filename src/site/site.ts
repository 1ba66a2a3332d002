/** The site's navigation, built once per build from the pages collection. */
import { getCollection } from "astro:content";
import { buildNavigation, type SiteNavigation } from "./navigation";

let cached: Promise<SiteNavigation> | undefined;

export function siteNavigation(): Promise<SiteNavigation> {
  cached ??= getCollection("pages").then((pages) =>
    buildNavigation(pages.map((page) => ({ id: page.id, title: page.data.title, order: page.data.order }))),
  );
  return cached;
}

export { repositoryUrl, siteTitle } from "./identity.ts";
