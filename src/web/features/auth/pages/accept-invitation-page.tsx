import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../../app/session.tsx';
import { FormProblems, fieldId, useFormProblem } from '../../../lib/form.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { Page } from '../../../lib/page.tsx';
import { acceptInvitation } from '../api.ts';

const FORM = 'invitation';
/** Mirrors PASSWORD_MIN_LENGTH in the shared auth schema; the server checks it again. */
const MIN_LENGTH = 12;

/**
 * The link in the invitation mail ends in `#<token>`: a fragment never reaches server logs or the
 * Referer header, so the token stays between the mail and this page.
 */
export function AcceptInvitationPage() {
  const t = useT();
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem({ INVITATION_INVALID: 'token' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    try {
      signedIn(await acceptInvitation({ token, password }));
      navigate('/', { replace: true });
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  }

  const labels = { password: t('web.invitation.password'), repeat: t('web.invitation.repeat') };
  const tokenProblem = fieldError('token');
  return (
    <div className="narrow">
      <Page title={t('web.invitation.title')} lead={<Paragraph>{t('web.invitation.lead')}</Paragraph>}>
        {!token || tokenProblem ? (
          <Alert data-color="warning" role={tokenProblem ? 'alert' : undefined}>
            <Paragraph>{tokenProblem ?? t('web.invitation.noToken')}</Paragraph>
            <Paragraph>
              <AppLink to="/logg-inn">{t('web.invitation.toLogin')}</AppLink>
            </Paragraph>
          </Alert>
        ) : (
          <form className="form section" onSubmit={submit} noValidate>
            <FormProblems
              problem={problem && !tokenProblem ? problem : null}
              form={FORM}
              labels={{ ...labels, token: '' }}
            />
            <Textfield
              id={fieldId(FORM, 'password')}
              label={labels.password}
              description={t('web.invitation.passwordHelp', { min: MIN_LENGTH })}
              type="password"
              autoComplete="new-password"
              required
              minLength={MIN_LENGTH}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fieldError('password')}
            />
            <Textfield
              id={fieldId(FORM, 'repeat')}
              label={labels.repeat}
              type="password"
              autoComplete="new-password"
              required
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
              error={mismatch ? t('web.invitation.mismatch') : undefined}
            />
            <div className="form__buttons">
              <Button type="submit" loading={busy}>
                {t('web.invitation.submit')}
              </Button>
            </div>
          </form>
        )}
      </Page>
    </div>
  );
}
