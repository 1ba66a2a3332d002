/**
 * The browser side of every figure. This bootstrap is all a page with figures loads up front;
 * a figure's own code and Plot are fetched when the figure first scrolls into view. From then
 * on the reader's controls recompute the data and redraw the SVG in place.
 */
import {
  dataFingerprint,
  describeSettings,
  figureJson,
  parseControls,
  tableToCsv,
  type ControlValues,
  type FigureData,
  type FigureDefinition,
} from "./figure";
import { loadFigure } from "./registry";

type Renderer = typeof import("./render").renderFigureSvg;

function readControls(form: HTMLFormElement): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select")) {
    raw[field.name] = field.value;
  }
  return raw;
}

/** Points the download links at the data now shown (the built files hold the defaults). */
function updateDownloads(element: HTMLElement, definition: FigureDefinition, controls: ControlValues, data: FigureData) {
  for (const link of element.querySelectorAll<HTMLAnchorElement>("a[data-download]")) {
    const table = link.dataset["download"];
    const [text, type] =
      table === "json" ? [figureJson(definition, controls, data), "application/json"] : [tableToCsv(data[table ?? ""] ?? []), "text/csv"];
    if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([text], { type }));
  }
}

function draw(element: HTMLElement, definition: FigureDefinition, render: Renderer, controls: ControlValues): FigureData {
  const started = performance.now();
  const data = definition.compute(controls);
  const container = element.querySelector<HTMLElement>(".figure-plot");
  const width = Math.round(Math.min(640, Math.max(280, container?.clientWidth ?? 640)));
  container?.replaceChildren(render(definition, data, controls, document, width));
  // read by the benchmark: compute and render time of the last control change, in ms
  element.dataset["recomputeMs"] = (performance.now() - started).toFixed(2);
  const settings = element.querySelector(".figure-settings");
  if (settings) settings.textContent = describeSettings(definition, controls);
  updateDownloads(element, definition, controls, data);
  return data;
}

async function hydrate(element: HTMLElement): Promise<void> {
  const name = element.dataset["figure"] ?? "";
  const [definition, { renderFigureSvg }] = await Promise.all([loadFigure(name), import("./render")]);
  const form = element.querySelector<HTMLFormElement>("form.figure-controls");
  if (!form) throw new Error(`figure "${name}": no control form in the page`);

  // The first client render uses the controls as built; its data must equal the build's.
  const data = draw(element, definition, renderFigureSvg, parseControls(definition, readControls(form)));
  const fingerprint = dataFingerprint(data);
  element.dataset["clientFingerprint"] = fingerprint;
  if (fingerprint !== element.dataset["buildFingerprint"]) {
    console.error(`figure "${name}": the browser computed different data than the build did`);
  }

  let pending = false;
  // coalesce a burst of slider or resize events into one redraw per frame
  const redraw = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      draw(element, definition, renderFigureSvg, parseControls(definition, readControls(form)));
    });
  };
  form.addEventListener("input", (event) => {
    const field = event.target;
    if (field instanceof HTMLInputElement) {
      const output = form.querySelector(`output[for="${field.id}"]`);
      if (output) output.textContent = field.value;
    }
    redraw();
  });
  let lastWidth = element.clientWidth;
  new ResizeObserver(() => {
    if (Math.abs(element.clientWidth - lastWidth) < 24) return;
    lastWidth = element.clientWidth;
    redraw();
  }).observe(element);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.hidden = false;
  element.dataset["state"] = "live";
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      const element = entry.target as HTMLElement;
      element.dataset["state"] = "loading";
      hydrate(element).catch((error: unknown) => {
        element.dataset["state"] = "failed";
        console.error(error);
      });
    }
  },
  { rootMargin: "200px 0px" },
);

for (const element of document.querySelectorAll<HTMLElement>("figure[data-figure]")) observer.observe(element);
