import type { TFunction } from 'i18next';

/** The parts of a zod issue we read (typed structurally so the web needs no direct zod import). */
interface Issue {
  code: string;
  path: PropertyKey[];
  origin?: string;
  format?: string;
  minimum?: unknown;
  maximum?: unknown;
}

/** Any schema with zod's `safeParse` (the shared ones in @artel/common). */
interface SafeParser {
  safeParse(values: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } };
}

/** Turns one zod issue into a translated message (zod's own texts are English-only). */
function issueMessage(issue: Issue, t: TFunction): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? t('validation.required')
          : t('validation.minLength', { count: Number(issue.minimum) });
      }
      return t('validation.invalid');
    case 'too_big':
      return issue.origin === 'string'
        ? t('validation.maxLength', { count: Number(issue.maximum) })
        : t('validation.invalid');
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      if (issue.format === 'date') return t('validation.date');
      return t('validation.invalid');
    case 'invalid_type':
      return t('validation.required');
    default:
      return t('validation.invalid');
  }
}

/**
 * A Mantine-form `validate` function backed by a shared zod schema, so the web checks exactly what
 * the server will, with messages in the UI language.
 */
export function zodValidate(schema: SafeParser, t: TFunction) {
  return (values: unknown): Record<string, string> => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (!errors[path]) errors[path] = issueMessage(issue, t);
    }
    return errors;
  };
}
