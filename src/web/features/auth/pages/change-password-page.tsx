import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { FormProblems, fieldId, useFormProblem } from '../../../lib/form.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { Saved } from '../../../lib/load-state.tsx';
import { Page } from '../../../lib/page.tsx';
import { changePassword } from '../api.ts';

const FORM = 'password';
const MIN_LENGTH = 12;

export function ChangePasswordPage() {
  const t = useT();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const { problem, fail, clear, fieldError } = useFormProblem({ WRONG_PASSWORD: 'currentPassword' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    setSaved(false);
    setBusy(true);
    try {
      await changePassword({ currentPassword, newPassword });
      setCurrent('');
      setNew('');
      setSaved(true);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  const labels = { currentPassword: t('web.password.current'), newPassword: t('web.password.new') };
  return (
    <div className="narrow">
      <Page title={t('web.password.title')} lead={<Paragraph>{t('web.password.lead')}</Paragraph>}>
        <Saved message={saved ? t('web.password.saved') : null} />
        <form className="form section" onSubmit={submit} noValidate>
          <FormProblems problem={problem} form={FORM} labels={labels} />
          <Textfield
            id={fieldId(FORM, 'currentPassword')}
            label={labels.currentPassword}
            type="password"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => setCurrent(e.target.value)}
            error={fieldError('currentPassword')}
          />
          <Textfield
            id={fieldId(FORM, 'newPassword')}
            label={labels.newPassword}
            description={t('web.invitation.passwordHelp', { min: MIN_LENGTH })}
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_LENGTH}
            value={newPassword}
            onChange={(e) => setNew(e.target.value)}
            error={fieldError('newPassword')}
          />
          <div className="form__buttons">
            <Button type="submit" loading={busy}>
              {t('web.password.submit')}
            </Button>
          </div>
        </form>
      </Page>
    </div>
  );
}
