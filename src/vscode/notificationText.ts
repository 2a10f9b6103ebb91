/**
 * VS Code renders `[label](target)` in a notification's message as a link, command links
 * included, so text from a document or a sidecar (an annotation id, a reason quoting one) could
 * offer the user a button that runs any command. Every such part goes through `plainText` before
 * it reaches `showErrorMessage` and its kin: brackets and parentheses become their full-width
 * look-alikes, which read the same to a person and form no link.
 */
const LINK_SYNTAX: Readonly<Record<string, string>> = { '[': '［', ']': '］', '(': '（', ')': '）' };

export function plainText(text: string): string {
  return text.replace(/[[\]()]/g, (character) => LINK_SYNTAX[character]);
}
