/** The result index of this site, built once per build from content/ (see index.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getCollection } from "astro:content";
import { catalogEntries } from "../catalog/catalog.ts";
import { chapterOf, hrefOf } from "../navigation.ts";
import { siteNavigation } from "../site.ts";
import { citationLabel, parseBibtex } from "./bibliography.ts";
import { buildResultIndex, type ResultIndex } from "./index.ts";
import { renderStatementHtml } from "./preview.ts";
import { buildStatuses, type ResultStatus } from "./status.ts";
import { checkRegistryHistory } from "./tagHistory.ts";
import { parseTagRegistry } from "./tags.ts";
import { THEOREM_CHECKS } from "../../lib/theorems/checks.ts";
import { formalDeclarations } from "../formal/formalResults.ts";

export const tagsFile = "content/tags.json";
export const bibliographyFile = "content/references.bib";

export const checksFile = "src/lib/theorems/checks/";

let cached: Promise<ResultIndex> | undefined;
let cachedStatuses: Promise<ReadonlyMap<string, ResultStatus>> | undefined;

/** What backs each result (Coq, tests), computed once per build; fails the build on a result without a check. */
export function resultStatuses(): Promise<ReadonlyMap<string, ResultStatus>> {
  cachedStatuses ??= resultIndex().then((index) =>
    buildStatuses({ results: index.results, uses: index.uses, checks: THEOREM_CHECKS, formal: formalDeclarations(process.cwd()), checksFile }),
  );
  return cachedStatuses;
}

export function resultIndex(): Promise<ResultIndex> {
  cached ??= (async () => {
    const root = process.cwd();
    const navigation = await siteNavigation();
    const pages = (await getCollection("pages")).map((page) => {
      const file = page.filePath ?? `content/${page.id}.mdx`;
      return {
        id: page.id,
        file,
        source: readFileSync(join(root, file), "utf8"),
        title: page.data.title,
        href: hrefOf(page.id),
        chapter: chapterOf(navigation, page.id)?.number,
      };
    });
    // reading order, so that numbers and "first cited" follow the reader
    const order = new Map(navigation.readingOrder.map((page, index) => [page.id, index]));
    pages.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    const tags = parseTagRegistry(readFileSync(join(root, tagsFile), "utf8"), tagsFile);
    // before the statements are matched with their tags, whose errors would advise a new tag
    checkRegistryHistory(root, tagsFile, tags);
    return buildResultIndex({
      pages,
      catalog: catalogEntries().map((entry) => ({ slug: entry.slug, title: entry.meta.title, tag: entry.meta.tag, file: entry.metaFile })),
      tags,
      tagsFile,
      bibliography: parseBibtex(readFileSync(join(root, bibliographyFile), "utf8"), bibliographyFile),
    });
  })();
  return cached;
}

const previewCache = new Map<string, string>();

/** The statement of a labelled result as an HTML fragment (cached: a statement is rendered once per build). */
export function statementHtml(index: ResultIndex, label: string): string {
  const cachedHtml = previewCache.get(label);
  if (cachedHtml !== undefined) return cachedHtml;
  const item = index.items.get(label);
  const html = item?.statement
    ? renderStatementHtml(
        item.statement,
        (target) => index.items.get(target)?.display ?? target,
        (key) => {
          const entry = index.bibliography.get(key);
          return entry ? citationLabel(entry) : key;
        },
        item.file,
      )
    : "";
  previewCache.set(label, html);
  return html;
}
