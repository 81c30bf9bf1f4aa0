/** Lower-cases and folds ё→е so "Семён" is found by "семен", as Russian users type it. */
export function normalize(text: string): string {
  return text.toLocaleLowerCase('ru').replaceAll('ё', 'е').trim();
}

/** True when every word of the query occurs in the text (already normalised). */
export function matchesAll(haystack: string, words: string[]): boolean {
  return words.every((w) => haystack.includes(w));
}

/** Splits a query into normalised words. */
export function queryWords(query: string): string[] {
  return normalize(query).split(/\s+/).filter(Boolean);
}
