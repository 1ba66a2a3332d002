/** /figures/NAME/TABLE.csv: one table of a figure's data at its default controls. */
import type { APIRoute, GetStaticPaths } from "astro";
import { defaultControls, tableToCsv } from "../../../../components/figures/figure";
import { figureNames, loadFigure } from "../../../../components/figures/registry";

export const getStaticPaths = (async () => {
  const paths = [];
  for (const name of figureNames) {
    const definition = await loadFigure(name);
    const data = definition.compute(defaultControls(definition));
    for (const table of Object.keys(data)) paths.push({ params: { name, table }, props: { rows: data[table] ?? [] } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(tableToCsv(props["rows"]), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
