// `npm run check-example -- SLUG` on a copy of the project: a good example passes every check, the site
// included; each slip a contributor makes fails the check that owns it, with the file and what to change,
// and stops before the build.
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { copySite } from "../support/siteCopy";

const site = copySite("goodhart-check-example-");
const copy = site.dir;
const catalog = join(copy, "content/catalog");
afterAll(() => site.remove());

function checkExample(slug: string) {
  const run = spawnSync(process.execPath, [join(copy, "test/support/checkExample.mjs"), slug], { cwd: copy, encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A second copy of the misuse example under `slug`, its tag line dropped: a folder copied to start a new one. */
function copyOfMisuse(slug: string) {
  cpSync(join(catalog, "misuse"), join(catalog, slug), { recursive: true });
  const model = readFileSync(join(catalog, slug, "model.ts"), "utf8").replace('name: "misuse"', `name: "${slug}"`);
  writeFileSync(join(catalog, slug, "model.ts"), model);
  writeFileSync(join(catalog, slug, "meta.yaml"), readFileSync(join(catalog, slug, "meta.yaml"), "utf8").replace(/^tag: .*\n/m, ""));
}

/** The misuse example with one of its files changed for the length of one check. */
function checkEditedMisuse(file: "meta.yaml" | "model.ts", edit: (text: string) => string) {
  const path = join(catalog, "misuse", file);
  const original = readFileSync(path, "utf8");
  writeFileSync(path, edit(original));
  try {
    return checkExample("misuse");
  } finally {
    writeFileSync(path, original);
  }
}

afterEach(() => {
  for (const slug of ["copied-example", "CoastRunners"]) rmSync(join(catalog, slug), { recursive: true, force: true });
});

describe("npm run check-example", () => {
  it("passes a good example, building the site and checking its page", () => {
    const { status, output } = checkExample("misuse");
    expect(output).toContain("✓ the model runs and the criteria support exactly the claims: tampering, shared-cause, adversarial; 30 steps");
    expect(output).toContain("✓ permanent tag: 0023");
    expect(output).toContain("✓ own words: nothing repeats the other examples");
    expect(output).toContain("✓ the site builds");
    expect(output).toContain("✓ its page /catalog/misuse/: valid HTML, its math rendered, every link resolves, /tag/0023/ exists");
    expect(output).toMatch(/All 8 checks passed in \d+ s/);
    expect(status).toBe(0);
  }, 180_000);

  it("refuses a type error in model.ts with the file, line and column, and does not build", () => {
    const { status, output } = checkEditedMisuse("model.ts", (model) => model.replace("const softplus = (x: number)", 'const limit: number = "30";\nconst softplus = (x: number)'));
    expect(output).toContain("✗ model.ts parses and type-checks\n    content/catalog/misuse/model.ts:3:7: Type 'string' is not assignable to type 'number'.");
    expect(output).toContain("· the model's run and the criteria: not run until meta.yaml and model.ts pass");
    expect(output).toContain("The site was not built: fix the checks above first.");
    expect(output).not.toContain("the site builds");
    expect(status).toBe(1);
  }, 60_000);

  it("refuses a claim the criteria do not support, with the evidence", () => {
    const { status, output } = checkEditedMisuse("meta.yaml", (meta) => meta.replace("effect: adversarial", "effect: naive").replace("[causal, adversarial-misalignment]", "[causal]"));
    expect(output).toContain("✗ the model runs and the criteria support exactly the claims\n    content/catalog/misuse/meta.yaml: the criteria disagree with the claims:");
    expect(output).toContain('example "misuse": claims the naive effect, but the criteria support the adversarial effect. Evidence: naive does not hold: the agent pursues its own goal "attackerGoal"');
    expect(output).toContain("✓ permanent tag: 0023");
    expect(status).toBe(1);
  }, 60_000);

  it("refuses a model whose graph has a cycle, naming the file and the cycle along the arrows", () => {
    const { status, output } = checkEditedMisuse("model.ts", (model) => model.replace('harmfulTasks: node(["harmfulEffort", "toolStrength"]', 'harmfulTasks: node(["harmfulEffort", "toolStrength", "welfare"]'));
    expect(output).toContain('✗ the model runs and the criteria support exactly the claims\n    content/catalog/misuse/model.ts: model "misuse": node "harmfulTasks" is on a cycle harmfulTasks → welfare → harmfulTasks');
    expect(status).toBe(1);
  }, 60_000);

  it("refuses a copied folder: no tag of its own, and another example's sentences", () => {
    copyOfMisuse("copied-example");
    const { status, output } = checkExample("copied-example");
    expect(output).toContain('✗ meta.yaml matches its schema\n    content/catalog/copied-example/meta.yaml: field "tag": missing: `npm run tags` gives the example its permanent tag and writes this line');
    expect(output).toContain("✗ permanent tag\n    content/tags.json has no tag for catalog/copied-example: run `npm run tags`, which adds one and writes it into content/catalog/copied-example/meta.yaml");
    expect(output).toContain('✗ own words\n    content/catalog/copied-example/meta.yaml: "a person with harmful aims uses an ai tool that multiplies what one individual can do the tool\'s provider tracks completed tasks which counts the harmful ones too so the attacker\'s success shows up as good usage numbers while society bears the cost" is also in content/catalog/misuse/meta.yaml');
    expect(output).toContain("write these in your own words: no 9 words in a row may repeat another text");
    expect(status).toBe(1);
  }, 60_000);

  it("refuses a folder name that is not a slug, and says what it must be", () => {
    copyOfMisuse("CoastRunners");
    const { status, output } = checkExample("CoastRunners");
    expect(output).toContain('✗ folder name\n    content/catalog/CoastRunners/: the folder name "CoastRunners" is not a slug. It becomes the example\'s address /catalog/SLUG/, so it must be lower-case letters and digits in words joined by single hyphens: rename the folder to "coast-runners"');
    expect(status).toBe(1);
  }, 60_000);

  it("names the folders there are when the example does not exist", () => {
    const { status, output } = checkExample("no-such-example");
    expect(output).toContain("content/catalog/no-such-example/ does not exist");
    expect(status).toBe(2);
  });
});
