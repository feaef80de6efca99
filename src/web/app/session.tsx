import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ErrorCode } from '../../shared/errors.ts';
import type { Me } from '../../shared/schemas/auth.ts';
import { api, setCsrfToken, setSessionLostHandler } from '../lib/api.ts';
import { getLocale, hasStoredLocale, type Locale, setLocale } from '../lib/i18n.tsx';

export type MeOwner = Me['owners'][number];

/** Why the login page is shown, so it can say so. */
export type LoginNotice = 'SESSION_EXPIRED' | 'NOT_AUTHENTICATED' | 'LOGGED_OUT';

export interface LoginState {
  notice?: LoginNotice;
  /** Where to go back to after signing in. */
  from?: string;
}

interface SessionValue {
  /** `undefined` while the first "who am I" call runs; `null` when nobody is signed in. */
  me: Me | null | undefined;
  /** The owner (municipality, county …) the user works in now. */
  owner: MeOwner | null;
  selectOwner: (ownerId: string) => void;
  /** Takes the answer of login or accepted invitation. */
  signedIn: (me: Me) => void;
  signOut: () => Promise<void>;
  /** Changes the language here and, when signed in, on the account (so mails come in it too). */
  changeLocale: (locale: Locale) => void;
  /** Why nobody is signed in any more (set when a session ends), for the login page to say. */
  notice: LoginNotice | null;
}

const SessionContext = createContext<SessionValue | null>(null);
const OWNER_KEY = 'tillit.owner';

function storedOwnerId(): string | null {
  try {
    return localStorage.getItem(OWNER_KEY);
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [ownerId, setOwnerId] = useState<string | null>(storedOwnerId);
  const [notice, setNotice] = useState<LoginNotice | null>(null);

  const adopt = useCallback((next: Me) => {
    setCsrfToken(next.csrfToken);
    setNotice(null);
    setMe(next);
    // A language picked on this device wins and is saved on the account; otherwise use the account's.
    if (hasStoredLocale()) {
      if (getLocale() !== next.user.locale) void api.put('/api/auth/locale', { locale: getLocale() }).catch(() => {});
    } else {
      void setLocale(next.user.locale, { remember: false });
    }
  }, []);

  useEffect(() => {
    api
      .get<Me>('/api/auth/me', { quiet401: true })
      .then(adopt)
      .catch(() => setMe(null));
  }, [adopt]);

  // A lost session only clears `me`: RequireSession then sends the user to the login page, with the
  // notice and the page to come back to. (Navigating here as well would race that redirect.)
  useEffect(() => {
    setSessionLostHandler((code: ErrorCode) => {
      setCsrfToken('');
      setNotice(code === 'SESSION_EXPIRED' ? 'SESSION_EXPIRED' : 'NOT_AUTHENTICATED');
      setMe(null);
    });
    return () => setSessionLostHandler(null);
  }, []);

  const value = useMemo<SessionValue>(() => {
    const owners = me?.owners ?? [];
    const owner = owners.find((o) => o.id === ownerId) ?? owners[0] ?? null;
    return {
      me,
      owner,
      selectOwner: (id) => {
        setOwnerId(id);
        try {
          localStorage.setItem(OWNER_KEY, id);
        } catch {
          // Not remembered across visits, but the choice still holds for this one.
        }
      },
      signedIn: adopt,
      signOut: async () => {
        await api.post('/api/auth/logout').catch(() => {});
        setCsrfToken('');
        setNotice('LOGGED_OUT');
        setMe(null);
      },
      changeLocale: (locale) => {
        void setLocale(locale);
        if (me) void api.put('/api/auth/locale', { locale }).catch(() => {});
      },
      notice,
    };
  }, [me, ownerId, adopt, notice]);

  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user and the current owner; only for pages behind RequireSession. */
export function useSignedIn(): { me: Me; owner: MeOwner | null } {
  const { me, owner } = useSession();
  if (!me) throw new Error('useSignedIn on a page without a session');
  return { me, owner };
}
