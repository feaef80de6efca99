import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { ROLE_SCOPES, ROLES, type Role } from '../../../../shared/enums.ts';
import type { GrantRoleInput, PersonDetail } from '../../../../shared/schemas/organisation.ts';
import type { MeOwner } from '../../../app/session.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { chosen, FormProblems, fieldId, SelectField, useFormProblem } from '../../../lib/form.tsx';
import { formatDate, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { Saved } from '../../../lib/load-state.tsx';
import { TableScroll } from '../../../lib/table-scroll.tsx';
import { grantRole, revokeRole, sendInvitation } from '../api.ts';
import { useUnitOptions } from './employment-fields.tsx';

/** Roles an owner admin hands out here: those that exist at owner or unit level. */
const GRANTABLE = ROLES.filter((role) => ROLE_SCOPES[role].some((s) => s === 'owner' || s === 'unit'));
const OWNER_SCOPE = 'owner';

function defaultScope(role: Role | ''): string {
  return role && ROLE_SCOPES[role].includes('owner') ? OWNER_SCOPE : '';
}

export function RolesSection({
  owner,
  person,
  onChanged,
}: {
  owner: MeOwner;
  person: PersonDetail;
  /** Called after a change the answer does not carry (revoke), so the page loads the person again. */
  onChanged: (person?: PersonDetail) => void;
}) {
  const { t, locale } = useI18n();
  // Roles and logins are access: the owner's administrators hand them out, not the resource team.
  const canManage = owner.abilities.manageAccess;
  const units = useUnitOptions(canManage ? owner.id : null);
  const [role, setRole] = useState<Role | ''>('');
  const [scope, setScope] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  // Said here, beside what changed, not at the top of a long page.
  const [message, setMessage] = useState<string | null>(null);
  const { problem, fail, clear, fieldError } = useFormProblem({ ROLE_SCOPE_INVALID: 'scope' });
  const form = 'role';
  const name = `${person.givenName} ${person.familyName}`;
  const allowed = role ? ROLE_SCOPES[role] : [];

  async function grant(event: FormEvent) {
    event.preventDefault();
    clear();
    setMessage(null);
    setBusy('grant');
    try {
      const answer = await grantRole(
        owner.id,
        person.id,
        // Unchosen fields are left out, so the server answers "required" beside them.
        (scope === OWNER_SCOPE
          ? { role: chosen(role), scopeType: 'owner' }
          : { role: chosen(role), scopeType: 'unit', unitId: chosen(scope) }) as GrantRoleInput,
      );
      const { invited, ...saved } = answer;
      setRole('');
      setScope('');
      onChanged(saved);
      setMessage(invited ? t('web.roles.grantedInvited', { name, email: person.email }) : t('web.roles.granted'));
    } catch (err) {
      fail(err, { unchosen: [...(role ? [] : ['role']), ...(scope ? [] : ['scope'])] });
    } finally {
      setBusy(null);
    }
  }

  async function revoke(grantId: string) {
    setBusy(grantId);
    setActionError(null);
    setMessage(null);
    try {
      await revokeRole(owner.id, person.id, grantId);
      onChanged();
      setMessage(t('web.roles.revoked'));
    } catch (err) {
      setActionError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  async function invite() {
    setBusy('invite');
    setActionError(null);
    setMessage(null);
    try {
      await sendInvitation(owner.id, person.id);
      onChanged();
      setMessage(t('web.roles.invitationSent', { email: person.email }));
    } catch (err) {
      setActionError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  const labels = { role: t('web.roles.role'), scope: t('web.roles.scope') };
  return (
    <section className="section" aria-labelledby="person-roles">
      <Heading level={2} data-size="sm" id="person-roles">
        {t('web.roles.title')}
      </Heading>
      <Paragraph>{person.hasAccount ? t('web.roles.hasAccount') : t('web.roles.noAccount')}</Paragraph>
      <Saved message={message} />
      {actionError ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{actionError}</Paragraph>
        </Alert>
      ) : null}
      {person.roles.length === 0 ? (
        <Paragraph>{t('web.roles.none')}</Paragraph>
      ) : (
        <TableScroll labelledBy="person-roles-caption">
          <Table data-size="sm" zebra>
            <caption className="visually-hidden" id="person-roles-caption">
              {t('web.roles.caption', { name })}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('web.roles.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.roles.scope')}</Table.HeaderCell>
                <Table.HeaderCell>{t('web.roles.since')}</Table.HeaderCell>
                {canManage ? <Table.HeaderCell>{t('web.common.actions')}</Table.HeaderCell> : null}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {person.roles.map((g) => (
                <Table.Row key={g.id}>
                  <Table.Cell>{t(`role.${g.role}`)}</Table.Cell>
                  <Table.Cell>
                    {g.scopeName} ({t(`scope.${g.scopeType}`)})
                  </Table.Cell>
                  <Table.Cell className="nowrap">{formatDate(locale, g.createdAt)}</Table.Cell>
                  {canManage ? (
                    <Table.Cell>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        loading={busy === g.id}
                        onClick={() => void revoke(g.id)}
                      >
                        {t('web.roles.revoke')}
                        <span className="visually-hidden">
                          {' '}
                          {t(`role.${g.role}`)}, {g.scopeName}
                        </span>
                      </Button>
                    </Table.Cell>
                  ) : null}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}

      {canManage ? (
        <>
          <form className="form" onSubmit={grant} noValidate aria-labelledby="role-form-title">
            <Heading level={3} data-size="xs" id="role-form-title">
              {t('web.roles.grantTitle')}
            </Heading>
            <Paragraph data-size="sm">{t('web.roles.grantHelp')}</Paragraph>
            <FormProblems problem={problem} form={form} labels={labels} />
            <div className="form__grid">
              <SelectField
                id={fieldId(form, 'role')}
                label={labels.role}
                required
                value={role}
                onChange={(e) => {
                  const next = e.target.value as Role | '';
                  setRole(next);
                  setScope(defaultScope(next));
                }}
                error={fieldError('role')}
              >
                <option value="">{t('web.common.choose')}</option>
                {GRANTABLE.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                id={fieldId(form, 'scope')}
                label={labels.scope}
                required
                value={scope}
                onChange={(e) => setScope(e.target.value)}
                error={fieldError('scope') ?? fieldError('unitId') ?? fieldError('scopeType')}
              >
                <option value="">{role ? t('web.common.choose') : t('web.roles.chooseRoleFirst')}</option>
                {allowed.includes('owner') ? (
                  <option value={OWNER_SCOPE}>{t('web.roles.wholeOwner', { owner: owner.name })}</option>
                ) : null}
                {allowed.includes('unit')
                  ? (units ?? [])
                      .filter((u) => u.active)
                      .map((u) => (
                        <option key={u.id} value={u.id}>
                          {u.name}
                        </option>
                      ))
                  : null}
              </SelectField>
            </div>
            <div className="form__buttons">
              <Button type="submit" loading={busy === 'grant'}>
                {t('web.roles.grant')}
              </Button>
            </div>
          </form>
          {person.hasAccount || person.roles.length > 0 ? (
            <div className="form">
              <Heading level={3} data-size="xs">
                {t('web.roles.invitationTitle')}
              </Heading>
              <Paragraph data-size="sm">
                {t('web.roles.invitationHelp')}{' '}
                {owner.abilities.viewMail ? <AppLink to="/e-post">{t('web.roles.seeMail')}</AppLink> : null}
              </Paragraph>
              <div className="form__buttons">
                <Button variant="secondary" loading={busy === 'invite'} onClick={() => void invite()}>
                  {person.hasAccount ? t('web.roles.inviteAgain') : t('web.roles.invite')}
                </Button>
              </div>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
