import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { formatDate, formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { ProgrammeStatus } from '../../follow-up/components/programme-status.tsx';
import { type Enrolment, fullName, programmeRoutes, type Reach, reachPath } from '../api.ts';
import { NotReachedSection } from '../components/not-reached-section.tsx';
import { ProgrammeGate, ProgrammePage, useProgramme } from '../components/programme-frame.tsx';

function EnrolmentTable({
  programmeId,
  items,
  caption,
  left,
}: {
  programmeId: string;
  items: Enrolment[];
  caption: string;
  left?: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <div className="table-scroll">
      <Table data-size="sm" zebra>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('web.mentoring.common.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.mentoring.common.unit')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.mentoring.common.programmeYear')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.mentoring.common.startsOn')}</Table.HeaderCell>
            {left ? <Table.HeaderCell>{t('web.mentoring.common.leftOn')}</Table.HeaderCell> : null}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((e) => (
            <Table.Row key={e.id}>
              <Table.Cell>
                <AppLink to={programmeRoutes.enrolment(programmeId, e.id)}>{fullName(e)}</AppLink>
              </Table.Cell>
              <Table.Cell>{e.unitName ?? t('web.common.none')}</Table.Cell>
              <Table.Cell className="nowrap">
                {t('web.mentoring.common.year', { year: e.programmeYear })}
                {e.programmeYearReason ? (
                  <>
                    {' '}
                    <Tag data-size="sm" data-color="info">
                      {t('web.mentoring.common.setByHand')}
                    </Tag>
                  </>
                ) : null}
              </Table.Cell>
              <Table.Cell className="nowrap">{formatDate(locale, e.startsOn)}</Table.Cell>
              {left ? (
                <Table.Cell className="nowrap">
                  {e.leftOn ? formatDate(locale, e.leftOn) : t('web.mentoring.reach.leftFromData')}
                </Table.Cell>
              ) : null}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** The programme overview: who is reached, who is not yet, and who has left. */
export function ReachPage() {
  const { t, locale } = useI18n();
  const state = useProgramme();
  const location = useLocation();
  const createdNow = (location.state as { saved?: string } | null)?.saved === 'created';
  const reach = useApiGet<Reach>(state.owner ? reachPath(state.owner.id, state.programmeId) : null);
  const [message] = useState<string | null>(createdNow ? t('web.mentoring.programmes.created') : null);
  const title = t('web.mentoring.reach.title');

  return (
    <ProgrammeGate title={title} state={state}>
      {(ctx) => (
        <ProgrammePage title={title} programme={ctx.programme}>
          <Saved message={message} />
          <ProgrammeStatus ownerId={ctx.owner.id} programmeId={ctx.programme.id} />
          {reach.error ? <LoadError error={reach.error} onRetry={reach.reload} /> : null}
          {!reach.data && reach.loading ? <Loading /> : null}
          {reach.data ? (
            <>
              <section className="section" aria-labelledby="reach-counts">
                <Heading level={2} data-size="sm" id="reach-counts">
                  {t('web.mentoring.reach.countsTitle')}
                </Heading>
                <Paragraph data-size="sm">
                  {t('web.mentoring.reach.asOf', { date: formatDate(locale, reach.data.asOf) })}
                </Paragraph>
                <dl className="stats">
                  <div>
                    <dt>{t('mentoring.reach.not_reached')}</dt>
                    <dd>{formatNumber(locale, reach.data.notReached.length)}</dd>
                  </div>
                  <div>
                    <dt>{t('mentoring.reach.enrolled')}</dt>
                    <dd>{formatNumber(locale, reach.data.enrolled.length)}</dd>
                  </div>
                  <div>
                    <dt>{t('mentoring.reach.left')}</dt>
                    <dd>{formatNumber(locale, reach.data.left.length)}</dd>
                  </div>
                </dl>
              </section>
              <NotReachedSection ctx={ctx} people={reach.data.notReached} onEnrolled={() => reach.reload()} />
              <section className="section" aria-labelledby="reach-enrolled">
                <Heading level={2} data-size="sm" id="reach-enrolled">
                  {t('web.mentoring.reach.enrolledTitle', { count: formatNumber(locale, reach.data.enrolled.length) })}
                </Heading>
                {reach.data.enrolled.length === 0 ? (
                  <Paragraph>{t('web.mentoring.reach.enrolledNone')}</Paragraph>
                ) : (
                  <>
                    <Paragraph data-size="sm">{t('web.mentoring.reach.enrolledLead')}</Paragraph>
                    <EnrolmentTable
                      programmeId={ctx.programme.id}
                      items={reach.data.enrolled}
                      caption={t('web.mentoring.reach.enrolledCaption')}
                    />
                  </>
                )}
              </section>
              <section className="section" aria-labelledby="reach-left">
                <Heading level={2} data-size="sm" id="reach-left">
                  {t('web.mentoring.reach.leftTitle', { count: formatNumber(locale, reach.data.left.length) })}
                </Heading>
                {reach.data.left.length === 0 ? (
                  <Paragraph>{t('web.mentoring.reach.leftNone')}</Paragraph>
                ) : (
                  <EnrolmentTable
                    programmeId={ctx.programme.id}
                    items={reach.data.left}
                    caption={t('web.mentoring.reach.leftCaption')}
                    left
                  />
                )}
              </section>
            </>
          ) : null}
        </ProgrammePage>
      )}
    </ProgrammeGate>
  );
}
