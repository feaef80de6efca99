import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { Page } from '../../../lib/page.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { MyMeetings } from '../../network-meetings/components/my-meetings.tsx';
import { type MyNetwork, myNetworksPath } from '../api.ts';
import '../networks.css';

/** "Mitt nettverk": the network groups the signed-in NQT or mentor belongs to, with the other members. */
export function MyNetworkPage() {
  const { t } = useI18n();
  const loaded = useApiGet<MyNetwork>(myNetworksPath);
  return (
    <Page title={t('web.networks.mine.title')}>
      <MyMeetings />
      {loaded.error ? (
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      ) : !loaded.data ? (
        <Loading />
      ) : loaded.data.groups.length === 0 ? (
        <Paragraph>{t('web.networks.mine.none')}</Paragraph>
      ) : (
        loaded.data.groups.map((g) => (
          <section key={g.id} className="network-group" aria-labelledby={`my-network-${g.id}`}>
            <Heading level={2} data-size="sm" id={`my-network-${g.id}`}>
              {g.name}
            </Heading>
            <Paragraph data-size="sm">
              {t(`web.networks.mine.kind.${g.kind}`, { programme: g.programmeName })}
            </Paragraph>
            <div className="table-scroll">
              <Table data-size="sm" zebra>
                <caption className="visually-hidden">{t('web.networks.mine.caption', { group: g.name })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('web.networks.column.name')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('web.networks.column.unit')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {g.members.map((m) => (
                    <Table.Row key={m.personId}>
                      <Table.Cell>
                        {m.name}
                        {m.isMe ? ` ${t('web.networks.mine.you')}` : ''}
                      </Table.Cell>
                      <Table.Cell>{m.unitName ?? t('web.networks.noUnit')}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          </section>
        ))
      )}
    </Page>
  );
}
