import { describe, expect, it } from "vitest";
import {
  dataFingerprint,
  defaultControls,
  parseControls,
  tableToCsv,
  validateDefinition,
  type FigureDefinition,
} from "../../../components/figures/figure";
import { figureNames, loadFigure } from "../../../components/figures/registry";

const minimal: FigureDefinition = {
  name: "minimal",
  title: "Minimal",
  controls: [
    { kind: "range", name: "count", label: "Count", min: 1, max: 9, step: 2, default: 3 },
    { kind: "select", name: "size", label: "Size", options: [10, 20], default: 10 },
  ],
  compute: ({ count = 0 }) => ({ rows: [{ count }] }),
  plot: () => ({ marks: [] }),
  describe: () => "nothing",
};

describe("figure contract", () => {
  it("reads valid controls and rejects bad ones with the figure and the control named", () => {
    expect(parseControls(minimal, { count: "5", size: "20" })).toEqual({ count: 5, size: 20 });
    expect(() => parseControls(minimal, { count: "4", size: "20" })).toThrow('figure "minimal", control "count": expected a multiple of 2 from 1, got 4');
    expect(() => parseControls(minimal, { count: "11", size: "20" })).toThrow("expected a value in [1, 9], got 11");
    expect(() => parseControls(minimal, { count: "3", size: "15" })).toThrow('control "size": expected one of 10, 20, got 15');
    expect(() => parseControls(minimal, { count: "x", size: "10" })).toThrow("expected a finite number, got NaN");
    expect(() => parseControls(minimal, { size: "10" })).toThrow('control "count" is missing');
    expect(() => parseControls(minimal, { count: "3", size: "10", colour: "1" })).toThrow('unknown control "colour"');
  });

  it("rejects inconsistent definitions", () => {
    expect(() => validateDefinition({ ...minimal, name: "Not Kebab" })).toThrow("name must be kebab-case");
    expect(() => validateDefinition({ ...minimal, controls: [minimal.controls[0]!, minimal.controls[0]!] })).toThrow("declared twice");
    expect(() =>
      validateDefinition({ ...minimal, controls: [{ kind: "range", name: "x", label: "x", min: 0, max: 1, step: 0.5, default: 2 }] }),
    ).toThrow("expected a value in [0, 1], got 2");
  });

  it("writes RFC 4180 CSV, quoting what needs quoting", () => {
    expect(tableToCsv([{ a: 1, b: 'say "hi", twice' }, { a: 2.5, b: true }])).toBe('a,b\r\n1,"say ""hi"", twice"\r\n2.5,true\r\n');
    expect(tableToCsv([])).toBe("");
  });

  it("fingerprints agree across last-bit differences and differ for different data", () => {
    const a = { t: [{ x: 0.1 + 0.2 }] };
    const b = { t: [{ x: 0.3 }] };
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(dataFingerprint(a)).toBe(dataFingerprint(b));
    expect(dataFingerprint({ t: [{ x: 0.3001 }] })).not.toBe(dataFingerprint(b));
    expect(dataFingerprint(a)).toMatch(/^[0-9a-f]{8}$/);
  });

  it("refuses an unknown figure name, listing the known ones", async () => {
    await expect(loadFigure("no-such-figure")).rejects.toThrow('unknown figure "no-such-figure": expected one of "cosine-similarity"');
  });

  it.each(figureNames)("figure %s is deterministic for fixed controls and valid", async (name) => {
    const definition = await loadFigure(name);
    const controls = defaultControls(definition);
    const first = definition.compute(controls);
    expect(definition.compute(controls)).toEqual(first);
    expect(definition.describe(first, controls).length).toBeGreaterThan(20);
    for (const rows of Object.values(first)) {
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) for (const cell of Object.values(row)) if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
    }
  });
});
