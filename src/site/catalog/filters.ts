/**
 * The catalogue's filters: by mechanism, tampering case, effect and Manheim–Garrabrant subtype, each
 * a static page (/catalog/by/…) so that filtering needs no script. The index and every filter page
 * show the same groups with the number of examples for each value.
 */
import { catalogEntries, type CatalogEntry } from "./catalog.ts";
import { manheimGarrabrantSubtypes, subtypeRules } from "./manheimGarrabrant.ts";
import { effects, mechanisms, tamperingCases } from "./schema.ts";

export type FilterKind = "mechanism" | "tamperingCase" | "effect" | "manheimGarrabrant";

export interface CatalogFilter {
  kind: FilterKind;
  /** The value as meta.yaml writes it. */
  value: string;
  /** The value in words. */
  label: string;
  /** The filter's page. */
  href: string;
  matches: (entry: CatalogEntry) => boolean;
}

export interface FilterGroup {
  kind: FilterKind;
  heading: string;
  filters: CatalogFilter[];
}

const words = (value: string) => value.replace(/-/g, " ");

export const filterGroups: FilterGroup[] = [
  {
    kind: "mechanism",
    heading: "Mechanism",
    filters: mechanisms.map((value) => ({ kind: "mechanism", value, label: value, href: `/catalog/by/${value}/`, matches: (entry) => entry.meta.mechanisms.includes(value) })),
  },
  {
    kind: "tamperingCase",
    heading: "Tampering case",
    filters: tamperingCases.map((value) => ({ kind: "tamperingCase", value, label: words(value), href: `/catalog/by/${value}/`, matches: (entry) => entry.meta.tamperingCase === value })),
  },
  {
    kind: "effect",
    heading: "Effect",
    filters: effects.map((value) => ({ kind: "effect", value, label: value, href: `/catalog/by/${value}/`, matches: (entry) => entry.meta.effect === value })),
  },
  {
    kind: "manheimGarrabrant",
    heading: "Manheim–Garrabrant",
    filters: manheimGarrabrantSubtypes.map((value) => ({
      kind: "manheimGarrabrant",
      value,
      label: subtypeRules[value].name,
      href: `/catalog/by/manheim-garrabrant/${value}/`,
      matches: (entry) => entry.meta.manheimGarrabrant.includes(value),
    })),
  },
];

/** The examples a filter selects, in the catalogue's order. */
export function examplesMatching(filter: CatalogFilter): CatalogEntry[] {
  return catalogEntries().filter(filter.matches);
}

/** The filters of one or several kinds, for a route's getStaticPaths. */
export function filtersOf(...kinds: FilterKind[]): CatalogFilter[] {
  return filterGroups.filter((group) => kinds.includes(group.kind)).flatMap((group) => group.filters);
}
