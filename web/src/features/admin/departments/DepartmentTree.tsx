import { ActionIcon, Badge, Group, Menu, Text } from '@mantine/core';
import {
  IconChevronDown,
  IconChevronRight,
  IconDots,
  IconGripVertical,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../api/types';
import type { DepartmentTreeNode } from './departmentTree';
import classes from './DepartmentTree.module.css';
import { useTreeDrag } from './useTreeDrag';

/** What the tree shows beside each department (from the org chart). */
export interface DepartmentInfo {
  headName: string | null;
  employeeCount: number;
  officeLabel: string | null;
}

/** Props: the tree, per-department info and the actions rows can trigger. */
export interface DepartmentTreeProps {
  roots: DepartmentTreeNode[];
  info: Map<string, DepartmentInfo>;
  onEdit: (department: Department) => void;
  onAddChild: (parent: Department) => void;
  onDelete: (department: Department) => void;
  onMove: (department: Department, newParentId: string) => void;
}

function RowActions({ department, props }: { department: Department; props: DepartmentTreeProps }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('common.actions')}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => props.onEdit(department)}>
          {t('common.edit')}
        </Menu.Item>
        <Menu.Item leftSection={<IconPlus size={16} />} onClick={() => props.onAddChild(department)}>
          {t('admin.departments.addChild')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => props.onDelete(department)}>
          {t('common.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

interface RowProps {
  node: DepartmentTreeNode;
  tree: DepartmentTreeProps;
  collapsed: ReadonlySet<string>;
  onToggle: (id: string) => void;
  drag: ReturnType<typeof useTreeDrag>;
}

function DepartmentRow({ node, tree, collapsed, onToggle, drag }: RowProps) {
  const { t } = useTranslation();
  const { department, children } = node;
  const info = tree.info.get(department.id);
  const isCollapsed = collapsed.has(department.id);
  const rowClass = [
    classes.row,
    drag.state.draggingId === department.id && classes.dragging,
    drag.state.overId === department.id && classes.dropTarget,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div>
      <div
        className={rowClass}
        data-testid="department-row"
        data-department-id={department.id}
        {...drag.rowProps(department)}
      >
        <span
          className={classes.grip}
          aria-hidden
          style={{ visibility: department.parentId === null ? 'hidden' : undefined }}
        >
          <IconGripVertical size={16} />
        </span>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          onClick={() => onToggle(department.id)}
          style={{ visibility: children.length > 0 ? 'visible' : 'hidden' }}
          aria-label={t(isCollapsed ? 'org.expandChildren' : 'org.collapseChildren')}
        >
          {isCollapsed ? <IconChevronRight size={16} /> : <IconChevronDown size={16} />}
        </ActionIcon>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Text fw={550} size="sm" truncate>
            {department.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {[info?.headName ?? t('org.noHead'), info?.officeLabel].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Badge variant="light" color="gray" visibleFrom="xs" tt="none" fw={500}>
            {t('org.peopleCount', { count: info?.employeeCount ?? 0 })}
          </Badge>
          <RowActions department={department} props={tree} />
        </Group>
      </div>
      {children.length > 0 && !isCollapsed && (
        <div className={classes.children}>
          {children.map((child) => (
            <DepartmentRow
              key={child.department.id}
              node={child}
              tree={tree}
              collapsed={collapsed}
              onToggle={onToggle}
              drag={drag}
            />
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * The department tree of the admin page. Rows are native HTML5 drag sources and drop targets:
 * dropping a department on another makes it a sub-department there (the server refuses cycles).
 */
export function DepartmentTree(props: DepartmentTreeProps) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const byId = useMemo(() => {
    const map = new Map<string, Department>();
    const collect = (nodes: DepartmentTreeNode[]) =>
      nodes.forEach((n) => {
        map.set(n.department.id, n.department);
        collect(n.children);
      });
    collect(props.roots);
    return map;
  }, [props.roots]);
  const drag = useTreeDrag(byId, props.onMove);

  const toggle = (id: string) =>
    setCollapsed((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <div data-testid="department-tree">
      {props.roots.map((node) => (
        <DepartmentRow
          key={node.department.id}
          node={node}
          tree={props}
          collapsed={collapsed}
          onToggle={toggle}
          drag={drag}
        />
      ))}
    </div>
  );
}
