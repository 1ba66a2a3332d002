// What a new contributor's slips produce: each is refused where it was made, with the file, the
// field and what was expected (issue 15). Fixtures: test/fixtures/catalog/.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CatalogExample } from "../../src/lib/scm";
import { catalogEntry, runEvaluationBudget } from "../../src/site/catalog/catalog";
import { parseExampleMeta } from "../../src/site/catalog/meta";
import { catalogModelSyntax } from "../../src/site/catalog/modelSyntax";
import goalIsProxy from "../fixtures/catalog/goal-is-proxy/model";
import unsupportedClaim from "../fixtures/catalog/unsupported-claim/model";

const metaText = readFileSync(new URL("../fixtures/catalog/unsupported-claim/meta.yaml", import.meta.url), "utf8");
const load = (slug: string, example: CatalogExample) => () => catalogEntry(slug, metaText, { default: example }, "");
const withRun = (run: Partial<CatalogExample["run"]>) => load("unsupported-claim", { ...unsupportedClaim, run: { ...unsupportedClaim.run, ...run } });

describe("a catalogue folder", () => {
  it.each([
    ["My Example", 'content/catalog/My Example/: the folder name "My Example" is not a slug. It becomes the example\'s address /catalog/SLUG/, so it must be lower-case letters and digits in words joined by single hyphens: rename the folder to "my-example"'],
    ["CoastRunners", 'content/catalog/CoastRunners/: the folder name "CoastRunners" is not a slug. It becomes the example\'s address /catalog/SLUG/, so it must be lower-case letters and digits in words joined by single hyphens: rename the folder to "coast-runners"'],
    ["double--hyphen", 'content/catalog/double--hyphen/: the folder name "double--hyphen" is not a slug. It becomes the example\'s address /catalog/SLUG/, so it must be lower-case letters and digits in words joined by single hyphens: rename the folder to "double-hyphen"'],
  ])("named %j is refused before anything is published, with the slug rule", (slug, message) => {
    expect(load(slug, unsupportedClaim)).toThrow(message);
  });

  it("with a slug for a name is accepted", () => {
    expect(load("unsupported-claim", unsupportedClaim)().slug).toBe("unsupported-claim");
  });
});

describe("a meta.yaml with a quote left open", () => {
  const file = "content/catalog/unclosed-quote/meta.yaml";
  const text = readFileSync(new URL("../fixtures/catalog/unclosed-quote/meta.yaml", import.meta.url), "utf8");

  it("names the line where the quote opens, not the end of the file where the parser gave up", () => {
    expect(() => parseExampleMeta(text, file)).toThrow(`${file}:15: not valid YAML: the quote that opens on line 15 is never closed (the parser gave up at line 19)`);
  });

  it("on the first lines too", () => {
    const early = text.replace('title: The camera watching the diamond safe', 'title: "The camera watching the diamond safe').replace(/you$/m, 'you"');
    expect(() => parseExampleMeta(early, file)).toThrow(`${file}:2: not valid YAML: the quote that opens on line 2 is never closed`);
  });

  it("closed, it parses (and a closed quote with an escaped one inside is no false alarm)", () => {
    expect(parseExampleMeta(text.replace(/you$/m, 'you \\"really\\""'), file).sources[0]!.title).toBe('Eliciting Latent Knowledge: How to tell if your eyes deceive you "really"');
  });
});

describe("a model", () => {
  it("whose goal and proxy are the same node is refused directly", () => {
    expect(load("goal-is-proxy", goalIsProxy)).toThrow('content/catalog/goal-is-proxy/model.ts: goal and proxy are both "value"; the proxy must be a different node');
  });
});

describe("a model with a syntax error", () => {
  // kept as .txt: as a .ts file it would stop the type check and the test runner themselves
  const code = readFileSync(new URL("../fixtures/catalog/syntax-error/model.ts.txt", import.meta.url), "utf8");
  const transform = (id: string) => catalogModelSyntax().transform(code, id);

  it("is reported with its file, line and column before Vite's transform names none", () => {
    expect(() => transform(`${process.cwd()}/content/catalog/syntax-error/model.ts`)).toThrow(
      "A catalogue model does not parse:\ncontent/catalog/syntax-error/model.ts:6:25: Property assignment expected.",
    );
  });

  it("outside the catalogue is left to Vite, and a valid model passes", () => {
    expect(transform(`${process.cwd()}/src/lib/scm/model.ts`)).toBeUndefined();
    expect(catalogModelSyntax().transform(readFileSync(new URL("../fixtures/catalog/unsupported-claim/model.ts", import.meta.url), "utf8"), `${process.cwd()}/content/catalog/unsupported-claim/model.ts`)).toBeUndefined();
  });
});

describe("run settings", () => {
  it.each([
    [{ steps: 100_000_000 }, "run.steps must be an integer in [1, 10000], got 100000000"],
    [{ samples: 0 }, "run.samples must be an integer in [1, 1000000], got 0"],
    [{ stepSize: -1 }, "run.stepSize must be a number in [0, 1000000], got -1"],
    [{ stepSize: 0 }, "run.stepSize is 0, so θ never moves; give a positive step size"],
  ])("%j are refused in model.ts, naming the field", (run, message) => {
    expect(withRun(run)).toThrow(`content/catalog/unsupported-claim/model.ts: ${message}`);
  });

  it("that are valid but enormous are refused before they run, with how to shrink them", () => {
    // 10,000 steps × 1,000,000 samples, both inside their own bounds
    expect(withRun({ steps: 10_000, samples: 1_000_000 })).toThrow(
      "content/catalog/unsupported-claim/model.ts: the run would evaluate the model 50,005,000,000 times ((steps + 1) × samples × (2 × parameters + 1)), over the budget of 5,000,000; lower run.steps or run.samples (a few dozen steps and about a hundred samples suffice for a small model)",
    );
  });

  it("at the budget exactly are accepted, one sample more is not", () => {
    // two parameters: five evaluations per sample and step
    const samples = runEvaluationBudget / 5 / 1_000;
    expect(withRun({ steps: 999, samples })().slug).toBe("unsupported-claim");
    expect(withRun({ steps: 999, samples: samples + 1 })).toThrow("over the budget of 5,000,000");
  });
});
