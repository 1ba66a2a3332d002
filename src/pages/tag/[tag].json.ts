/** /tag/XXXX.json: one tag's manifest (schema and field documentation in src/site/history/manifest.ts). */
import type { APIRoute } from "astro";
import { cslItem, permalink, tagSubject } from "../../../components/results/citation.ts";
import { manifestHistory, manifestVersion, manifestVersions, tagManifestSchema, type TagManifest } from "../../site/history/manifest.ts";
import { currentVersion, tagCitable } from "../../site/history/presentation.ts";
import { historyOf, versionHtml } from "../../site/history/site.ts";
import { resultIndex, resultStatuses, statementHtml } from "../../site/results/site.ts";
import { statusPhrases } from "../../site/results/status.ts";
import type { TagRecord } from "../../site/results/tags.ts";

export async function getStaticPaths() {
  const index = await resultIndex();
  return index.tags.map((record) => ({ params: { tag: record.tag }, props: { record } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { record } = props as { record: TagRecord };
  const index = await resultIndex();
  const statuses = await resultStatuses();
  const history = historyOf(record.label);
  const { current } = currentVersion(history);
  const item = record.retired ? undefined : index.items.get(record.label);
  const page = item ? index.items.get(item.pageId) : undefined;
  const status = item ? statuses.get(item.label) : undefined;
  const reference = (label: string) => {
    const used = index.items.get(label)!;
    return { tag: used.tag!, display: used.display, title: used.title ?? null, url: permalink(site!, used.tag!) };
  };
  const citable = tagCitable(record.tag, item, current);
  const dates = { issued: current.date, accessed: new Date() };
  const manifest: TagManifest = {
    manifestVersion,
    tag: record.tag,
    kind: record.kind,
    label: record.label,
    retired: record.retired ?? null,
    number: item?.number ?? null,
    display: item?.display ?? current.placement.display,
    title: item?.title ?? current.title ?? null,
    url: permalink(site!, record.tag),
    page: item && page ? { title: page.title ?? page.display, url: new URL(page.href, site).href, anchor: new URL(item.href, site).href } : null,
    // an example's statement, and a retired one's, is its last version as it stood
    statement: { html: item && !current.catalogued ? statementHtml(index, item.label) : versionHtml(current, index.bibliography), source: current.source },
    uses: (index.uses.get(record.label) ?? []).map(reference),
    usedBy: (index.usedBy.get(record.label) ?? []).map(reference),
    status: status?.provable ? { level: status.level, phrases: statusPhrases(status), instances: status.instances, fullyChecked: status.fullyChecked } : null,
    ...manifestVersions(history, record.tag, site!),
    history: manifestHistory(history),
    citation: { tag: cslItem(tagSubject(citable, site!, dates)), currentVersion: cslItem(tagSubject(citable, site!, dates, current.number)) },
  };
  // what is published is what the schema documents
  tagManifestSchema.parse(manifest);
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
