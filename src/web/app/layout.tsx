import { Button, Field, Label, Select, SkipLink } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { LOCALES, type Locale } from '../../shared/enums.ts';
import { isLocale } from '../../shared/i18n/format.ts';
import { seesRegions } from '../features/regional/api.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useApiGet } from '../lib/use-api.ts';
import { ownMentoringPages } from './own-pages.ts';
import { useSession } from './session.tsx';

/** Language names in their own language, so a reader finds theirs whatever the page is in now. */
const LANGUAGE_NAMES: Record<Locale, { label: string; lang: string }> = {
  nb: { label: 'Norsk bokmål', lang: 'nb' },
  nn: { label: 'Norsk nynorsk', lang: 'nn' },
  en: { label: 'English', lang: 'en' },
};

function LanguageSwitcher() {
  const { locale, t } = useI18n();
  const { changeLocale } = useSession();
  return (
    <Field data-size="sm" className="language">
      <Label>{t('web.language.label')}</Label>
      <Select
        width="auto"
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) changeLocale(event.target.value);
        }}
      >
        {LOCALES.map((code) => (
          <Select.Option key={code} value={code} lang={LANGUAGE_NAMES[code].lang}>
            {LANGUAGE_NAMES[code].label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * Whether the signed-in user has an agreement to accept (GET /api/me/agreements), asked again on each
 * navigation so the menu item goes once the last one is accepted.
 */
export function useAgreementsToAccept(userId: string | null): boolean {
  const { pathname } = useLocation();
  const { data, reload } = useApiGet<{ items: { mustAccept: boolean }[] }>(userId ? '/api/me/agreements' : null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a navigation is the reason to ask again
  useEffect(() => reload(), [pathname, reload]);
  return data?.items.some((a) => a.mustAccept) ?? false;
}

function MainNav() {
  const { t } = useI18n();
  const { me, owner } = useSession();
  const toAccept = useAgreementsToAccept(me ? me.user.id : null);
  if (!me) return null;
  const abilities = owner?.abilities;
  const items: { to: string; label: string; end?: boolean }[] = [{ to: '/', label: t('web.nav.start'), end: true }];
  const own = ownMentoringPages(me);
  if (own.unitLeader) items.push({ to: '/min-enhet', label: t('followUp.nav.myUnit') });
  if (own.mentor) items.push({ to: '/mine-nyutdannede', label: t('web.nav.myNqts') });
  if (own.nqt) items.push({ to: '/min-veiledning', label: t('web.nav.myMentoring') });
  if (own.nqt || own.mentor) items.push({ to: '/nettverk', label: t('web.networks.nav.menu') });
  if (own.nqt || own.mentor || own.unitLeader) items.push({ to: '/mine-undersokelser', label: t('surveys.mine.nav') });
  if (own.nqt || own.mentor || own.unitLeader) items.push({ to: '/arshjul', label: t('annualPlan.nav') });
  if (toAccept) items.push({ to: '/avtaler', label: t('web.agreements.nav.menu') });
  if (owner) items.push({ to: '/ressurser', label: t('resources.nav') });
  if (abilities?.viewOrganisation) {
    items.push(
      { to: '/veiledning', label: t('web.nav.mentoring') },
      { to: '/enheter', label: t('web.nav.units') },
      { to: '/personer', label: t('web.nav.people') },
      { to: '/undersokelser', label: t('surveys.nav') },
    );
  }
  if (seesRegions(me)) items.push({ to: '/regioner', label: t('regional.nav') });
  if (abilities?.manageOrganisation) items.push({ to: '/import', label: t('web.nav.import') });
  if (abilities?.viewMail) items.push({ to: '/e-post', label: t('web.nav.mail') });
  return (
    <nav aria-label={t('web.nav.label')} className="main-nav">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end ?? false}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function UserMenu() {
  const { t } = useI18n();
  const { me, signOut } = useSession();
  if (!me) return null;
  return (
    <div className="user-menu">
      <span className="user-menu__name">{me.user.name}</span>
      <Link to="/kalender">{t('calendar.nav')}</Link>
      <Button variant="tertiary" data-size="sm" onClick={() => void signOut()}>
        {t('web.header.logout')}
      </Button>
    </div>
  );
}

/** The frame around every page: skip link, header with navigation and language, the main landmark. */
export function Layout() {
  const { t } = useI18n();
  const navigation = useNavigation();
  return (
    <>
      <SkipLink href="#main">{t('web.header.skipToMain')}</SkipLink>
      <header className="app-header">
        <div className="app-header__bar">
          <Link to="/" className="app-header__brand">
            {t('app.name')}
          </Link>
          <div className="app-header__tools">
            <UserMenu />
            <LanguageSwitcher />
          </div>
        </div>
        <MainNav />
      </header>
      <main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading' || undefined}>
        <Outlet />
      </main>
    </>
  );
}
