/**
 * /tags.json: every permanent tag with where it points and its versions, for the search page's tag jump
 * and old-number search, and for tools (schema and field documentation in src/site/history/manifest.ts).
 */
import type { APIRoute } from "astro";
import { manifestVersion, manifestVersions, tagsIndexSchema } from "../site/history/manifest.ts";
import { historyOf } from "../site/history/site.ts";
import { resultIndex } from "../site/results/site.ts";

export const GET: APIRoute = async ({ site }) => {
  const index = await resultIndex();
  const tags = index.tags.map((record) => {
    const item = record.retired ? undefined : index.items.get(record.label);
    return {
      tag: record.tag,
      kind: record.kind,
      label: record.label,
      display: item?.display ?? null,
      title: item?.title ?? null,
      href: `/tag/${record.tag}/`,
      target: item?.href ?? null,
      retired: record.retired ?? null,
      manifest: `/tag/${record.tag}.json`,
      ...manifestVersions(historyOf(record.label), record.tag, site!),
    };
  });
  const body = tagsIndexSchema.parse({ manifestVersion, tags });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
