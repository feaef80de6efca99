import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { MeetingInput } from '../../../../shared/schemas/network-meetings.ts';
import { formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { TableScroll } from '../../../lib/table-scroll.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import {
  type ProgrammeContext,
  ProgrammeGate,
  ProgrammePage,
  useProgramme,
} from '../../mentoring/components/programme-frame.tsx';
import { networkRoutes } from '../../networks/api.ts';
import type { ResourceList } from '../../resources/api.ts';
import { type MeetingList, meetingRoutes, meetingsPath, planMeeting, planSeries } from '../api.ts';
import { CancelledTag, MeetingWhen, meetingName } from '../components/meeting-bits.tsx';
import { MeetingForm } from '../components/meeting-form.tsx';
import { SeriesForm } from '../components/series-form.tsx';
import '../network-meetings.css';

function MeetingsSection({ ctx }: { ctx: ProgrammeContext }) {
  const { t, locale } = useI18n();
  const ownerId = ctx.owner.id;
  const programmeId = ctx.programme.id;
  const view = useApiGet<MeetingList>(meetingsPath(ownerId, programmeId));
  const bank = useApiGet<ResourceList>(`/api/owners/${ownerId}/resources?limit=200`);
  const [saved, setSaved] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const list = useRef<HTMLHeadingElement>(null);
  if (view.error) return <LoadError error={view.error} onRetry={view.reload} />;
  if (!view.data) return <Loading />;
  const data = view.data;
  const groups = data.groups.map((g) => ({
    id: g.id,
    name: `${g.name} (${t(`networkMeetings.web.kind.${g.kind}`)})`,
  }));
  const facilitators = data.facilitatorChoices.map((p) => ({ id: p.personId, name: p.name }));
  const resources = (bank.data?.items ?? []).map((r) => ({ id: r.id, name: r.title }));
  const done = (message: string) => {
    setSaved(message);
    setFormKey((k) => k + 1);
    view.reload();
    list.current?.focus();
  };

  return (
    <>
      <Saved message={saved} />
      <section className="section" aria-labelledby="meetings-list">
        <Heading level={2} data-size="sm" id="meetings-list" ref={list} tabIndex={-1}>
          {t('networkMeetings.web.list.title')}
        </Heading>
        {data.meetings.length === 0 ? (
          <Paragraph>
            {data.groups.length === 0 ? t('networkMeetings.web.list.noGroups') : t('networkMeetings.web.list.none')}
          </Paragraph>
        ) : (
          <TableScroll labelledBy="meetings-caption">
            <Table data-size="sm" zebra>
              <caption id="meetings-caption" className="visually-hidden">
                {t('networkMeetings.web.list.title')}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('networkMeetings.web.column.when')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('networkMeetings.web.column.group')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('networkMeetings.web.column.theme')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('networkMeetings.web.column.place')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('networkMeetings.web.column.attendance')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.meetings.map((m) => (
                  <Table.Row key={m.id}>
                    <Table.Cell>
                      <MeetingWhen meeting={m} />
                    </Table.Cell>
                    <Table.Cell>{m.groupName}</Table.Cell>
                    <Table.Cell>
                      <AppLink to={meetingRoutes.meeting(ownerId, m.id)}>{meetingName(t, m)}</AppLink>{' '}
                      <CancelledTag cancelled={m.cancelled} />
                    </Table.Cell>
                    <Table.Cell>{m.place}</Table.Cell>
                    <Table.Cell>
                      {t('networkMeetings.web.attendanceCount', {
                        present: formatNumber(locale, m.attendance.present),
                        members: formatNumber(locale, m.attendance.members),
                      })}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>

      <section className="section" aria-labelledby="meetings-subgoals">
        <Heading level={2} data-size="sm" id="meetings-subgoals">
          {t('networkMeetings.web.subGoals.title')}
        </Heading>
        <Paragraph data-size="sm">{t('networkMeetings.web.subGoals.intro')}</Paragraph>
        <TableScroll labelledBy="meetings-subgoals-caption">
          <Table data-size="sm">
            <caption id="meetings-subgoals-caption" className="visually-hidden">
              {t('networkMeetings.web.subGoals.title')}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('networkMeetings.web.subGoals.subGoal')}</Table.HeaderCell>
                <Table.HeaderCell>{t('networkMeetings.web.subGoals.meetings')}</Table.HeaderCell>
                <Table.HeaderCell>{t('networkMeetings.web.subGoals.hours')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.subGoalMinutes.map((g) => (
                <Table.Row key={g.subGoal}>
                  <Table.Cell>{t(`mentoring.subGoal.${g.subGoal}`)}</Table.Cell>
                  <Table.Cell>{formatNumber(locale, g.meetings)}</Table.Cell>
                  <Table.Cell>{formatNumber(locale, Math.round(g.minutes / 6) / 10)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </section>

      {data.canManage && data.groups.length > 0 ? (
        <>
          <section className="section">
            <MeetingForm
              key={`one-${formKey}`}
              form="meeting-plan"
              title={t('networkMeetings.web.plan.title')}
              groups={groups}
              facilitators={facilitators}
              resources={resources}
              submitLabel={t('networkMeetings.web.plan.submit')}
              onSubmit={async (values) => {
                await planMeeting(ownerId, programmeId, values as MeetingInput);
                done(t('networkMeetings.web.plan.saved'));
              }}
            />
          </section>
          <section className="section">
            <SeriesForm
              key={`series-${formKey}`}
              groups={groups}
              facilitators={facilitators}
              onSubmit={async (input) => {
                const next = await planSeries(ownerId, programmeId, input);
                view.setData(next);
                done(t('networkMeetings.web.series.saved'));
              }}
            />
          </section>
        </>
      ) : null}
    </>
  );
}

/** "Nettverkssamlinger": the coordinator plans a programme's network meetings and sees which sub-goals get time. */
export function ProgrammeMeetingsPage() {
  const { t } = useI18n();
  const state = useProgramme();
  const title = t('networkMeetings.web.title');
  return (
    <ProgrammeGate title={title} state={state}>
      {(ctx) => (
        <ProgrammePage
          title={title}
          programme={ctx.programme}
          back={<AppLink to={networkRoutes.programme(ctx.programme.id)}>{t('networkMeetings.web.back')}</AppLink>}
        >
          <Paragraph>{t('networkMeetings.web.intro')}</Paragraph>
          <Paragraph>
            <AppLink to={meetingRoutes.meetups(ctx.programme.id)}>{t('networkMeetings.web.meetupsLink')}</AppLink>
          </Paragraph>
          <MeetingsSection ctx={ctx} />
        </ProgrammePage>
      )}
    </ProgrammeGate>
  );
}
