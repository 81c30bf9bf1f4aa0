import { z } from 'zod';
import { idSchema, userSummarySchema, type Locale } from './org.js';

/** Open projects are visible to every employee; closed ones to members only. */
export const projectVisibilitySchema = z.enum(['open', 'closed']);
/** Project visibility. */
export type ProjectVisibility = z.infer<typeof projectVisibilitySchema>;

/** A member's role in a project. */
export const projectRoleSchema = z.enum(['owner', 'moderator', 'member']);
/** A member's role in a project. */
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
/** A project as its readers see it. */
export type Project = z.infer<typeof projectSchema>;

/** Body of `POST /projects`. */
export const createProjectSchema = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(20_000).optional(),
  visibility: projectVisibilitySchema,
  memberIds: z.array(idSchema).max(500).optional(),
  startDate: instantSchema.nullable().optional(),
  endDate: instantSchema.nullable().optional(),
});

/** Body of `PATCH /projects/:id`. */
export const updateProjectSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  description: z.string().max(20_000).optional(),
  visibility: projectVisibilitySchema.optional(),
  startDate: instantSchema.nullable().optional(),
  endDate: instantSchema.nullable().optional(),
  archived: z.boolean().optional(),
  version: z.number().int(),
});

/** A project member with their summary. */
export const projectMemberSchema = z
  .object({ userId: idSchema, role: projectRoleSchema, user: userSummarySchema, addedAt: z.string() })
  .meta({ id: 'ProjectMember' });
/** A project member. */
export type ProjectMember = z.infer<typeof projectMemberSchema>;

/** Body of `POST /projects/:id/members`. */
export const addProjectMemberSchema = z.object({ userId: idSchema, role: z.enum(['member', 'moderator']) });
/** Body of `PATCH /projects/:id/members/:userId`. */
export const updateProjectMemberSchema = z.object({ role: z.enum(['member', 'moderator']) });

/** A column of the project's board; `position` is its index from 0, `taskCount` the tasks in it. */
export const stageSchema = z
  .object({
    id: idSchema,
    projectId: idSchema,
    name: z.string(),
    position: z.number(),
    taskCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Stage' });
/** A board stage. */
export type Stage = z.infer<typeof stageSchema>;

/** Body of `POST /projects/:id/stages`. */
export const createStageSchema = z.object({ name: z.string().trim().min(1).max(100) });
/** Body of `PATCH /projects/:id/stages/:stageId`; `position` is the target index. */
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
