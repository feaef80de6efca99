import { Card, Fieldset, Heading, List, Paragraph, Radio } from '@digdir/designsystemet-react';
import { Link, Navigate } from 'react-router';
import type { Me } from '../../../../shared/schemas/auth.ts';
import { useAgreementsToAccept } from '../../../app/layout.tsx';
import { leadToOwnPage, ownLandingPage, ownMentoringPages } from '../../../app/own-pages.ts';
import { type MeOwner, useSession, useSignedIn } from '../../../app/session.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { Page } from '../../../lib/page.tsx';

function Shortcuts({ me, owner }: { me: Me; owner: MeOwner | null }) {
  const t = useT();
  const toAccept = useAgreementsToAccept(me.user.id);
  const items: { to: string; title: string; text: string }[] = [];
  const own = ownMentoringPages(me);
  if (toAccept) {
    items.push({ to: '/avtaler', title: t('web.agreements.nav.menu'), text: t('web.agreements.nav.startText') });
  }
  if (own.mentor) items.push({ to: '/mine-nyutdannede', title: t('web.nav.myNqts'), text: t('web.start.myNqtsText') });
  if (own.nqt) {
    items.push({ to: '/min-veiledning', title: t('web.nav.myMentoring'), text: t('web.start.myMentoringText') });
  }
  if (!owner) return items.length === 0 ? null : <ShortcutCards items={items} />;
  if (owner.abilities.viewOrganisation) {
    items.push(
      { to: '/enheter', title: t('web.nav.units'), text: t('web.start.unitsText') },
      { to: '/personer', title: t('web.nav.people'), text: t('web.start.peopleText') },
    );
  }
  if (owner.abilities.manageOrganisation) {
    items.push({ to: '/import', title: t('web.nav.import'), text: t('web.start.importText') });
  }
  if (owner.abilities.viewMail) items.push({ to: '/e-post', title: t('web.nav.mail'), text: t('web.start.mailText') });
  if (items.length === 0) return null;
  return <ShortcutCards items={items} />;
}

function ShortcutCards({ items }: { items: { to: string; title: string; text: string }[] }) {
  const t = useT();
  return (
    <section aria-labelledby="start-shortcuts">
      <Heading level={2} data-size="sm" id="start-shortcuts" className="visually-hidden">
        {t('web.start.shortcuts')}
      </Heading>
      <div className="cards">
        {items.map((item) => (
          <Card key={item.to} asChild data-color="accent">
            <Link to={item.to}>
              <Heading level={3} data-size="xs">
                {item.title}
              </Heading>
              <Paragraph data-size="sm">{item.text}</Paragraph>
            </Link>
          </Card>
        ))}
      </div>
    </section>
  );
}

export function StartPage() {
  const t = useT();
  const { me, owner } = useSignedIn();
  const { selectOwner } = useSession();
  const ownerName = (id: string | null) => me.owners.find((o) => o.id === id)?.name;
  // A mentor or NQT who reaches no organisation pages starts on their own page (see own-pages.ts).
  const lead = leadToOwnPage(me);
  if (lead) return <Navigate to={lead} replace />;
  const landing = ownLandingPage(me);

  return (
    <Page
      title={t('web.start.title', { name: me.user.name })}
      lead={<Paragraph>{owner ? t('web.start.workingIn', { owner: owner.name }) : t('web.start.noOwner')}</Paragraph>}
    >
      <Shortcuts me={me} owner={owner} />

      {me.owners.length > 1 && owner ? (
        <section className="section">
          <Fieldset>
            <Fieldset.Legend>{t('web.start.pickOwner')}</Fieldset.Legend>
            <Fieldset.Description>{t('web.start.pickOwnerHelp')}</Fieldset.Description>
            {me.owners.map((o) => (
              <Radio
                key={o.id}
                name="owner"
                value={o.id}
                label={o.name}
                checked={o.id === owner.id}
                onChange={() => selectOwner(o.id)}
              />
            ))}
          </Fieldset>
        </section>
      ) : null}

      <section className="section" aria-labelledby="start-me">
        <Heading level={2} data-size="sm" id="start-me">
          {t('web.start.aboutYou')}
        </Heading>
        <dl className="facts">
          <dt>{t('web.start.name')}</dt>
          <dd>{me.user.name}</dd>
          <dt>{t('web.start.email')}</dt>
          <dd>{me.user.email}</dd>
        </dl>
        <Heading level={3} data-size="xs">
          {t('web.start.roles')}
        </Heading>
        {me.grants.length === 0 ? (
          <Paragraph>{t('web.start.noRoles')}</Paragraph>
        ) : (
          <List.Unordered>
            {me.grants.map((g) => (
              <List.Item key={`${g.role}-${g.scopeType}-${g.scopeId ?? ''}`}>
                {t(`role.${g.role}`)} ({t(`scope.${g.scopeType}`)}
                {g.scopeType === 'owner' && ownerName(g.scopeId) ? `: ${ownerName(g.scopeId)}` : ''})
              </List.Item>
            ))}
          </List.Unordered>
        )}
        {owner && !landing ? (
          <>
            <Heading level={3} data-size="xs">
              {t('web.start.abilities', { owner: owner.name })}
            </Heading>
            <List.Unordered>
              <List.Item>
                {owner.abilities.viewOrganisation ? t('web.start.canView') : t('web.start.cannotView')}
              </List.Item>
              <List.Item>
                {owner.abilities.manageOrganisation ? t('web.start.canManage') : t('web.start.cannotManage')}
              </List.Item>
              {owner.abilities.viewMail ? <List.Item>{t('web.start.canViewMail')}</List.Item> : null}
            </List.Unordered>
          </>
        ) : null}
        <Paragraph>
          <AppLink to="/passord">{t('web.start.changePassword')}</AppLink>
        </Paragraph>
      </section>
    </Page>
  );
}
