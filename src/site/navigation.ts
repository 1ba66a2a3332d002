/**
 * The site's structure, derived from content/'s folders: the home page (content/index.mdx),
 * parts (content/PART/index.mdx) and their chapters (content/PART/NAME.mdx). Chapters are
 * numbered 1, 2, … in reading order; results inside a chapter are numbered after it.
 * Pure: the route and the tests feed it the collection's entries.
 */

/** What navigation needs to know of a page. */
export interface PageSummary {
  /** Path under content/ without the extension, e.g. "model/high-dimension" or "model/index". */
  id: string;
  title: string;
  order: number;
}

export interface Chapter {
  id: string;
  title: string;
  /** The URL path, with a trailing slash. */
  href: string;
  /** 1-based number in reading order across the whole site. */
  number: number;
  part: string;
}

export interface Part {
  /** The part's folder name. */
  slug: string;
  title: string;
  href: string;
  chapters: Chapter[];
}

export interface SiteNavigation {
  home: { title: string; href: string };
  parts: Part[];
  /** Every page in reading order: home, then each part's index followed by its chapters. */
  readingOrder: { id: string; title: string; href: string }[];
}

/** The URL path of a page id: "index" → "/", "model/index" → "/model/", "model/x" → "/model/x/". */
export function hrefOf(id: string): string {
  const path = id.replace(/(^|\/)index$/, "");
  return path === "" ? "/" : `/${path}/`;
}

function assertDistinctOrders(pages: readonly PageSummary[], where: string): void {
  const byOrder = new Map<number, string>();
  for (const page of pages) {
    const other = byOrder.get(page.order);
    if (other !== undefined) {
      throw new Error(`content/${page.id}.mdx: frontmatter "order" ${page.order} is also used by content/${other}.mdx in ${where}; expected a distinct order`);
    }
    byOrder.set(page.order, page.id);
  }
}

export function buildNavigation(pages: readonly PageSummary[]): SiteNavigation {
  const home = pages.find((page) => page.id === "index");
  if (!home) throw new Error("content/index.mdx is missing: the site needs a home page");
  for (const page of pages) {
    if (page.id.split("/").length > 2) {
      throw new Error(`content/${page.id}.mdx: pages nest one folder deep at most (content/PART/NAME.mdx)`);
    }
  }
  const partIndexes = pages.filter((page) => /^[^/]+\/index$/.test(page.id));
  assertDistinctOrders(partIndexes, "the list of parts");
  const bySlug = new Map(partIndexes.map((page) => [page.id.split("/")[0]!, page]));
  for (const page of pages) {
    const [slug, name] = page.id.split("/");
    if (name !== undefined && !bySlug.has(slug!)) {
      throw new Error(`content/${page.id}.mdx: its part has no content/${slug}/index.mdx introducing it`);
    }
  }

  let chapterNumber = 0;
  const parts: Part[] = [...partIndexes]
    .sort((a, b) => a.order - b.order)
    .map((index) => {
      const slug = index.id.split("/")[0]!;
      const members = pages.filter((page) => page.id.startsWith(`${slug}/`) && page.id !== index.id);
      assertDistinctOrders(members, `part "${slug}"`);
      const chapters = [...members]
        .sort((a, b) => a.order - b.order)
        .map((page) => ({ id: page.id, title: page.title, href: hrefOf(page.id), number: ++chapterNumber, part: slug }));
      return { slug, title: index.title, href: hrefOf(index.id), chapters };
    });

  const readingOrder = [
    { id: home.id, title: home.title, href: "/" },
    ...parts.flatMap((part) => [
      { id: `${part.slug}/index`, title: part.title, href: part.href },
      ...part.chapters.map(({ id, title, href }) => ({ id, title, href })),
    ]),
  ];
  return { home: { title: home.title, href: "/" }, parts, readingOrder };
}

/** The pages before and after `id` in reading order. */
export function neighbours(navigation: SiteNavigation, id: string) {
  const index = navigation.readingOrder.findIndex((page) => page.id === id);
  if (index < 0) throw new Error(`page "${id}" is not in the reading order`);
  return { previous: navigation.readingOrder[index - 1], next: navigation.readingOrder[index + 1] };
}

/** The chapter a page is, if it is one. */
export function chapterOf(navigation: SiteNavigation, id: string): Chapter | undefined {
  for (const part of navigation.parts) {
    const chapter = part.chapters.find((candidate) => candidate.id === id);
    if (chapter) return chapter;
  }
  return undefined;
}
