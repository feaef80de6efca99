import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_LOCALE, type Locale } from '../../shared/enums.ts';
import { formatMessage, isLocale, type MessageParams } from '../../shared/i18n/format.ts';
import { type MessageKey, type Messages, nb } from '../../shared/i18n/nb.ts';

export type { Locale, MessageKey, MessageParams };

/*
 * Bokmål ships with the app; nynorsk and English are separate chunks fetched when chosen, so every
 * first visit does not download three languages. Until a catalog has arrived, the language stays as it was.
 */
const loaded: Partial<Record<Locale, Messages>> = { nb };
const loaders: Record<Exclude<Locale, 'nb'>, () => Promise<Messages>> = {
  nn: () => import('../../shared/i18n/nn.ts').then((m) => m.nn),
  en: () => import('../../shared/i18n/en.ts').then((m) => m.en),
};

/** Fetches a language's catalog once; resolves when it can be shown. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'nb' || loaded[locale]) return;
  loaded[locale] = await loaders[locale]();
}

/** Translates outside React (the API client's own messages). */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(loaded[locale]?.[key] ?? nb[key], params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nb, key);
}

const STORAGE_KEY = 'tillit.locale';

/*
 * The chosen language is a tiny external store rather than React state: the API client reads it for
 * every request's Accept-Language, outside any component.
 */
let current: Locale = readStoredLocale();
const listeners = new Set<() => void>();
applyToDocument(current);

function readStoredLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be blocked (private mode, policies); the default language still works.
  }
  return DEFAULT_LOCALE;
}

function applyToDocument(locale: Locale) {
  document.documentElement.lang = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Whether the user has picked a language on this device (then it wins over the account's stored one). */
export function hasStoredLocale(): boolean {
  try {
    return isLocale(localStorage.getItem(STORAGE_KEY));
  } catch {
    return false;
  }
}

export async function setLocale(locale: Locale, opts: { remember?: boolean } = {}): Promise<void> {
  await loadLocale(locale);
  if (opts.remember !== false) {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // See readStoredLocale.
    }
  }
  if (locale === current) return;
  current = locale;
  applyToDocument(locale);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The current language and a `t` bound to it; components re-render when the language changes. */
export function useI18n(): { locale: Locale; t: Translate } {
  const locale = useSyncExternalStore(subscribe, getLocale);
  const t = useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
  return { locale, t };
}

/** Shorthand for components that only need `t`. Keys are written as string literals so the i18n check (scripts/check-i18n.ts) sees them. */
export function useT(): Translate {
  return useI18n().t;
}

const INTL_LOCALES: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** A calendar day (`YYYY-MM-DD`) or an instant (ISO string) as the reader expects it. */
export function formatDate(locale: Locale, value: string | null | undefined): string {
  if (!value) return '';
  // A bare date is a calendar day: format it in UTC so no time zone shifts it to the day before.
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(isDay ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'medium',
    ...(isDay ? { timeZone: 'UTC' } : { timeStyle: 'short', timeZone: 'Europe/Oslo' }),
  }).format(date);
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale]).format(value);
}
