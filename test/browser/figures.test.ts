// Every figure on every built page, generically: it hydrates, recomputes the build's numbers, and
// redraws without errors when any one of its controls moves. The figures are found in the built
// HTML, so figures placed on pages later are covered without touching this file.
import { parseHTML } from "linkedom";
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { builtPages } from "../support/dist.mjs";
import { useBrowser } from "./harness";

const browser = useBrowser();

type BuiltControl = { name: string; kind: "range" | "select"; value: string; alternative: string };
type BuiltFigure = { name: string; controls: BuiltControl[] };

/** A valid value other than `current` for a range input: one step up, or one step down at the top. */
function otherRangeValue(min: number, max: number, step: number, current: number): string {
  const up = current + step;
  const next = up <= max + 1e-9 ? up : current - step;
  // keep the slider's own decimals so that the value parses back exactly
  const decimals = Math.max(0, ...[min, step].map((n) => (String(n).split(".")[1] ?? "").length));
  return (next < min ? min : next).toFixed(decimals);
}

/** The figures of a built page and, for each control, its built value and another valid one. */
function figuresOf(html: string): BuiltFigure[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll("figure[data-figure]")].map((figure) => ({
    name: figure.getAttribute("data-figure") ?? "",
    controls: [...figure.querySelectorAll("form.figure-controls input, form.figure-controls select")].map((field): BuiltControl => {
      const name = field.getAttribute("name") ?? "";
      if (field.tagName.toLowerCase() === "select") {
        const options = [...field.querySelectorAll("option")];
        const selected = options.find((option) => option.hasAttribute("selected")) ?? options[0];
        const value = selected?.getAttribute("value") ?? "";
        const alternative = options.map((option) => option.getAttribute("value") ?? "").find((option) => option !== value) ?? value;
        return { name, kind: "select", value, alternative };
      }
      const [min, max, step, value] = ["min", "max", "step", "value"].map((attribute) => Number(field.getAttribute(attribute)));
      return { name, kind: "range", value: String(value), alternative: otherRangeValue(min!, max!, step!, value!) };
    }),
  }));
}

const pagesWithFigures = (builtPages() as { path: string; html: string }[])
  .map((page) => ({ path: page.path, figures: figuresOf(page.html) }))
  .filter((page) => page.figures.length > 0);

async function setControl(figure: Locator, control: BuiltControl, value: string): Promise<void> {
  const field = figure.locator(`form.figure-controls [name="${control.name}"]`);
  if (control.kind === "select") {
    await field.selectOption(value);
    return;
  }
  // fill() does not apply to range inputs in every engine: set the value and fire the event the island listens to
  await field.evaluate((element, next) => {
    (element as HTMLInputElement).value = next;
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }, value);
}

describe("every figure on every built page", () => {
  it("finds figures in the build", () => {
    expect(pagesWithFigures.length).toBeGreaterThan(0);
  });

  for (const { path, figures } of pagesWithFigures) {
    describe(path, () => {
      for (const [index, { name, controls }] of figures.entries()) {
        it(`figure ${name} hydrates, matches the build and redraws for each control`, async () => {
          const { page, problems, close } = await browser.open(path);
          try {
            const element = page.locator(`figure[data-figure="${name}"]`).nth(figures.slice(0, index).filter((f) => f.name === name).length);
            await element.scrollIntoViewIfNeeded();
            await expect.poll(() => element.getAttribute("data-state"), { timeout: 15_000 }).toBe("live");
            const build = await element.getAttribute("data-build-fingerprint");
            expect(build).toMatch(/^[0-9a-f]{8}$/);
            expect(await element.getAttribute("data-client-fingerprint")).toBe(build);
            const plot = element.locator(".figure-plot");
            for (const control of controls) {
              expect(control.alternative, `control ${control.name} has a second valid value`).not.toBe(control.value);
              const before = await plot.innerHTML();
              await setControl(element, control, control.alternative);
              await expect
                .poll(() => plot.innerHTML(), { message: `${name}: the SVG changes when ${control.name} goes to ${control.alternative}` })
                .not.toBe(before);
              expect(await plot.locator("svg").count()).toBe(1);
              expect(problems, `${name}: no errors after setting ${control.name}`).toEqual([]);
              // back to the built value, so that each control is tested from the defaults
              const changed = await plot.innerHTML();
              await setControl(element, control, control.value);
              await expect.poll(() => plot.innerHTML()).not.toBe(changed);
            }
            expect(problems).toEqual([]);
          } finally {
            await close();
          }
        });
      }
    });
  }
});
