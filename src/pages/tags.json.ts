/** /tags.json: every permanent tag with where it points, for the search page's tag jump and for tools. */
import type { APIRoute } from "astro";
import { resultIndex } from "../site/results/site.ts";

export const GET: APIRoute = async () => {
  const index = await resultIndex();
  const tags = index.tags.map((record) => {
    const item = record.retired ? undefined : index.items.get(record.label);
    return { tag: record.tag, kind: record.kind, label: record.label, display: item?.display ?? null, title: item?.title ?? null, href: `/tag/${record.tag}/`, target: item?.href ?? null, retired: record.retired ?? null };
  });
  return new Response(`${JSON.stringify({ tags }, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
