import { MENTION_PATTERN } from './mentions';

/**
 * A small Markdown reader for descriptions and comments (tasks, projects). It builds a tree of plain data that
 * `Markdown.tsx` turns into React elements, so no text ever reaches the page as HTML: raw HTML in
 * the source stays visible text, and only http(s) and mailto links become links.
 */

/** Inline content. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em' | 'del'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'mention'; userId: string; name: string }
  | { type: 'br' };

/** Block content. */
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 1 | 2 | 3; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'quote'; children: Block[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'rule' };

/** The link targets we follow; anything else (javascript:, data:) stays text. */
export function safeHref(href: string): string | null {
  const trimmed = href.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : null;
}

const INLINE_RULES: { re: RegExp; make: (m: RegExpExecArray) => Inline | null }[] = [
  { re: /`([^`\n]+)`/y, make: (m) => ({ type: 'code', text: m[1]! }) },
  {
    re: new RegExp(MENTION_PATTERN.source, 'y'),
    make: (m) => ({ type: 'mention', name: m[1]!, userId: m[2]! }),
  },
  {
    re: /\[([^\]\n]+)\]\(([^)\s]+)\)/y,
    make: (m) => {
      const href = safeHref(m[2]!);
      return href ? { type: 'link', href, children: parseInline(m[1]!) } : null;
    },
  },
  { re: /\*\*(?=\S)([^\n]*?\S)\*\*/y, make: (m) => ({ type: 'strong', children: parseInline(m[1]!) }) },
  { re: /__(?=\S)([^\n]*?\S)__/y, make: (m) => ({ type: 'strong', children: parseInline(m[1]!) }) },
  { re: /~~(?=\S)([^\n]*?\S)~~/y, make: (m) => ({ type: 'del', children: parseInline(m[1]!) }) },
  { re: /\*(?=\S)([^*\n]*?\S)\*/y, make: (m) => ({ type: 'em', children: parseInline(m[1]!) }) },
  { re: /_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}])/uy, make: (m) => ({ type: 'em', children: parseInline(m[1]!) }) },
  {
    re: /https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"]/y,
    make: (m) => ({ type: 'link', href: m[0], children: [{ type: 'text', text: m[0] }] }),
  },
  { re: /\n/y, make: () => ({ type: 'br' }) },
];

/** Characters that may start an inline rule; everything else is copied as text in one go. */
const SPECIAL = /[`@[*_~h\n]/g;

/** Reads inline Markdown: code, mentions, links, bold, italic, strike-through, bare URLs, line breaks. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  let pos = 0;
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  while (pos < source.length) {
    SPECIAL.lastIndex = pos;
    const next = SPECIAL.exec(source);
    if (!next) {
      text += source.slice(pos);
      break;
    }
    text += source.slice(pos, next.index);
    pos = next.index;
    let matched: Inline | null = null;
    let length = 0;
    // A word character before `_` or `h` means we are inside a word (snake_case, "https" in text).
    const prev = source.charAt(pos - 1);
    const insideWord = /[\p{L}\p{N}]/u.test(prev) && /[_h]/.test(source.charAt(pos));
    if (!insideWord) {
      for (const rule of INLINE_RULES) {
        rule.re.lastIndex = pos;
        const m = rule.re.exec(source);
        if (!m) continue;
        matched = rule.make(m);
        if (matched) {
          length = m[0].length;
          break;
        }
      }
    }
    if (matched) {
      flush();
      out.push(matched);
      pos += length;
    } else {
      text += source.charAt(pos);
      pos += 1;
    }
  }
  flush();
  return out;
}

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;

/** Reads block Markdown: paragraphs, headings, fenced code, quotes, lists, rules. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (/^\s*$/.test(line)) {
      i += 1;
      continue;
    }
    const fence = /^\s{0,3}(```|~~~)/.exec(line);
    if (fence) {
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !lines[i]!.trimStart().startsWith(fence[1]!)) body.push(lines[i++]!);
      i += 1;
      blocks.push({ type: 'code', text: body.join('\n') });
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const level = Math.min(3, heading[1]!.length) as 1 | 2 | 3;
      blocks.push({ type: 'heading', level, children: parseInline(heading[2]!) });
      i += 1;
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      blocks.push({ type: 'rule' });
      i += 1;
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      const body: string[] = [];
      while (i < lines.length && /^\s{0,3}>/.test(lines[i]!)) body.push(lines[i++]!.replace(/^\s{0,3}>\s?/, ''));
      blocks.push({ type: 'quote', children: parseMarkdown(body.join('\n')) });
      continue;
    }
    const listKind = BULLET.test(line) ? BULLET : NUMBERED.test(line) ? NUMBERED : null;
    if (listKind) {
      const items: string[] = [];
      while (i < lines.length && !/^\s*$/.test(lines[i]!)) {
        const m = listKind.exec(lines[i]!);
        if (m) items.push(m[1]!);
        else if (items.length > 0) items[items.length - 1] += `\n${lines[i]!.trim()}`;
        i += 1;
      }
      blocks.push({ type: 'list', ordered: listKind === NUMBERED, items: items.map(parseInline) });
      continue;
    }
    const body: string[] = [];
    while (
      i < lines.length &&
      !/^\s*$/.test(lines[i]!) &&
      !/^\s{0,3}(```|~~~|#{1,6}\s|>)/.test(lines[i]!) &&
      !(body.length > 0 && (BULLET.test(lines[i]!) || NUMBERED.test(lines[i]!)))
    ) {
      body.push(lines[i++]!);
    }
    blocks.push({ type: 'paragraph', children: parseInline(body.join('\n')) });
  }
  return blocks;
}
