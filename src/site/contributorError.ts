/**
 * An error in what a contributor wrote. Its message names the file, the line or field, and what was
 * expected, so its stack trace (into the build's bundled chunks, dist/.prerender/…) would only bury it:
 * the stack is the message alone, and the build and the command-line tools print the message once.
 */
export class ContributorError extends Error {
  override name = "ContributorError";

  constructor(message: string) {
    super(message);
    this.stack = message;
  }
}
