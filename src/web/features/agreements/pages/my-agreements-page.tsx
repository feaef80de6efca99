import { Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../../../lib/i18n.tsx';
import { Page } from '../../../lib/page.tsx';
import { MyAgreements } from '../components/my-agreements.tsx';

/** "Avtaler å godkjenne": every agreement naming the caller, whatever their part in it. */
export function MyAgreementsPage() {
  const t = useT();
  return (
    <Page title={t('web.agreements.mine.pageTitle')} lead={<Paragraph>{t('web.agreements.mine.lead')}</Paragraph>}>
      <MyAgreements />
    </Page>
  );
}
