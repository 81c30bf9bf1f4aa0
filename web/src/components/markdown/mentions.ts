/** `@[Display Name](user:ID)`: how a comment names a person (the server reads the same form). */
export const MENTION_PATTERN = /@\[([^\]\n]*)\]\(user:([^)\s]+)\)/g;

/** The markup for one mention; brackets in a name would end it early, so they are dropped. */
export function mentionMarkup(name: string, id: string): string {
  return `@[${name.replace(/[[\]\n]/g, '')}](user:${id})`;
}

/** The `@text` being typed just before the caret, if any: where it starts and what was typed. */
export function activeMention(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  // An @ inside a word (an e-mail address) does not start a mention.
  if (at > 0 && !/\s|[([]/.test(before.charAt(at - 1))) return null;
  const query = before.slice(at + 1);
  // Names have a space or two; a line break, a bracket or a long run means the user moved on.
  if (query.length > 40 || /[\n@[\]()]/.test(query) || (query.match(/ /g) ?? []).length > 2) return null;
  return { start: at, query };
}

/** Replaces the `@text` being typed with the mention markup and a space; returns the text and new caret. */
export function insertMention(
  text: string,
  start: number,
  caret: number,
  user: { id: string; name: string },
): { text: string; caret: number } {
  const markup = `${mentionMarkup(user.name, user.id)} `;
  return { text: text.slice(0, start) + markup + text.slice(caret), caret: start + markup.length };
}
