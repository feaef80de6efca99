import { Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { Page } from '../../../lib/page.tsx';

export function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t('web.notFound.title')}>
      <Paragraph>{t('web.notFound.text')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('web.notFound.home')}</AppLink>
      </Paragraph>
    </Page>
  );
}
