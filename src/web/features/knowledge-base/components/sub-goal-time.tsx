import '../knowledge-base.css';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { SUB_GOALS } from '../../../../shared/rules/sub-goals.ts';
import { formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { TableScroll } from '../../../lib/table-scroll.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { type SubGoalTime, subGoalTimePath } from '../api.ts';

/** A bar for the share, drawn beside its figure: the text is the alternative, so the bar itself is hidden from screen readers. */
function ShareBar({ minutes, held, untagged }: { minutes: number; held: number; untagged?: boolean }) {
  const { t, locale } = useI18n();
  const percent = held > 0 ? Math.round((minutes / held) * 100) : 0;
  return (
    <div className="kb-time__bar">
      <div className="kb-time__track" aria-hidden="true">
        <div
          className={untagged ? 'kb-time__fill kb-time__fill--untagged' : 'kb-time__fill'}
          style={{ width: `${Math.min(percent, 100)}%` }}
        />
      </div>
      <span className="nowrap">{t('web.knowledgeBase.time.percent', { percent: formatNumber(locale, percent) })}</span>
    </div>
  );
}

/**
 * Which sub-goals get time: held minutes per sub-goal for programme years 1 and 2 and in all, the
 * untagged minutes, and each row's share of the held time. A session with several sub-goals counts
 * for each, so the shares may add up to more than 100 %; the lead says so.
 */
export function SubGoalTimeSection({ ownerId, programmeId }: { ownerId: string; programmeId: string }) {
  const { t, locale } = useI18n();
  const loaded = useApiGet<SubGoalTime>(subGoalTimePath(ownerId, programmeId));
  const min = (minutes: number) => t('web.knowledgeBase.time.minutes', { minutes: formatNumber(locale, minutes) });

  let body: ReactNode;
  if (loaded.error) body = <LoadError error={loaded.error} onRetry={loaded.reload} />;
  else if (!loaded.data) body = <Loading />;
  else if (loaded.data.total.heldSessions === 0) body = <Paragraph>{t('web.knowledgeBase.time.none')}</Paragraph>;
  else {
    const { years, total } = loaded.data;
    const [one, two] = years;
    const goalMinutes = (row: typeof total | undefined, i: number) => row?.subGoals[i]?.minutes ?? 0;
    body = (
      <TableScroll labelledBy="kb-time-caption">
        <Table data-size="sm" className="kb-time">
          <caption id="kb-time-caption">{t('web.knowledgeBase.time.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('web.knowledgeBase.time.subGoal')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('web.knowledgeBase.time.yearOne')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('web.knowledgeBase.time.yearTwo')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('web.knowledgeBase.time.total')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('web.knowledgeBase.time.share')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {SUB_GOALS.map((code, i) => (
              <Table.Row key={code}>
                <Table.HeaderCell scope="row">{t(`mentoring.subGoal.${code}`)}</Table.HeaderCell>
                <Table.Cell className="nowrap">{min(goalMinutes(one, i))}</Table.Cell>
                <Table.Cell className="nowrap">{min(goalMinutes(two, i))}</Table.Cell>
                <Table.Cell className="nowrap">{min(goalMinutes(total, i))}</Table.Cell>
                <Table.Cell className="kb-time__share">
                  <ShareBar minutes={goalMinutes(total, i)} held={total.heldMinutes} />
                </Table.Cell>
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row">{t('web.knowledgeBase.time.untagged')}</Table.HeaderCell>
              <Table.Cell className="nowrap">{min(one?.untaggedMinutes ?? 0)}</Table.Cell>
              <Table.Cell className="nowrap">{min(two?.untaggedMinutes ?? 0)}</Table.Cell>
              <Table.Cell className="nowrap">{min(total.untaggedMinutes)}</Table.Cell>
              <Table.Cell className="kb-time__share">
                <ShareBar minutes={total.untaggedMinutes} held={total.heldMinutes} untagged />
              </Table.Cell>
            </Table.Row>
          </Table.Body>
          <tfoot>
            <Table.Row>
              <Table.HeaderCell scope="row">{t('web.knowledgeBase.time.held')}</Table.HeaderCell>
              <Table.Cell className="nowrap">{min(one?.heldMinutes ?? 0)}</Table.Cell>
              <Table.Cell className="nowrap">{min(two?.heldMinutes ?? 0)}</Table.Cell>
              <Table.Cell className="nowrap">{min(total.heldMinutes)}</Table.Cell>
              <Table.Cell />
            </Table.Row>
          </tfoot>
        </Table>
      </TableScroll>
    );
  }
  return (
    <section className="section" aria-labelledby="kb-time">
      <Heading level={2} data-size="sm" id="kb-time">
        {t('web.knowledgeBase.time.title')}
      </Heading>
      <Paragraph data-size="sm">{t('web.knowledgeBase.time.lead')}</Paragraph>
      {body}
    </section>
  );
}
