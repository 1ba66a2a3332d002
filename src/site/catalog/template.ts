/**
 * The starting point `npm run new-example` writes: a complete model whose claims the criteria
 * support (a proxy that rewards real effort and, a little, appearance: regressional, naive), and
 * metadata whose texts are placeholders, refused by the build until the contributor writes them.
 */
import { slugPattern } from "./schema.ts";

/**
 * The scaffold's stand-in texts, by field. The build refuses a meta.yaml that still has one
 * (src/site/catalog/meta.ts), so that an example cannot be published before it is written.
 */
export const scaffoldPlaceholders = {
  summary: "Replace this with two or three sentences: the situation, what is optimised, and how the proxy and the goal come apart under optimisation.",
  goal: "What we actually want (the true goal U*).",
  proxy: "What is measured and optimised instead (the proxy U).",
  observed: "What optimising the proxy did, or is expected to do, to the goal.",
  "sources.title": "Replace with the title of a real source describing the example",
  "sources.authors": "Replace with its authors",
  "sources.url": "https://arxiv.org/abs/0000.00000",
} as const;

export function exampleTemplate(slug: string): { meta: string; model: string } {
  if (!slugPattern.test(slug)) throw new Error(`"${slug}" is not a valid example name: use lower-case words joined by hyphens, e.g. "grading-by-word-count"`);
  const title = slug.replace(/-/g, " ").replace(/^./, (first) => first.toUpperCase());
  const meta = `# The example's metadata; every field is described in src/site/catalog/schema.ts.
# \`npm run tags\` (run for you by \`npm run new-example\`) adds the permanent tag line at the top.
# Check your work in under a minute: \`npm run check-example -- ${slug}\`.
title: ${title}
summary: >-
  ${scaffoldPlaceholders.summary}
mechanisms: [regressional]
effect: naive
# Manheim and Garrabrant's subtypes the example shows; each must fit the claims above (see /taxonomy/comparison/).
manheimGarrabrant: [regressional]
goal: ${scaffoldPlaceholders.goal}
proxy: ${scaffoldPlaceholders.proxy}
observed: ${scaffoldPlaceholders.observed}
sources:
  - title: ${scaffoldPlaceholders["sources.title"]}
    authors: ${scaffoldPlaceholders["sources.authors"]}
    year: 2024
    url: ${scaffoldPlaceholders["sources.url"]}
`;
  const model = `import { defineModel, node, normalRoot, type CatalogExample } from "#scm";

// The agent's parameters θ: effort on the real thing, and effort on how it looks.
const model = defineModel({
  name: "${slug}",
  roots: {
    // every source of randomness is a root; the seed in \`run\` makes the samples reproducible
    measurementNoise: normalRoot(0, 0.3),
  },
  parameters: { realEffort: 0, appearance: 0 },
  nodes: {
    value: node(["realEffort", "appearance"], ({ realEffort, appearance }) => Math.tanh(realEffort) + 0.2 * Math.tanh(appearance), "what we care about"),
    score: node(
      ["value", "appearance", "measurementNoise"],
      ({ value, appearance, measurementNoise }) => value + 0.8 * Math.tanh(appearance) + measurementNoise,
      "what is measured: the value, credit for appearance, and noise",
    ),
  },
  goal: "value",
  proxy: "score",
});

const example: CatalogExample = { model, run: { steps: 60, stepSize: 0.1, samples: 64, seed: 1 } };
export default example;
`;
  return { meta, model };
}
