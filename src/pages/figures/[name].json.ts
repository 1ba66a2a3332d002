/** /figures/NAME.json: a figure's data at its default controls, as shown with JavaScript off. */
import type { APIRoute, GetStaticPaths } from "astro";
import { defaultControls, figureJson } from "../../../components/figures/figure";
import { figureNames, loadFigure } from "../../../components/figures/registry";

export const getStaticPaths = (() => figureNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const definition = await loadFigure(params.name ?? "");
  const controls = defaultControls(definition);
  return new Response(figureJson(definition, controls, definition.compute(controls)), {
    headers: { "Content-Type": "application/json" },
  });
};
