import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useT } from './i18n.tsx';
import { Page } from './page.tsx';

/** Shown instead of a page the user's abilities at the current owner do not allow. */
export function NoOwnerAccess() {
  const t = useT();
  return (
    <Page title={t('web.noAccess.title')}>
      <Alert data-color="warning">
        <Paragraph>{t('web.noAccess.text')}</Paragraph>
      </Alert>
    </Page>
  );
}
