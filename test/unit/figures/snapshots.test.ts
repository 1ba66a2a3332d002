// Each figure's build-time SVG at its default controls, normalised (coordinates rounded) and
// compared with the committed snapshot: a change to a compute module or a Plot spec shows up
// here as a diff to review. Update deliberately with `npx vitest run -u --config test/vitest.config.ts`.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { defaultControls } from "../../../components/figures/figure";
import { figureNames, loadFigure } from "../../../components/figures/registry";
import { renderFigureSvg } from "../../../components/figures/render";

/** Rounds every number in the markup to two decimals and puts one element on a line. */
function normaliseSvg(svg: string): string {
  return svg
    .replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number) * 100) / 100))
    .replace(/></g, ">\n<");
}

describe("figure snapshots", () => {
  it.each(figureNames)("%s renders the same normalised SVG", async (name) => {
    const definition = await loadFigure(name);
    const controls = defaultControls(definition);
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const svg = renderFigureSvg(definition, definition.compute(controls), controls, document as unknown as Document).outerHTML;
    await expect(normaliseSvg(svg)).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
  });
});
