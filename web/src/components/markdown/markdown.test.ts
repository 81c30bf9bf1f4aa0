import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown';
import { activeMention, insertMention, mentionMarkup } from './mentions';

describe('Markdown in descriptions and comments', () => {
  it('reads emphasis, code, links and mentions', () => {
    expect(parseInline('**Срочно**: см. `ТЗ` и [макет](https://example.com/a), @[Вера Андреева](user:u-1)')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'Срочно' }] },
      { type: 'text', text: ': см. ' },
      { type: 'code', text: 'ТЗ' },
      { type: 'text', text: ' и ' },
      { type: 'link', href: 'https://example.com/a', children: [{ type: 'text', text: 'макет' }] },
      { type: 'text', text: ', ' },
      { type: 'mention', name: 'Вера Андреева', userId: 'u-1' },
    ]);
  });

  it('keeps HTML and script links as plain text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
    const parsed = parseInline('[click](javascript:alert(1))');
    expect(parsed.some((n) => n.type === 'link')).toBe(false);
    expect(parsed.map((n) => (n.type === 'text' ? n.text : '')).join('')).toContain('javascript:alert(1)');
  });

  it('links bare addresses without the trailing punctuation, and leaves snake_case alone', () => {
    expect(parseInline('см. https://artel.example/x.')).toEqual([
      { type: 'text', text: 'см. ' },
      { type: 'link', href: 'https://artel.example/x', children: [{ type: 'text', text: 'https://artel.example/x' }] },
      { type: 'text', text: '.' },
    ]);
    expect(parseInline('file_name_here')).toEqual([{ type: 'text', text: 'file_name_here' }]);
  });

  it('reads headings, lists, quotes, code blocks and paragraphs with line breaks', () => {
    const blocks = parseMarkdown(
      '# План\n\n- один\n- два\n\n1. первый\n2. второй\n\n> цитата\n\n```\n<b>код</b>\n```\nстрока\nещё',
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'list', 'list', 'quote', 'code', 'paragraph']);
    expect(blocks[1]).toMatchObject({ ordered: false, items: [[{ text: 'один' }], [{ text: 'два' }]] });
    expect(blocks[2]).toMatchObject({ ordered: true });
    expect(blocks[4]).toEqual({ type: 'code', text: '<b>код</b>' });
    expect(blocks[5]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: 'строка' }, { type: 'br' }, { type: 'text', text: 'ещё' }],
    });
  });
});

describe('@mentions in the comment box', () => {
  it('finds the name being typed after an @', () => {
    expect(activeMention('Привет, @Вер', 12)).toEqual({ start: 8, query: 'Вер' });
    expect(activeMention('@', 1)).toEqual({ start: 0, query: '' });
    expect(activeMention('Вера Ан', 7)).toBeNull();
    expect(activeMention('mail@example.com', 16)).toBeNull();
    expect(activeMention('@Вера\nдальше', 12)).toBeNull();
  });

  it('replaces it with the markup the server reads', () => {
    const text = 'Посмотри, @Вер пожалуйста';
    const result = insertMention(text, 10, 14, { id: 'u-1', name: 'Вера Андреева' });
    expect(result.text).toBe('Посмотри, @[Вера Андреева](user:u-1)  пожалуйста');
    expect(result.caret).toBe(10 + '@[Вера Андреева](user:u-1) '.length);
    expect(mentionMarkup('Ann [QA]', 'x')).toBe('@[Ann QA](user:x)');
  });
});
