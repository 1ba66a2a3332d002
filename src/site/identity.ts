/** What the site is called and where its source lives: pure constants, importable outside Astro (tests, citations). */
export const siteTitle = "Goodhart's Law: a formal model";
export const repositoryUrl = "https://github.com/goodhart-model/goodhart-model";
