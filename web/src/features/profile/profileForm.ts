import type { CrmAccess, User } from '../../api/types';

/** Phone kinds the API accepts. */
export const PHONE_TYPES = ['work', 'mobile', 'home', 'other'] as const;
export type PhoneType = (typeof PHONE_TYPES)[number];

/** The profile edit form's values (strings for inputs; converted to API shapes on submit). */
export interface ProfileFormValues {
  name: string;
  position: string;
  phones: { value: string; type: PhoneType }[];
  birthday: string;
  skills: string[];
  email: string;
  departmentId: string | null;
  officeId: string | null;
  hireDate: string;
  isAdmin: boolean;
  crmAccess: CrmAccess;
}

/** Fields the form shows, for placing server field errors. */
export const PROFILE_FIELDS = [
  'name',
  'position',
  'phones',
  'birthday',
  'skills',
  'email',
  'departmentId',
  'officeId',
  'hireDate',
  'isAdmin',
  'crmAccess',
] as const;

const SELF_FIELDS = ['name', 'position', 'phones', 'birthday', 'skills'] as const;
const ADMIN_FIELDS = [...SELF_FIELDS, 'email', 'departmentId', 'officeId', 'hireDate', 'isAdmin', 'crmAccess'] as const;

/** Form values from a user record. */
export function valuesFromUser(user: User): ProfileFormValues {
  return {
    name: user.name,
    position: user.position ?? '',
    phones: user.phones.map((p) => ({ value: p.value, type: p.type })),
    birthday: user.birthday?.slice(0, 10) ?? '',
    skills: [...user.skills],
    email: user.email,
    departmentId: user.departmentId,
    officeId: user.officeId,
    hireDate: user.hireDate?.slice(0, 10) ?? '',
    isAdmin: user.isAdmin,
    crmAccess: user.crmAccess,
  };
}

function toApi(values: ProfileFormValues): Record<string, unknown> {
  return {
    name: values.name.trim(),
    position: values.position.trim() || null,
    phones: values.phones.map((p) => ({ value: p.value.trim(), type: p.type })).filter((p) => p.value !== ''),
    birthday: values.birthday || null,
    skills: values.skills.map((s) => s.trim()).filter(Boolean),
    email: values.email.trim(),
    departmentId: values.departmentId,
    officeId: values.officeId,
    hireDate: values.hireDate || null,
    isAdmin: values.isAdmin,
    crmAccess: values.crmAccess,
  };
}

/**
 * The PATCH body: only fields this editor may change and that actually changed, so a concurrent
 * edit of another field is not overwritten with what the form happened to load.
 */
export function buildPatch(
  user: User,
  values: ProfileFormValues,
  asAdmin: boolean,
): Record<string, unknown> & { version: number } {
  const before = toApi(valuesFromUser(user));
  const after = toApi(values);
  const patch: Record<string, unknown> & { version: number } = { version: user.version };
  for (const field of asAdmin ? ADMIN_FIELDS : SELF_FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) patch[field] = after[field];
  }
  return patch;
}
