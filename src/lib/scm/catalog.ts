/** What content/catalog/SLUG/model.ts exports by default: the model and how to run it. */
import type { Model } from "./model";
import type { RunSettings } from "./optimise";

export type CatalogExample = {
  readonly model: Model;
  readonly run: RunSettings;
};
