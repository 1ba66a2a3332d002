/**
 * Plot marks that several figures draw alike: the two figure colours, a series' name at its last
 * point, mean ± one standard error as vertical rules, and a note in the plot's top-left corner.
 * figure.ts stays free of Plot; these helpers are where figure definitions share it.
 */
import * as Plot from "@observablehq/plot";
import type { Row } from "./figure";

export const accent = "var(--figure-accent)";
export const contrast = "var(--figure-contrast)";

/** `text` in `colour`, just right of the last point of column `y` against `x` (of the rows `filter` keeps). */
export function endLabel(
  rows: readonly Row[],
  { x, y, text, colour, dx = 6, filter }: { x: string; y: string; text: string; colour: string; dx?: number; filter?: (row: Row) => boolean },
) {
  return Plot.text(rows, Plot.selectLast({ ...(filter && { filter }), x, y, text: () => text, fill: colour, textAnchor: "start", dx, fontSize: 12 }));
}

/** A vertical rule from mean − standard error to mean + standard error at each row's `x`. */
export function standardErrorBars(rows: readonly Row[], { x, mean, standardError, colour }: { x: string; mean: string; standardError: string; colour: string }) {
  return Plot.ruleX(rows, {
    x,
    y1: (row: Row) => Number(row[mean]) - Number(row[standardError]),
    y2: (row: Row) => Number(row[mean]) + Number(row[standardError]),
    stroke: colour,
    strokeWidth: 1.5,
  });
}

/** A short note, one line per `\n`, in the plot's top-left corner. */
export function cornerNote(text: string) {
  return Plot.text([text], { frameAnchor: "top-left", dx: 6, dy: 4, fontSize: 11, lineHeight: 1.3, fill: "currentColor" });
}

/** A band over the full height for each run of steps in `intervals` (rows {start, end}), half a step either side. */
export function stepBands(intervals: readonly Row[]) {
  return Plot.rect(intervals, {
    x1: (row: Row) => Number(row["start"]) - 0.5,
    x2: (row: Row) => Number(row["end"]) + 0.5,
    fill: contrast,
    fillOpacity: 0.13,
  });
}
