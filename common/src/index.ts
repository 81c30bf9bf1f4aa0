export * from './errors.js';
export * from './pagination.js';
export * from './org.js';
export * from './auth.js';
export * from './projects.js';
export * from './tasks.js';
export * from './gantt.js';
