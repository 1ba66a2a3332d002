/**
 * The components MDX pages may use, by the name they use them under. The page route passes this
 * table to every page, so pages import nothing. <Theorem>, <Definition>, … reach Environment
 * through the remarkEnvironments plugin (src/site/results/kinds.ts lists the kinds).
 */
import Figure from "./figures/Figure.astro";
import RepositoryLink from "./RepositoryLink.astro";
import TaxonomyDiagram from "./TaxonomyDiagram.astro";
import SubtypeExamples from "./catalog/SubtypeExamples.astro";
import Cite from "./results/Cite.astro";
import Environment from "./results/Environment.astro";
import Equation from "./results/Equation.astro";
import Proof from "./results/Proof.astro";
import Ref from "./results/Ref.astro";
import SectionHeading from "./results/SectionHeading.astro";
import SiteCitation from "./results/SiteCitation.astro";
import Tag from "./results/Tag.astro";

export const mdxComponents = { Figure, Environment, Proof, Equation, Ref, Cite, Tag, TaxonomyDiagram, SubtypeExamples, RepositoryLink, SiteCitation, h2: SectionHeading };
