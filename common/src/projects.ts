import { z } from 'zod';
import { idSchema, userSummarySchema, type Locale } from './org.js';

export const projectVisibilitySchema = z.enum(['open', 'closed']);
export type ProjectVisibility = z.infer<typeof projectVisibilitySchema>;

export const projectRoleSchema = z.enum(['owner', 'moderator', 'member']);
export type ProjectRole = z.infer<typeof projectRoleSchema>;

/** An ISO 8601 instant; a bare date `YYYY-MM-DD` is read as midnight UTC. */
export const instantSchema = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

/** A project (workgroup) as every reader sees it, with what this reader may do. */
export const projectSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    description: z.string(),
    visibility: projectVisibilitySchema,
    ownerId: idSchema,
    owner: userSummarySchema,
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    archived: z.boolean(),
    memberCount: z.number().int(),
    myRole: projectRoleSchema.nullable(),
    taskCounts: z.object({ total: z.number().int(), open: z.number().int(), overdue: z.number().int() }),
    abilities: z.object({
      edit: z.boolean(),
      manageMembers: z.boolean(),
      archive: z.boolean(),
      createTask: z.boolean(),
    }),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Project' });
export type Project = z.infer<typeof projectSchema>;

export const createProjectSchema = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(20_000).optional(),
  visibility: projectVisibilitySchema,
  memberIds: z.array(idSchema).max(500).optional(),
  startDate: instantSchema.nullable().optional(),
  endDate: instantSchema.nullable().optional(),
});

export const updateProjectSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  description: z.string().max(20_000).optional(),
  visibility: projectVisibilitySchema.optional(),
  startDate: instantSchema.nullable().optional(),
  endDate: instantSchema.nullable().optional(),
  archived: z.boolean().optional(),
  version: z.number().int(),
});

export const projectMemberSchema = z
  .object({ userId: idSchema, role: projectRoleSchema, user: userSummarySchema, addedAt: z.string() })
  .meta({ id: 'ProjectMember' });
export type ProjectMember = z.infer<typeof projectMemberSchema>;

export const addProjectMemberSchema = z.object({ userId: idSchema, role: z.enum(['member', 'moderator']) });
export const updateProjectMemberSchema = z.object({ role: z.enum(['member', 'moderator']) });

/** A column of the project's board; `position` is its index from 0. */
export const stageSchema = z
  .object({ id: idSchema, projectId: idSchema, name: z.string(), position: z.number(), version: z.number().int() })
  .meta({ id: 'Stage' });
export type Stage = z.infer<typeof stageSchema>;

export const createStageSchema = z.object({ name: z.string().trim().min(1).max(100) });
export const updateStageSchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  position: z.number().int().min(0).optional(),
  version: z.number().int(),
});

/** The board columns a new project starts with, in its creator's language. */
export const DEFAULT_STAGE_NAMES: Record<Locale, string[]> = {
  ru: ['Новые', 'В работе', 'Готово'],
  en: ['New', 'In progress', 'Done'],
};
