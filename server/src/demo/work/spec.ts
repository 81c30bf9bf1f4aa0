/**
 * The shape of the demo company's work: projects and tasks written as stories. Every moment is a
 * whole number of days from the day the demo is loaded (negative: in the past) and a Moscow time,
 * so the company always looks mid-flight. People are named as in `demo-data.ts`.
 */

import type { TaskPriority } from '@artel/common';
import type { LinkType } from '../../gantt/types.js';

/** A moment of the story: days from the loading day, and the time in Moscow ("HH:MM", default 10:00). */
export interface Moment {
  at: number;
  time?: string;
}

/** Workflow actions that need nothing but the person. */
export type PlainAction = 'accept' | 'start' | 'pause' | 'complete' | 'approve' | 'defer' | 'renew';

/** One thing that happens to a task after it is set, by `by`. Only past moments (`at` < 0). */
export type DemoStep = Moment & { by: string } & (
    | { action: PlainAction }
    | { action: 'decline' | 'disapprove'; reason: string }
    | { action: 'reassign'; to: string; reason?: string }
    /** A comment; `@{Full Name}` becomes a mention of that person. */
    | { comment: string }
    /** Ticks the checklist item whose title starts with this text. */
    | { check: string }
    /** Re-plans the task: new planned first/last day and/or deadline, as days from the loading day. */
    | { replan: { start?: number; end?: number; deadline?: number } }
    /** Moves the card to the project's stage of this name. */
    | { move: string }
  );

/** A task as the story tells it. */
export interface DemoTask extends Moment {
  key: string;
  title: string;
  /** Markdown. */
  description: string;
  project?: string;
  parent?: string;
  creator: string;
  responsible: string;
  participants?: string[];
  observers?: string[];
  priority?: TaskPriority;
  tags?: string[];
  requiresApproval?: boolean;
  /** Planned first and last day. */
  plan?: [number, number];
  /** The deadline's day (at 18:00 Moscow time). */
  deadline?: number;
  /** Checklist items the creator adds when setting the task. */
  checklist?: string[];
  /** Tasks this one waits for, linked by the creator when setting it (finish-to-start unless said). */
  after?: { task: string; type?: LinkType }[];
  /** The board column the creator puts the card in, when not the first. */
  stage?: string;
  steps?: DemoStep[];
}

/** A project (workgroup) as the story tells it. */
export interface DemoProject extends Moment {
  key: string;
  name: string;
  /** Markdown. */
  description: string;
  visibility: 'open' | 'closed';
  owner: string;
  moderators: string[];
  members: string[];
  /** Planned first and last day of the project. */
  dates: [number, number];
  /** The board's columns, left to right; the last one is where finished cards go. */
  stages: string[];
}
