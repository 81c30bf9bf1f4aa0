import { BRAND_PROJECT, BRAND_TASKS } from './brand.js';
import { COURSE_PROJECT, COURSE_TASKS } from './course.js';
import { EVERYDAY_TASKS } from './everyday.js';
import { EXHIBITION_PROJECT, EXHIBITION_TASKS } from './exhibition.js';
import { SELLING_PROJECT, SELLING_TASKS } from './selling.js';
import type { DemoProject, DemoTask } from './spec.js';

/** The demo company's projects, as the source company runs its marketing. */
export const DEMO_PROJECTS: DemoProject[] = [SELLING_PROJECT, EXHIBITION_PROJECT, BRAND_PROJECT, COURSE_PROJECT];

/** Every demo task, projects' and everyday ones. */
export const DEMO_TASKS: DemoTask[] = [
  ...SELLING_TASKS,
  ...EXHIBITION_TASKS,
  ...BRAND_TASKS,
  ...COURSE_TASKS,
  ...EVERYDAY_TASKS,
];
