/**
 * Turns a figure's data into an SVG element with Observable Plot, on any `document`: linkedom's
 * at build time, the page's in the browser. Both paths go through this one function, so the
 * build-time SVG and the live one differ only if the data do.
 */
import * as Plot from "@observablehq/plot";
import type { ControlValues, FigureData, FigureDefinition } from "./figure";

/**
 * The build-time size. The SVG scales down through CSS (max-width: 100%); in the browser the
 * island redraws at the column's own width so that text stays legible on narrow screens.
 */
export const defaultPlotWidth = 640;
const aspectRatio = 9 / 16;

export function renderFigureSvg(
  definition: FigureDefinition,
  data: FigureData,
  controls: ControlValues,
  document: Document,
  width = defaultPlotWidth,
): Element {
  const description = definition.describe(data, controls);
  const spec = definition.plot(data, controls);
  const svg = Plot.plot({
    width,
    // a figure that fixes its aspect ratio (equal units on both axes) lets Plot derive the height
    ...(spec.aspectRatio === undefined && { height: Math.round(Math.max(240, width * aspectRatio)) }),
    style: { background: "transparent", color: "inherit", fontSize: "12px" },
    ...spec,
    document,
  });
  return asOneImage(svg, `${definition.title}. ${description}`);
}

/**
 * Makes a Plot SVG one image with one text alternative, and valid. Plot labels its mark groups with
 * aria-label; on a plain <g> that is a prohibited ARIA attribute (axe: aria-prohibited-attr).
 * Plot writes `font-variant="tabular-nums"` on its axes' groups, a CSS 3 value that SVG's
 * presentation attribute does not allow (the Nu checker: "Bad value"); the same declaration in
 * the element's style renders the same (the figures' CSS sets no font-variant that an inline
 * style would now override).
 */
export function asOneImage(svg: Element, label: string): Element {
  for (const group of svg.querySelectorAll("g[aria-label]")) group.removeAttribute("aria-label");
  for (const element of svg.querySelectorAll("[aria-description]")) element.removeAttribute("aria-description");
  for (const element of [svg, ...svg.querySelectorAll("[font-variant]")]) moveToStyle(element, "font-variant");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  return svg;
}

/** Moves a presentation attribute into the element's `style`, as the same CSS declaration. */
function moveToStyle(element: Element, attribute: string): void {
  const value = element.getAttribute(attribute);
  if (value === null) return;
  element.removeAttribute(attribute);
  const style = (element.getAttribute("style") ?? "").trim();
  element.setAttribute("style", `${style}${style === "" || style.endsWith(";") ? "" : ";"}${attribute}:${value}`);
}
