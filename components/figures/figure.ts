/**
 * The contract every figure ("island") fulfils, and the pure helpers around it.
 *
 * A figure is a pure compute function from control values to named tables of rows, a Plot
 * specification of those tables, and a text alternative. The same definition renders the SVG
 * at build time (Figure.astro, through linkedom) and again in the browser (island.ts), so the
 * two renders agree whenever compute is deterministic, which seeded randomness guarantees.
 * Nothing in this file touches the DOM or Plot; render.ts does.
 */
import type { PlotOptions } from "@observablehq/plot";

/** A cell of a data table: what CSV and JSON can carry without loss. */
export type Cell = number | string | boolean;
/** One row of a data table. */
export type Row = Readonly<Record<string, Cell>>;
/** A figure's data: named tables (each downloadable as its own CSV file). */
export type FigureData = Readonly<Record<string, readonly Row[]>>;
/** The value of every control, by control name. */
export type ControlValues = Readonly<Record<string, number>>;

interface ControlBase {
  /** Identifier of the control, a key of ControlValues. */
  name: string;
  /** Visible label; may name a symbol in plain text (no TeX). */
  label: string;
  /** Value at build time and on first load. */
  default: number;
}

/** A slider over [min, max] in steps of `step`. */
export interface RangeControl extends ControlBase {
  kind: "range";
  min: number;
  max: number;
  step: number;
}

/** A choice among a few numbers, each optionally shown under a name (a panel, a distribution). */
export interface SelectControl extends ControlBase {
  kind: "select";
  options: readonly number[];
  /** What each option is called, in the order of `options`; without it the numbers are shown. */
  optionLabels?: readonly string[];
}

/** How a control's value reads: its option label if it has one, else the number. */
export function valueLabel(control: Control, value: number): string {
  if (control.kind === "select" && control.optionLabels) return control.optionLabels[control.options.indexOf(value)] ?? String(value);
  return String(value);
}

export type Control = RangeControl | SelectControl;

export interface FigureDefinition {
  /** URL-safe identifier: the figure's anchor (#figure-NAME) and its data files' name. */
  name: string;
  /** Short title: the accessible name of the plot and the data files' heading. */
  title: string;
  /** The reader's controls, in display order. */
  controls: readonly Control[];
  /** Pure and deterministic: equal controls give equal data, on any JavaScript engine. */
  compute(controls: ControlValues): FigureData;
  /** The Plot specification for `data`; `document` is supplied by the renderer. */
  plot(data: FigureData, controls: ControlValues): PlotOptions;
  /** A text alternative describing what the plot shows for these data. */
  describe(data: FigureData, controls: ControlValues): string;
}

const figureNamePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks a definition's own consistency; throws naming the figure and the field at fault. */
export function validateDefinition(definition: FigureDefinition): void {
  const where = `figure "${definition.name}"`;
  if (!figureNamePattern.test(definition.name)) {
    throw new Error(`${where}: name must be kebab-case (a-z, 0-9, single hyphens)`);
  }
  const seen = new Set<string>();
  for (const control of definition.controls) {
    if (seen.has(control.name)) throw new Error(`${where}: control "${control.name}" is declared twice`);
    seen.add(control.name);
    checkControlValue(definition.name, control, control.default);
    if (control.kind === "select" && control.optionLabels && control.optionLabels.length !== control.options.length) {
      throw new Error(`${where}: control "${control.name}" has ${control.options.length} options but ${control.optionLabels.length} option labels`);
    }
    if (control.kind === "range" && !(control.step > 0 && control.max > control.min)) {
      throw new Error(`${where}: control "${control.name}" needs min < max and a positive step`);
    }
  }
}

function checkControlValue(figureName: string, control: Control, value: number): void {
  const where = `figure "${figureName}", control "${control.name}"`;
  if (!Number.isFinite(value)) throw new RangeError(`${where}: expected a finite number, got ${value}`);
  if (control.kind === "range") {
    if (value < control.min || value > control.max) {
      throw new RangeError(`${where}: expected a value in [${control.min}, ${control.max}], got ${value}`);
    }
    const steps = (value - control.min) / control.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) {
      throw new RangeError(`${where}: expected a multiple of ${control.step} from ${control.min}, got ${value}`);
    }
  } else if (!control.options.includes(value)) {
    throw new RangeError(`${where}: expected one of ${control.options.join(", ")}, got ${value}`);
  }
}

/** The control values a figure starts from. */
export function defaultControls(definition: FigureDefinition): ControlValues {
  return Object.fromEntries(definition.controls.map((control) => [control.name, control.default]));
}

/**
 * Reads control values from raw strings (form fields, URL parameters): every control must be
 * present and valid, unknown names are an error.
 */
export function parseControls(definition: FigureDefinition, raw: Readonly<Record<string, string>>): ControlValues {
  const known = new Set(definition.controls.map((control) => control.name));
  for (const name of Object.keys(raw)) {
    if (!known.has(name)) throw new RangeError(`figure "${definition.name}": unknown control "${name}"`);
  }
  const values: Record<string, number> = {};
  for (const control of definition.controls) {
    const text = raw[control.name];
    if (text === undefined) throw new RangeError(`figure "${definition.name}": control "${control.name}" is missing`);
    const value = Number(text);
    checkControlValue(definition.name, control, value);
    values[control.name] = value;
  }
  return values;
}

/** A table as RFC 4180 CSV: a header of the columns of the first row, then one line a row. */
export function tableToCsv(rows: readonly Row[]): string {
  const first = rows[0];
  if (first === undefined) return "";
  const columns = Object.keys(first);
  const quote = (cell: Cell | undefined): string => {
    const text = cell === undefined ? "" : String(cell);
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [columns.map(quote).join(",")];
  for (const row of rows) lines.push(columns.map((column) => quote(row[column])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** What the JSON download holds: enough to reproduce the figure exactly. */
export function figureJson(definition: FigureDefinition, controls: ControlValues, data: FigureData): string {
  return `${JSON.stringify({ figure: definition.name, title: definition.title, controls, data }, null, 2)}\n`;
}

/**
 * Significant digits the fingerprint keeps. The uniform draws are bit-identical on every engine,
 * but ECMAScript lets Math.log, Math.exp, Math.pow and friends differ in the last bit, and Node's
 * V8 and the reader's browser do: results agree to about 15 digits, not always to all 17.
 */
export const fingerprintDigits = 10;
/** Magnitudes below this count as zero in the fingerprint: a value that is zero in exact arithmetic may come out as ±1e-17 noise whose digits differ between engines. */
export const fingerprintZero = 1e-12;

/**
 * A short fingerprint of a figure's data (FNV-1a over its JSON, numbers to `fingerprintDigits`
 * significant digits), written into the page at build time so the browser can show that it
 * recomputed the same numbers.
 */
export function dataFingerprint(data: FigureData): string {
  const text = JSON.stringify(data, (_key, value: unknown) =>
    typeof value === "number" && Number.isFinite(value)
      ? Math.abs(value) < fingerprintZero
        ? 0
        : Number(value.toPrecision(fingerprintDigits))
      : value,
  );
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** A one-line account of the settings a plot shows, for readers without JavaScript. */
export function describeSettings(definition: FigureDefinition, controls: ControlValues): string {
  return definition.controls.map((control) => `${control.label}: ${valueLabel(control, controlValue(controls, control.name))}`).join("; ");
}

/** The value of one control; a missing control is an error naming the figure and the control. */
export function controlValue(controls: ControlValues, name: string): number {
  const value = controls[name];
  if (value === undefined) throw new RangeError(`control "${name}" has no value`);
  return value;
}

/** The table `name` of a figure's data; an error naming the figure if it is missing, or empty unless `allowEmpty`. */
export function dataTable(data: FigureData, figure: string, name: string, { allowEmpty = false } = {}): readonly Row[] {
  const rows = data[name];
  if (rows === undefined || (!allowEmpty && rows.length === 0)) throw new Error(`figure "${figure}": the data lack their ${name} table`);
  return rows;
}

/** The seed of a figure's random draws, 1 to 50. */
export function seedControl(defaultSeed = 1): RangeControl {
  return { kind: "range", name: "seed", label: "Seed", min: 1, max: 50, step: 1, default: defaultSeed };
}
