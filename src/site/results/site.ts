/** The result index of this site, built once per build from content/ (see index.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getCollection } from "astro:content";
import { catalogEntries } from "../catalog/catalog.ts";
import { chapterOf, hrefOf } from "../navigation.ts";
import { siteNavigation } from "../site.ts";
import { citationLabel, parseBibtex } from "./bibliography.ts";
import { buildResultIndex, type ResultIndex } from "./index.ts";
import type { Root as HastRoot } from "hast";
import { excerpt, elementCount } from "./excerpt.ts";
import { renderStatement, statementTreeHtml } from "./preview.ts";
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
  cachedStatuses ??= resultIndex().then((index) => {
    const proofSources = new Map(
      [...index.proofSources].map(([label, source]) => {
        const entry = index.bibliography.get(source.key);
        return [label, { citation: entry ? citationLabel(entry) : source.key, section: source.section }];
      }),
    );
    return buildStatuses({ results: index.results, uses: index.uses, checks: THEOREM_CHECKS, formal: formalDeclarations(process.cwd()), checksFile, proofSources });
  });
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

/** A statement rendered as an HTML tree: an empty tree for an item without a statement. */
function statementTree(index: ResultIndex, label: string): HastRoot {
  const item = index.items.get(label);
  if (!item?.statement) return { type: "root", children: [] };
  return renderStatement(
    item.statement,
    (target) => index.items.get(target)?.display ?? target,
    (key) => {
      const entry = index.bibliography.get(key);
      return entry ? citationLabel(entry) : key;
    },
    item.file,
  );
}

/** Each statement's HTML and element count, rendered once for the whole build (an excerpt is rendered when asked for, rarely). */
const renderedStatements = new Map<string, { html: string; elements: number }>();

function renderedStatement(index: ResultIndex, label: string): { html: string; elements: number } {
  const cachedStatement = renderedStatements.get(label);
  if (cachedStatement !== undefined) return cachedStatement;
  const tree = statementTree(index, label);
  const rendered = { html: statementTreeHtml(tree), elements: elementCount(tree) };
  renderedStatements.set(label, rendered);
  return rendered;
}

/** The statement of `label` as HTML ("" for an item without one), whole or cut to `maxElements` elements (excerpt.ts). */
export function statementHtml(index: ResultIndex, label: string, maxElements = Infinity): string {
  const rendered = renderedStatement(index, label);
  return rendered.elements <= maxElements ? rendered.html : statementTreeHtml(excerpt(statementTree(index, label), maxElements));
}

/** The number of elements in the statement of `label`, rendered whole. */
export function statementElementCount(index: ResultIndex, label: string): number {
  return renderedStatement(index, label).elements;
}
