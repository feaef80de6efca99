/** All tables, for drizzle's relational queries and drizzle-kit. Each domain keeps its own tables in its module. */
export * from '../modules/annual-plan/schema.ts';
export * from '../modules/auth/schema.ts';
export * from '../modules/calendar/schema.ts';
export * from '../modules/mentoring/agreements/schema.ts';
export * from '../modules/mentoring/knowledge-base/schema.ts';
export * from '../modules/mentoring/nudges/schema.ts';
export * from '../modules/mentoring/schema.ts';
export * from '../modules/network-meetings/schema.ts';
export * from '../modules/networks/schema.ts';
export * from '../modules/notifications/schema.ts';
export * from '../modules/organisation/schema.ts';
export * from '../modules/quality-cycle/schema.ts';
export * from '../modules/regional-programmes/schema.ts';
export * from '../modules/resources/schema.ts';
export * from '../modules/surveys/schema.ts';
