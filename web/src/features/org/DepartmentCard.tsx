import { Badge, Button, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconMapPin, IconUsers } from '@tabler/icons-react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgChartNode, UserSummary } from '../../api/types';
import { UserAvatar } from '../../components/UserAvatar';
import type { DepartmentFlowNode } from './buildGraph';
import { useChartActions } from './chartActions';
import { CARD } from './chartModel';
import classes from './DepartmentCard.module.css';

const HIDDEN_HANDLE = {
  opacity: 0,
  pointerEvents: 'none' as const,
  border: 0,
  width: 1,
  height: 1,
  minWidth: 0,
  minHeight: 0,
};

interface PersonRowProps {
  person: UserSummary;
  caption: string;
  avatarSize: number;
  height: number;
  active: boolean;
}

function PersonRow({ person, caption, avatarSize, height, active }: PersonRowProps) {
  const { openPerson } = useChartActions();
  return (
    <UnstyledButton
      className={`${classes.person} nodrag nopan ${active ? classes.personActive : ''}`}
      onClick={() => openPerson(person.id)}
      data-person-id={person.id}
      style={{ height }}
    >
      <UserAvatar name={person.name} photoUrl={person.photoUrl} size={avatarSize} />
      <div style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" fw={500} truncate lh={1.3}>
          {person.name}
        </Text>
        <Text size="xs" c="dimmed" truncate lh={1.3}>
          {caption}
        </Text>
      </div>
    </UnstyledButton>
  );
}

function EmployeeList({
  employees,
  highlightedPersonId,
}: {
  employees: UserSummary[];
  highlightedPersonId: string | null;
}) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Scroll only the list (never the canvas) so a searched-for person is visible inside the card.
    const index = employees.findIndex((e) => e.id === highlightedPersonId);
    if (index >= 0 && listRef.current) listRef.current.scrollTop = Math.max(0, (index - 1) * CARD.employeeRow);
  }, [employees, highlightedPersonId]);
  return (
    <div
      ref={listRef}
      className={`${classes.list} nowheel nodrag`}
      style={{
        height: Math.min(employees.length, CARD.maxVisibleEmployees) * CARD.employeeRow + CARD.listPadding * 2 + 1,
      }}
    >
      {employees.map((e) => (
        <PersonRow
          key={e.id}
          person={e}
          caption={e.position ?? t('org.noPosition')}
          avatarSize={32}
          height={CARD.employeeRow}
          active={e.id === highlightedPersonId}
        />
      ))}
    </div>
  );
}

function CardBody({ dept, highlightedPersonId }: { dept: OrgChartNode; highlightedPersonId: string | null }) {
  const { t } = useTranslation();
  return (
    <div className={classes.body}>
      <div>
        <Tooltip label={dept.name} disabled={dept.name.length < 32}>
          <Text fw={650} size="md" truncate lh={1.35}>
            {dept.name}
          </Text>
        </Tooltip>
        <Group gap={4} wrap="nowrap" c="dimmed" h={18}>
          {dept.office && <IconMapPin size={13} style={{ flex: 'none' }} />}
          <Text size="xs" c="dimmed" truncate>
            {dept.office ? `${dept.office.name} · ${dept.office.city}` : t('org.noOffice')}
          </Text>
        </Group>
      </div>
      {dept.head ? (
        <PersonRow
          person={dept.head}
          caption={t('org.head')}
          avatarSize={34}
          height={42}
          active={dept.head.id === highlightedPersonId}
        />
      ) : (
        <Text size="sm" c="dimmed" h={42} style={{ display: 'flex', alignItems: 'center' }}>
          {t('org.noHead')}
        </Text>
      )}
      {dept.deputy && (
        <PersonRow
          person={dept.deputy}
          caption={t('org.deputy')}
          avatarSize={26}
          height={34}
          active={dept.deputy.id === highlightedPersonId}
        />
      )}
    </div>
  );
}

function EmployeesToggle({ dept, open }: { dept: OrgChartNode; open: boolean }) {
  const { t } = useTranslation();
  const { toggleEmployees } = useChartActions();
  const chevron = open ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />;
  return (
    <div className={classes.footer}>
      <Button
        className="nodrag nopan"
        variant="subtle"
        size="compact-sm"
        color="gray"
        disabled={dept.employees.length === 0}
        leftSection={<IconUsers size={15} />}
        rightSection={dept.employees.length > 0 ? chevron : null}
        onClick={() => toggleEmployees(dept.id)}
        aria-expanded={open}
        data-testid="org-employees-toggle"
      >
        {t('org.employees', { count: dept.employeeCount })}
      </Button>
    </div>
  );
}

function ChildrenToggle({ dept, collapsed }: { dept: OrgChartNode; collapsed: boolean }) {
  const { t } = useTranslation();
  const { toggleCollapsed } = useChartActions();
  return (
    <Tooltip label={t(collapsed ? 'org.expandChildren' : 'org.collapseChildren')}>
      <Badge
        component="button"
        className={`${classes.toggle} nodrag nopan`}
        variant={collapsed ? 'filled' : 'default'}
        size="lg"
        radius="xl"
        onClick={() => toggleCollapsed(dept.id)}
        aria-expanded={!collapsed}
        aria-label={t(collapsed ? 'org.expandChildren' : 'org.collapseChildren')}
        rightSection={collapsed ? <IconChevronDown size={12} /> : <IconChevronUp size={12} />}
        style={{ cursor: 'pointer' }}
        data-testid="org-children-toggle"
      >
        {dept.children.length}
      </Badge>
    </Tooltip>
  );
}

/** A department on the org chart: name, office, head and deputy, employees and sub-department toggle. */
export const DepartmentCard = memo(function DepartmentCard({ data }: NodeProps<DepartmentFlowNode>) {
  const { dept, height, employeesOpen, collapsed, highlighted, highlightedPersonId } = data;
  return (
    <div
      className={`${classes.card} ${highlighted ? classes.highlighted : ''}`}
      // xyflow turns pointer events off on non-draggable, non-selectable nodes; the card's buttons need them.
      style={{ width: CARD.width, height, pointerEvents: 'all' }}
      data-testid="org-card"
      data-department-id={dept.id}
      data-highlighted={highlighted || undefined}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} style={HIDDEN_HANDLE} />
      <div className={classes.accent} />
      <CardBody dept={dept} highlightedPersonId={highlightedPersonId} />
      <EmployeesToggle dept={dept} open={employeesOpen} />
      {employeesOpen && dept.employees.length > 0 && (
        <EmployeeList employees={dept.employees} highlightedPersonId={highlightedPersonId} />
      )}
      {dept.children.length > 0 && <ChildrenToggle dept={dept} collapsed={collapsed} />}
      <Handle type="source" position={Position.Bottom} isConnectable={false} style={HIDDEN_HANDLE} />
    </div>
  );
});
