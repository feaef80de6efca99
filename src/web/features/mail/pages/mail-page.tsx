import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useSignedIn } from '../../../app/session.tsx';
import { formatDate, type Translate, useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { type MailItem, mailPath } from '../api.ts';

/** Plain mail text with its web addresses as links, so an admin can open or copy an invitation link. */
function linkify(text: string): ReactNode[] {
  return text.split(/(https?:\/\/[^\s<>"]+)/g).map((part, index) =>
    /^https?:\/\//.test(part) ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed string
      <Link key={index} href={part}>
        {part}
      </Link>
    ) : (
      part
    ),
  );
}

function statusLabel(t: Translate, status: MailItem['status']): string {
  switch (status) {
    case 'queued':
      return t('web.mail.status.queued');
    case 'sending':
      return t('web.mail.status.sending');
    case 'sent':
      return t('web.mail.status.sent');
    case 'written':
      return t('web.mail.status.written');
    case 'failed':
      return t('web.mail.status.failed');
  }
}

const STATUS_COLOR: Record<MailItem['status'], string> = {
  queued: 'neutral',
  sending: 'neutral',
  sent: 'success',
  written: 'info',
  failed: 'danger',
};

export function MailPage() {
  const { t, locale } = useI18n();
  const { owner } = useSignedIn();
  const { data, error, loading, reload } = useApiGet<{ items: MailItem[] }>(
    owner?.abilities.viewMail ? mailPath(owner.id) : null,
  );
  if (!owner?.abilities.viewMail) return <NoOwnerAccess />;

  return (
    <Page title={t('web.mail.title')} lead={<Paragraph>{t('web.mail.lead')}</Paragraph>}>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!data && loading ? <Loading /> : null}
      {data && data.items.length === 0 ? <Paragraph>{t('web.mail.empty')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <ul className="mail-list">
          {data.items.map((mail) => (
            <li key={mail.id} className="section">
              <Heading level={2} data-size="xs">
                {mail.subject}
              </Heading>
              <dl className="facts">
                <dt>{t('web.mail.to')}</dt>
                <dd>{mail.to}</dd>
                <dt>{t('web.mail.created')}</dt>
                <dd>{formatDate(locale, mail.createdAt)}</dd>
                <dt>{t('web.common.status')}</dt>
                <dd>
                  <Tag data-color={STATUS_COLOR[mail.status]}>{statusLabel(t, mail.status)}</Tag>
                  {mail.deliveredAt ? ` ${formatDate(locale, mail.deliveredAt)}` : ''}
                </dd>
              </dl>
              {/* The body shows at once: an admin comes here for the invitation link in it. */}
              <p className="mail-body">{linkify(mail.body)}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
