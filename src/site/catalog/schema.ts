/**
 * The metadata of a catalogued example: content/catalog/SLUG/meta.yaml. One schema, every field
 * documented; a file that does not match fails the build and `npm test` with the file, the field
 * and what was expected.
 */
import { z } from "astro/zod";
import { ContributorError } from "../contributorError.ts";
import { manheimGarrabrantSubtypes, subtypeMismatch, subtypeRules } from "./manheimGarrabrant.ts";

/** An example's folder name, which is also its address /catalog/SLUG/: lower-case letters and digits, in words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The slug rule in words, for the errors that refuse a folder name. */
export const slugRule = "lower-case letters and digits in words joined by single hyphens";

/** Refuses a folder name that is not a slug, with the rule and the name to use instead. */
export function checkSlug(slug: string): void {
  if (slugPattern.test(slug)) return;
  const suggestion = slug.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  throw new ContributorError(`content/catalog/${slug}/: the folder name "${slug}" is not a slug. It becomes the example's address /catalog/SLUG/, so it must be ${slugRule}${suggestion ? `: rename the folder to "${suggestion}"` : ""}`);
}

/** The mechanisms of the taxonomy, as the criteria library names them. */
export const mechanisms = ["regressional", "extremal", "tampering", "generalisation"] as const;
export type Mechanism = (typeof mechanisms)[number];

/** The three simple shapes of tampering the taxonomy distinguishes. */
export const tamperingCases = ["independent-cause", "shared-cause", "intermediary-cause"] as const;
export type TamperingCase = (typeof tamperingCases)[number];

/** How a mechanism is realised: by honest optimisation, or by an agent pursuing its own goal. */
export const effects = ["naive", "adversarial"] as const;
export type Effect = (typeof effects)[number];

const source = z.strictObject({
  /** Title of the work. */
  title: z.string().min(3),
  /** Authors as they should be shown, e.g. "Everitt, Hutter, Kumar and Krakovna". */
  authors: z.string().min(2),
  /** Year of publication. */
  year: z.number().int().min(1900).max(2100),
  /** Where to read it: an https address (the site is served over https, and links must not downgrade). */
  url: z.url({ protocol: /^https$/, error: (issue) => (typeof issue.input === "string" && /^http:\/\//.test(issue.input) ? `"${issue.input}" is http: a source's address must start with https://` : "expected a full https address, such as https://arxiv.org/abs/1908.04734") }),
});

export const exampleMetaSchema = z
  .strictObject({
    /** Permanent tag, four characters from 0-9 and A-Z (letter O excluded), also recorded in content/tags.json. */
    tag: z.string({ error: (issue) => (issue.input === undefined ? "missing: `npm run tags` gives the example its permanent tag and writes this line" : "expected a string") }).regex(/^[0-9A-NP-Z]{4}$/, "expected four characters from 0-9 and A-Z without the letter O"),
    /** Short title, e.g. "Collecting rocks for diamonds". */
    title: z.string().min(3).max(80),
    /** Two or three sentences: the situation and how the proxy fails. */
    summary: z.string().min(40).max(600),
    /** The mechanisms the example claims; the criteria must support exactly these. */
    mechanisms: z.array(z.enum(mechanisms)).min(1),
    /** For a tampering example: which of the three simple cases it is. */
    tamperingCase: z.enum(tamperingCases).optional(),
    /** How the mechanisms are realised. */
    effect: z.enum(effects),
    /** The intended (true) goal U*, in words. */
    goal: z.string().min(5),
    /** The proxy U that is optimised, in words. */
    proxy: z.string().min(5),
    /** What optimising the proxy was observed (or is expected) to do. */
    observed: z.string().min(10),
    /** Real-world sources describing the example. */
    sources: z.array(source).min(1),
    /**
     * The categories and subtypes of Manheim and Garrabrant's "Categorizing Variants of Goodhart's Law"
     * the example shows, as slugs (src/site/catalog/manheimGarrabrant.ts lists them, /taxonomy/comparison/
     * explains them). Each must agree with the claims above by the mapping on that page: "regressional"
     * needs the regressional mechanism, "extremal-model-insufficiency" the extremal one,
     * "extremal-regime-change" the extremal, tampering or generalisation mechanism, "causal" tampering or
     * generalisation, "adversarial-misalignment" the adversarial effect, "cobra-effect" and "cheating"
     * tampering with the adversarial effect; "adversarial-misappropriation" is outside what a model here
     * can show. An adversarial example names at least one adversarial subtype.
     */
    manheimGarrabrant: z
      .array(z.enum(manheimGarrabrantSubtypes), {
        error: (issue) => (issue.input === undefined ? `missing: list the Manheim–Garrabrant subtypes the example shows, from ${manheimGarrabrantSubtypes.join(", ")} (see /taxonomy/comparison/)` : undefined),
      })
      .min(1),
  })
  .refine((meta) => meta.mechanisms.includes("tampering") === (meta.tamperingCase !== undefined), {
    message: "tamperingCase is required exactly when mechanisms include tampering",
    path: ["tamperingCase"],
  })
  .refine((meta) => new Set(meta.mechanisms).size === meta.mechanisms.length, { message: "a mechanism is listed twice", path: ["mechanisms"] })
  .refine((meta) => new Set(meta.manheimGarrabrant).size === meta.manheimGarrabrant.length, { message: "a subtype is listed twice", path: ["manheimGarrabrant"] })
  .superRefine((meta, context) => {
    meta.manheimGarrabrant.forEach((subtype, index) => {
      const mismatch = subtypeMismatch(subtype, meta);
      if (mismatch !== undefined) context.addIssue({ code: "custom", message: mismatch, path: ["manheimGarrabrant", index] });
    });
    if (meta.effect === "adversarial" && !meta.manheimGarrabrant.some((subtype) => subtypeRules[subtype].category === "adversarial")) {
      context.addIssue({ code: "custom", message: "an adversarial example shows one of Manheim and Garrabrant's adversarial subtypes: add adversarial-misalignment, cobra-effect or cheating", path: ["manheimGarrabrant"] });
    }
  });

export type ExampleMeta = z.infer<typeof exampleMetaSchema>;
