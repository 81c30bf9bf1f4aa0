import { createProjectSchema, type Project, type ProjectVisibility } from '@artel/common';
import type { TFunction } from 'i18next';
import { zodValidate } from '../../lib/zodForm';

/** The project form as the inputs hold it: dates as `YYYY-MM-DD` or empty. */
export interface ProjectFormValues {
  name: string;
  description: string;
  visibility: ProjectVisibility;
  memberIds: string[];
  startDate: string;
  endDate: string;
}

/** Fields whose server errors land on an input. */
export const PROJECT_FORM_FIELDS = ['name', 'description', 'visibility', 'memberIds', 'startDate', 'endDate'] as const;

/** The form's starting values: empty for a new project, the project's own for editing. */
export function initialProjectValues(project?: Project): ProjectFormValues {
  return {
    name: project?.name ?? '',
    description: project?.description ?? '',
    visibility: project?.visibility ?? 'open',
    memberIds: [],
    startDate: project?.startDate?.slice(0, 10) ?? '',
    endDate: project?.endDate?.slice(0, 10) ?? '',
  };
}

/** The request body: trimmed text, empty dates as null. */
export function projectBody(values: ProjectFormValues) {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    visibility: values.visibility,
    startDate: values.startDate || null,
    endDate: values.endDate || null,
  };
}

/** The server's checks (shared zod schema) plus "the end is not before the start", per field. */
export function validateProject(t: TFunction) {
  const bySchema = zodValidate(createProjectSchema, t);
  return (values: ProjectFormValues): Record<string, string> => {
    const errors = bySchema({ ...projectBody(values), memberIds: values.memberIds });
    // A date fails the schema's "instant or date" union as a whole; say what is expected.
    for (const field of ['startDate', 'endDate'] as const) {
      if (errors[field]) errors[field] = t('validation.date');
    }
    if (values.startDate && values.endDate && values.endDate < values.startDate) {
      errors.endDate ??= t('projects.form.endBeforeStart');
    }
    return errors;
  };
}
