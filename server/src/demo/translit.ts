const MAP: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Latin spelling of a Russian word, as used in e-mail addresses. */
export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((c) => MAP[c] ?? c).join('');
}

/** `i.petrov@artel.demo` from «Игорь Петров». */
export function demoEmail(fullName: string): string {
  const [first = '', last = ''] = fullName.split(' ');
  return `${transliterate(first).charAt(0)}.${transliterate(last)}@artel.demo`;
}
