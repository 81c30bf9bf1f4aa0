export * from './errors.js';
export * from './pagination.js';
export * from './org.js';
export * from './auth.js';
