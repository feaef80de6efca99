import '../follow-up.css';
import { Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { formatDate, formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { AppLink } from '../../../lib/links.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { TableScroll } from '../../../lib/table-scroll.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { programmeRoutes } from '../../mentoring/api.ts';
import { ProgrammeGate, ProgrammePage, useProgramme } from '../../mentoring/components/programme-frame.tsx';
import { type Compliance, compliancePath } from '../api.ts';
import { FigureStats, RatioText, StatusCell } from '../components/figures.tsx';
import { TrendChart } from '../components/trend-chart.tsx';

type NqtRow = Compliance['nqts'][number];

function NqtTable({ programmeId, rows, caption }: { programmeId: string; rows: NqtRow[]; caption: string }) {
  const { t, locale } = useI18n();
  return (
    <TableScroll label={caption}>
      <Table data-size="sm" zebra>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('followUp.col.nqt')}</th>
            <th scope="col">{t('followUp.col.unit')}</th>
            <th scope="col">{t('followUp.col.mentor')}</th>
            <th scope="col">{t('followUp.col.plannedHeld')}</th>
            <th scope="col">{t('followUp.share')}</th>
            <th scope="col">{t('followUp.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr key={n.enrolmentId}>
              <th scope="row">
                <AppLink to={programmeRoutes.enrolment(programmeId, n.enrolmentId)}>{n.name}</AppLink>
                <div className="follow-up__sub">{t('followUp.programmeYear', { year: n.programmeYear })}</div>
              </th>
              <td>{n.unitName ?? '–'}</td>
              <td>{n.mentorName ?? t('followUp.noMentor')}</td>
              <td>
                {t('followUp.plannedHeldValue', {
                  held: formatNumber(locale, n.heldMinutesToDate),
                  planned: formatNumber(locale, n.plannedMinutesToDate),
                })}
              </td>
              <td>
                <RatioText ratio={n.ratio} />
              </td>
              <td>
                <StatusCell isBehind={n.isBehind} lapse={n.lapse} leftOn={n.leftOn} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableScroll>
  );
}

/** Lowest share first (the units to look at), units with nothing planned last. */
function byShare(a: { ratio: number | null }, b: { ratio: number | null }) {
  return (a.ratio ?? Number.POSITIVE_INFINITY) - (b.ratio ?? Number.POSITIVE_INFINITY);
}

function ComplianceView({ ownerId, programmeId }: { ownerId: string; programmeId: string }) {
  const { t, locale } = useI18n();
  const loaded = useApiGet<Compliance>(compliancePath(ownerId, programmeId));
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const c = loaded.data;
  const active = c.nqts.filter((n) => !n.leftOn);
  const behind = active.filter((n) => n.isBehind).sort(byShare);
  const told = behind.filter((n) => n.lapse?.mentorNudgedOn).length;
  return (
    <>
      <Paragraph>
        {t('followUp.asOf', {
          date: formatDate(locale, c.asOf),
          threshold: formatNumber(locale, c.behindScheduleThresholdPercent),
        })}
      </Paragraph>
      <FigureStats
        planned={c.programme.plannedMinutesToDate}
        held={c.programme.heldMinutesToDate}
        ratio={c.programme.ratio}
        extra={[
          {
            label: t('followUp.programme.behindCount'),
            value: t('followUp.programme.behindValue', {
              behind: formatNumber(locale, behind.length),
              all: formatNumber(locale, active.length),
            }),
          },
          { label: t('followUp.programme.mentorsTold'), value: formatNumber(locale, told) },
        ]}
      />

      <section className="section" aria-labelledby="follow-up-behind">
        <Heading level={2} data-size="sm" id="follow-up-behind">
          {t('followUp.programme.behindTitle')}
        </Heading>
        {behind.length === 0 ? (
          <Paragraph>{t('followUp.programme.noneBehind')}</Paragraph>
        ) : (
          <NqtTable
            programmeId={programmeId}
            rows={behind}
            caption={t('followUp.programme.behindCaption', { count: formatNumber(locale, behind.length) })}
          />
        )}
      </section>

      <section className="section" aria-labelledby="follow-up-units">
        <Heading level={2} data-size="sm" id="follow-up-units">
          {t('followUp.programme.unitsTitle')}
        </Heading>
        <TableScroll label={t('followUp.programme.unitsCaption')}>
          <Table data-size="sm" zebra>
            <caption>{t('followUp.programme.unitsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('followUp.col.unit')}</th>
                <th scope="col">{t('followUp.col.plannedHeld')}</th>
                <th scope="col">{t('followUp.share')}</th>
              </tr>
            </thead>
            <tbody>
              {[...c.units].sort(byShare).map((u) => (
                <tr key={u.unitId ?? 'none'}>
                  <th scope="row">{u.unitName ?? t('followUp.noUnit')}</th>
                  <td>
                    {t('followUp.plannedHeldValue', {
                      held: formatNumber(locale, u.heldMinutesToDate),
                      planned: formatNumber(locale, u.plannedMinutesToDate),
                    })}
                  </td>
                  <td>
                    <RatioText ratio={u.ratio} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableScroll>
      </section>

      <section className="section" aria-labelledby="follow-up-trend">
        <Heading level={2} data-size="sm" id="follow-up-trend">
          {t('followUp.trend.title')}
        </Heading>
        <TrendChart trend={c.trend} />
      </section>

      <section className="section" aria-labelledby="follow-up-all">
        <Heading level={2} data-size="sm" id="follow-up-all">
          {t('followUp.programme.allTitle')}
        </Heading>
        <Details>
          <Details.Summary>
            {t('followUp.programme.showAll', { count: formatNumber(locale, c.nqts.length) })}
          </Details.Summary>
          <Details.Content>
            <NqtTable programmeId={programmeId} rows={c.nqts} caption={t('followUp.programme.allCaption')} />
          </Details.Content>
        </Details>
      </section>
    </>
  );
}

/**
 * "Oppfølging": does the mentoring actually happen? Planned against held minutes for the programme,
 * who is behind and whether the mentor and unit leader have been told, units with the lowest share
 * first, and the year's trend.
 */
export function ProgrammeFollowUpPage() {
  const { t } = useI18n();
  const state = useProgramme();
  const title = t('followUp.programme.title');
  return (
    <ProgrammeGate title={title} state={state}>
      {(ctx) => (
        <ProgrammePage title={title} programme={ctx.programme}>
          <ComplianceView ownerId={ctx.owner.id} programmeId={ctx.programme.id} />
        </ProgrammePage>
      )}
    </ProgrammeGate>
  );
}
