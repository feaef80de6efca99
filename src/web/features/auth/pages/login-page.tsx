import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { type LoginNotice, type LoginState, useSession } from '../../../app/session.tsx';
import { FormProblems, fieldId, useFormProblem } from '../../../lib/form.tsx';
import { type Translate, useT } from '../../../lib/i18n.tsx';
import { Page } from '../../../lib/page.tsx';
import { login } from '../api.ts';

const FORM = 'login';

function noticeText(t: Translate, notice: LoginNotice): string {
  switch (notice) {
    case 'SESSION_EXPIRED':
      return t('errors.SESSION_EXPIRED');
    case 'NOT_AUTHENTICATED':
      return t('errors.NOT_AUTHENTICATED');
    case 'LOGGED_OUT':
      return t('web.login.loggedOut');
  }
}

/** Where to go after signing in: back where the user was, but never off the site. */
function safeTarget(from: string | undefined): string {
  return from?.startsWith('/') && !from.startsWith('//') && !from.startsWith('/logg-inn') ? from : '/';
}

export function LoginPage() {
  const t = useT();
  const { me, signedIn } = useSession();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginState;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem();

  if (me) return <Navigate to={safeTarget(state.from)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    clear();
    try {
      signedIn(await login({ email, password }));
      navigate(safeTarget(state.from), { replace: true });
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  }

  const labels = { email: t('web.login.email'), password: t('web.login.password') };
  return (
    <div className="narrow">
      <Page title={t('web.login.title')} lead={<Paragraph>{t('app.tagline')}</Paragraph>}>
        {state.notice && !problem ? (
          <Alert data-color={state.notice === 'LOGGED_OUT' ? 'success' : 'info'}>
            <Paragraph>{noticeText(t, state.notice)}</Paragraph>
          </Alert>
        ) : null}
        <form className="form section" onSubmit={submit} noValidate>
          <FormProblems problem={problem} form={FORM} labels={labels} />
          <Textfield
            id={fieldId(FORM, 'email')}
            label={labels.email}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldError('email')}
          />
          <Textfield
            id={fieldId(FORM, 'password')}
            label={labels.password}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldError('password')}
          />
          <div className="form__buttons">
            <Button type="submit" loading={busy}>
              {t('web.login.submit')}
            </Button>
          </div>
        </form>
        <Paragraph data-size="sm">{t('web.login.help')}</Paragraph>
      </Page>
    </div>
  );
}
