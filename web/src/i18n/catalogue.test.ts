import { describe, expect, it } from 'vitest';
import { catalogue, catalogueParts } from './catalogue';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => leafKeys(inner, prefix ? `${prefix}.${key}` : key));
}

describe('message catalogue', () => {
  it('has every message in both Russian and English', () => {
    const ru = leafKeys(catalogue('ru')).sort();
    const en = leafKeys(catalogue('en')).sort();
    expect(ru.filter((key) => !en.includes(key))).toEqual([]);
    expect(en.filter((key) => !ru.includes(key))).toEqual([]);
  });

  it('never lets one file overwrite another file’s section', () => {
    for (const language of ['ru', 'en'] as const) {
      const seen = new Set<string>();
      for (const part of catalogueParts(language)) {
        for (const key of Object.keys(part)) {
          expect(seen.has(key), `section "${key}" defined twice in ${language}`).toBe(false);
          seen.add(key);
        }
      }
    }
  });

  it('has no empty message', () => {
    const empty = leafKeys(catalogue('ru')).filter((key) => {
      const value = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue('ru'));
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});
