import { z } from 'zod';

/** Opaque record id as clients see it. */
export const idSchema = z.string().min(1).max(64);

export const crmAccessSchema = z.enum(['own', 'department', 'all']);
export type CrmAccess = z.infer<typeof crmAccessSchema>;

export const localeSchema = z.enum(['ru', 'en']);
export type Locale = z.infer<typeof localeSchema>;

/** IANA time zone name, checked against the runtime's own list. */
export const timezoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'unknown time zone');

/** A calendar date `YYYY-MM-DD` (birthdays, hire dates). */
export const dateOnlySchema = z.iso.date();

export const phoneSchema = z.object({
  value: z.string().trim().min(3).max(40),
  type: z.enum(['work', 'mobile', 'home', 'other']).default('work'),
});

export const officeSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    city: z.string(),
    timezone: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Office' });
export type Office = z.infer<typeof officeSchema>;

export const createOfficeSchema = z.object({
  name: z.string().trim().min(1).max(200),
  city: z.string().trim().min(1).max(200),
  timezone: timezoneSchema.optional(),
});
export const updateOfficeSchema = createOfficeSchema.partial().extend({ version: z.number().int() });

export const departmentSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    parentId: idSchema.nullable(),
    headId: idSchema.nullable(),
    deputyId: idSchema.nullable(),
    officeId: idSchema.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Department' });
export type Department = z.infer<typeof departmentSchema>;

export const createDepartmentSchema = z.object({
  name: z.string().trim().min(1).max(200),
  parentId: idSchema.nullable().optional(),
  headId: idSchema.nullable().optional(),
  deputyId: idSchema.nullable().optional(),
  officeId: idSchema.nullable().optional(),
});
export const updateDepartmentSchema = createDepartmentSchema.partial().extend({ version: z.number().int() });

/** The public profile of an employee, as every signed-in user may read it. */
export const userSchema = z
  .object({
    id: idSchema,
    email: z.string(),
    name: z.string(),
    position: z.string().nullable(),
    departmentId: idSchema.nullable(),
    officeId: idSchema.nullable(),
    managerId: idSchema.nullable(),
    isAdmin: z.boolean(),
    crmAccess: crmAccessSchema,
    isActive: z.boolean(),
    phones: z.array(phoneSchema),
    birthday: z.string().nullable(),
    hireDate: z.string().nullable(),
    skills: z.array(z.string()),
    photoUrl: z.string().nullable(),
    locale: localeSchema,
    version: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

/** The signed-in user: the profile plus what the client needs to shape the UI. */
export const meSchema = userSchema;
export type Me = z.infer<typeof meSchema>;

const profileFields = {
  name: z.string().trim().min(1).max(200),
  position: z.string().trim().max(200).nullable().optional(),
  phones: z.array(phoneSchema).max(10).optional(),
  birthday: dateOnlySchema.nullable().optional(),
  skills: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
  locale: localeSchema.optional(),
};

export const passwordSchema = z.string().min(8, 'at least 8 characters').max(200);
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254));

export const createUserSchema = z.object({
  ...profileFields,
  email: emailSchema,
  password: passwordSchema,
  departmentId: idSchema.nullable().optional(),
  officeId: idSchema.nullable().optional(),
  hireDate: dateOnlySchema.nullable().optional(),
  isAdmin: z.boolean().optional(),
  crmAccess: crmAccessSchema.optional(),
});

export const updateUserSchema = z.object({
  name: profileFields.name.optional(),
  position: profileFields.position,
  phones: profileFields.phones,
  birthday: profileFields.birthday,
  skills: profileFields.skills,
  locale: profileFields.locale,
  email: emailSchema.optional(),
  departmentId: idSchema.nullable().optional(),
  officeId: idSchema.nullable().optional(),
  hireDate: dateOnlySchema.nullable().optional(),
  isAdmin: z.boolean().optional(),
  crmAccess: crmAccessSchema.optional(),
  isActive: z.boolean().optional(),
  version: z.number().int(),
});

/** Fields a user may change on their own profile; the rest are the admins'. */
export const SELF_EDITABLE_USER_FIELDS = ['name', 'position', 'phones', 'birthday', 'skills', 'locale'] as const;

/** A person as shown inside other records (org chart, reports, manager chain). */
export const userSummarySchema = z
  .object({
    id: idSchema,
    name: z.string(),
    position: z.string().nullable(),
    photoUrl: z.string().nullable(),
  })
  .meta({ id: 'UserSummary' });
export type UserSummary = z.infer<typeof userSummarySchema>;

export interface OrgChartNode {
  id: string;
  name: string;
  head: UserSummary | null;
  deputy: UserSummary | null;
  office: { id: string; name: string; city: string } | null;
  employeeCount: number;
  employees: UserSummary[];
  children: OrgChartNode[];
}

export const orgChartNodeSchema: z.ZodType<OrgChartNode> = z.lazy(() =>
  z
    .object({
      id: idSchema,
      name: z.string(),
      head: userSummarySchema.nullable(),
      deputy: userSummarySchema.nullable(),
      office: z.object({ id: idSchema, name: z.string(), city: z.string() }).nullable(),
      employeeCount: z.number().int(),
      employees: z.array(userSummarySchema),
      children: z.array(orgChartNodeSchema),
    })
    .meta({ id: 'OrgChartNode' }),
);

/** Where a person stands: their managers up to the top, and who reports to them. */
export const userOrgSchema = z.object({
  managerChain: z.array(userSummarySchema),
  directReports: z.array(userSummarySchema),
});
