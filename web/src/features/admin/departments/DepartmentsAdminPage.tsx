import { Alert, Button, EmptyState, Group, Paper, Skeleton, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHandMove, IconPlus, IconSitemap } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../../../api/queries';
import type { Department, OrgChartNode } from '../../../api/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState } from '../../../components/ErrorState';
import { errorMessage } from '../../../lib/errors';
import { useOrgChart } from '../../org/orgApi';
import { useDeleteDepartment, useSaveDepartment } from '../adminApi';
import { DepartmentModal } from './DepartmentModal';
import { DepartmentTree, type DepartmentInfo } from './DepartmentTree';
import { buildDepartmentTree } from './departmentTree';

type Editing = { department: Department | null; parentId: string | null } | null;

/** Head names and head counts per department, read from the org chart the server already builds. */
function useDepartmentInfo(): Map<string, DepartmentInfo> {
  const chart = useOrgChart();
  return useMemo(() => {
    const info = new Map<string, DepartmentInfo>();
    const walk = (node: OrgChartNode) => {
      info.set(node.id, {
        headName: node.head?.name ?? null,
        employeeCount: node.employeeCount,
        officeLabel: node.office ? `${node.office.name}, ${node.office.city}` : null,
      });
      node.children.forEach(walk);
    };
    if (chart.data) walk(chart.data);
    return info;
  }, [chart.data]);
}

/** Moving and deleting departments, with the notifications that report the outcome. */
function useDepartmentActions(departments: Department[] | undefined) {
  const { t } = useTranslation();
  const save = useSaveDepartment();
  const remove = useDeleteDepartment();
  const [deleting, setDeleting] = useState<Department | null>(null);
  const nameOf = (id: string) => departments?.find((d) => d.id === id)?.name ?? '';

  const move = (department: Department, parentId: string) =>
    save.mutate(
      { id: department.id, version: department.version, parentId },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: t('admin.departments.moved', { name: department.name, parent: nameOf(parentId) }),
          }),
        onError: (err) =>
          notifications.show({
            color: 'red',
            title: t('admin.departments.moveFailed'),
            message: errorMessage(err, t),
            autoClose: 8000,
          }),
      },
    );

  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(deleting.id, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('admin.departments.deleted') }),
      onError: (err) => notifications.show({ color: 'red', message: errorMessage(err, t) }),
      onSettled: () => setDeleting(null),
    });
  };

  return { move, deleting, setDeleting, confirmDelete, deletePending: remove.isPending };
}

/** Admin: the department tree, with drag-and-drop restructuring. */
export function DepartmentsAdminPage() {
  const { t, i18n } = useTranslation();
  const departments = useDepartments();
  const info = useDepartmentInfo();
  const { move, deleting, setDeleting, confirmDelete, deletePending } = useDepartmentActions(departments.data);
  const [editing, setEditing] = useState<Editing>(null);
  const roots = useMemo(
    () => buildDepartmentTree(departments.data ?? [], i18n.language),
    [departments.data, i18n.language],
  );

  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="md" gap="sm">
        <Text fw={600}>{t('org.departmentsCount', { count: departments.data?.length ?? 0 })}</Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ department: null, parentId: null })}>
          {t('admin.departments.new')}
        </Button>
      </Group>
      {departments.isPending ? (
        <Skeleton h={240} />
      ) : departments.isError ? (
        <ErrorState error={departments.error} onRetry={() => void departments.refetch()} />
      ) : roots.length === 0 ? (
        <EmptyState
          icon={<IconSitemap />}
          withIndicatorBackground
          title={t('org.emptyTitle')}
          description={t('admin.departments.emptyDescription')}
        />
      ) : (
        <>
          <Alert variant="light" color="blue" icon={<IconHandMove size={18} />} mb="md" py="xs">
            {t('admin.departments.dragHint')}
          </Alert>
          <DepartmentTree
            roots={roots}
            info={info}
            onEdit={(department) => setEditing({ department, parentId: department.parentId })}
            onAddChild={(parent) => setEditing({ department: null, parentId: parent.id })}
            onDelete={setDeleting}
            onMove={move}
          />
        </>
      )}
      {editing && (
        <DepartmentModal department={editing.department} parentId={editing.parentId} onClose={() => setEditing(null)} />
      )}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('admin.departments.deleteTitle')}
        message={t('admin.departments.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        loading={deletePending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </Paper>
  );
}
