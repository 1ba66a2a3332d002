// citeproc-js, as the citation tests drive it; the package ships no types.
declare module "citeproc" {
  interface CitationSystem {
    retrieveLocale(language: string): string;
    retrieveItem(id: string): unknown;
  }
  class Engine {
    constructor(system: CitationSystem, style: string);
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]];
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
