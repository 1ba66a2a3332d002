/** What the site is called and where its source lives: pure constants, importable outside Astro (tests, citations). */
export const siteTitle = "Goodhart's Law: a formal model";
export const repositoryUrl = "https://github.com/goodhart-model/goodhart-model";

/** The address of a file of the repository on its main branch, optionally at a line. */
export function repositoryFileUrl(path: string, line?: number): string {
  return `${repositoryUrl}/blob/main/${path}${line === undefined ? "" : `#L${line}`}`;
}
