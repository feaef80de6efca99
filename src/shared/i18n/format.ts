import { LOCALES, type Locale } from '../enums.ts';

/*
 * What translating needs besides a catalog, with no catalog imported: the web app loads the bokmål
 * catalog up front and the others only when chosen, so this file must not pull them in.
 */

export type MessageParams = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Replaces `{name}` placeholders. Unknown placeholders are left visible so a gap shows in review. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
