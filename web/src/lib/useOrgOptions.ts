import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartments, useOffices } from '../api/queries';

const CRM_ACCESS = ['own', 'department', 'all'] as const;

/** Department and office options for selects (sorted by name), plus the CRM access levels. */
export function useOrgOptions() {
  const { t, i18n } = useTranslation();
  const { data: departments } = useDepartments();
  const { data: offices } = useOffices();
  return useMemo(() => {
    const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, i18n.language);
    return {
      departments: (departments ?? []).map((d) => ({ value: d.id, label: d.name })).sort(byLabel),
      offices: (offices ?? []).map((o) => ({ value: o.id, label: `${o.name}, ${o.city}` })).sort(byLabel),
      crmAccess: CRM_ACCESS.map((v) => ({ value: v, label: t(`crmAccess.${v}`) })),
    };
  }, [departments, offices, i18n.language, t]);
}
