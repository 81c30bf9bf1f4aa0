import { Anchor, Blockquote, Code, Divider, List, Text, Title } from '@mantine/core';
import { Fragment, memo, useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { parseMarkdown, type Block, type Inline } from './markdown';

function inlines(nodes: Inline[]): ReactNode {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>;
      case 'br':
        return <br key={i} />;
      case 'code':
        return <Code key={i}>{node.text}</Code>;
      case 'strong':
        return <strong key={i}>{inlines(node.children)}</strong>;
      case 'em':
        return <em key={i}>{inlines(node.children)}</em>;
      case 'del':
        return <del key={i}>{inlines(node.children)}</del>;
      case 'link':
        return (
          <Anchor key={i} href={node.href} target="_blank" rel="noopener noreferrer nofollow">
            {inlines(node.children)}
          </Anchor>
        );
      case 'mention':
        return (
          <Anchor
            key={i}
            component={Link}
            to={`/people/${encodeURIComponent(node.userId)}`}
            fw={600}
            data-testid="mention"
          >
            @{node.name}
          </Anchor>
        );
    }
  });
}

function blocks(nodes: Block[]): ReactNode {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'paragraph':
        return (
          <Text key={i} size="sm" mb="xs" style={{ overflowWrap: 'anywhere' }}>
            {inlines(node.children)}
          </Text>
        );
      case 'heading':
        return (
          <Title key={i} order={(node.level + 2) as 3 | 4 | 5} mb="xs" mt={i > 0 ? 'sm' : 0}>
            {inlines(node.children)}
          </Title>
        );
      case 'code':
        return (
          <Code key={i} block mb="xs">
            {node.text}
          </Code>
        );
      case 'quote':
        return (
          <Blockquote key={i} p="xs" pl="md" mb="xs">
            {blocks(node.children)}
          </Blockquote>
        );
      case 'list':
        return (
          <List key={i} type={node.ordered ? 'ordered' : 'unordered'} size="sm" mb="xs" withPadding>
            {node.items.map((item, j) => (
              <List.Item key={j}>{inlines(item)}</List.Item>
            ))}
          </List>
        );
      case 'rule':
        return <Divider key={i} my="sm" />;
    }
  });
}

/**
 * Markdown rendered as React elements (never as HTML), so text from other people cannot inject
 * markup or scripts; mentions become links to the person.
 */
export const Markdown = memo(function Markdown({ source }: { source: string }) {
  const tree = useMemo(() => parseMarkdown(source), [source]);
  return <div>{blocks(tree)}</div>;
});
