import '../follow-up.css';
import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect } from 'react';
import { markOwnPageShown } from '../../../app/own-pages.ts';
import { useSignedIn } from '../../../app/session.tsx';
import { formatDate, formatNumber, useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading } from '../../../lib/load-state.tsx';
import { Page } from '../../../lib/page.tsx';
import { TableScroll } from '../../../lib/table-scroll.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import { MyAgreements } from '../../agreements/components/my-agreements.tsx';
import { type MyUnits, myUnitsPath, type UnitProgramme, type UnitView } from '../api.ts';
import { FigureStats, RatioText, StatusCell } from '../components/figures.tsx';

type Nqt = UnitProgramme['nqts'][number];

function AgreementCell({ agreement }: { agreement: Nqt['agreement'] }) {
  const { t } = useI18n();
  if (!agreement) return <>{t('followUp.agreement.none')}</>;
  if (agreement.isSigned) {
    return (
      <Tag data-size="sm" data-color="success">
        {t('followUp.agreement.signed')}
      </Tag>
    );
  }
  const missing = agreement.notAccepted
    .map((p) => (p.name ? `${p.name} (${t(`agreements.party.${p.party}`)})` : t(`agreements.party.${p.party}`)))
    .join(', ');
  return <>{t('followUp.agreement.missing', { parties: missing })}</>;
}

function ProgrammeSection({ unit, programme }: { unit: UnitView; programme: UnitProgramme }) {
  const { t, locale } = useI18n();
  const headingId = `unit-${unit.unitId}-${programme.programmeId}`;
  const behind = programme.nqts.filter((n) => n.isBehind && !n.leftOn).length;
  const unsigned = programme.nqts.filter((n) => n.agreement && !n.agreement.isSigned).length;
  return (
    <section className="section" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {programme.name}
      </Heading>
      <Paragraph data-size="sm">
        {t('followUp.asOf', {
          date: formatDate(locale, programme.asOf),
          threshold: formatNumber(locale, programme.behindScheduleThresholdPercent),
        })}
      </Paragraph>
      <FigureStats
        planned={programme.unit.plannedMinutesToDate}
        held={programme.unit.heldMinutesToDate}
        ratio={programme.unit.ratio}
        extra={[
          { label: t('followUp.unit.nqts'), value: formatNumber(locale, programme.nqts.length) },
          { label: t('followUp.unit.behind'), value: formatNumber(locale, behind) },
          { label: t('followUp.unit.unsigned'), value: formatNumber(locale, unsigned) },
        ]}
      />
      {programme.nqts.length === 0 ? (
        <Paragraph>{t('followUp.unit.noNqts')}</Paragraph>
      ) : (
        <TableScroll label={t('followUp.unit.nqtCaption', { unit: unit.name })}>
          <Table data-size="sm" zebra>
            <caption>{t('followUp.unit.nqtCaption', { unit: unit.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('followUp.col.nqt')}</th>
                <th scope="col">{t('followUp.col.mentor')}</th>
                <th scope="col">{t('followUp.col.plannedHeld')}</th>
                <th scope="col">{t('followUp.share')}</th>
                <th scope="col">{t('followUp.col.status')}</th>
                <th scope="col">{t('followUp.col.agreement')}</th>
              </tr>
            </thead>
            <tbody>
              {programme.nqts.map((n) => (
                <tr key={n.enrolmentId}>
                  <th scope="row">
                    {n.name}
                    <div className="follow-up__sub">{t('followUp.programmeYear', { year: n.programmeYear })}</div>
                  </th>
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
                  <td>
                    <AgreementCell agreement={n.agreement} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableScroll>
      )}
      {programme.mentors.length > 0 ? (
        <TableScroll label={t('followUp.unit.mentorCaption', { unit: unit.name })}>
          <Table data-size="sm" zebra>
            <caption>{t('followUp.unit.mentorCaption', { unit: unit.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('followUp.col.mentor')}</th>
                <th scope="col">{t('followUp.col.education')}</th>
                <th scope="col">{t('followUp.col.load')}</th>
                <th scope="col">{t('followUp.col.timePerWeek')}</th>
              </tr>
            </thead>
            <tbody>
              {programme.mentors.map((m) => (
                <tr key={m.personId}>
                  <th scope="row">{m.name}</th>
                  <td>{t(`mentorEducation.${m.mentorEducation}`)}</td>
                  <td>
                    {m.capacity === null
                      ? formatNumber(locale, m.nqtCount)
                      : t('followUp.loadValue', {
                          count: formatNumber(locale, m.nqtCount),
                          capacity: formatNumber(locale, m.capacity),
                        })}
                  </td>
                  <td>
                    {m.minutesPerWeek === null
                      ? '–'
                      : t('followUp.minutes', { minutes: formatNumber(locale, m.minutesPerWeek) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableScroll>
      ) : null}
    </section>
  );
}

/**
 * "Min enhet": the unit leader's view of the units they lead — each NQT's mentoring against the plan,
 * the mentors and their load, and whose agreement still waits for someone. The head answers for the
 * mentor having time for mentoring (seed 000), so this is where a lapse is followed up.
 */
export function MyUnitPage() {
  const { me } = useSignedIn();
  useEffect(() => markOwnPageShown(me.user.id), [me.user.id]);
  const { t } = useI18n();
  const units = useApiGet<MyUnits>(myUnitsPath);
  const title = t('followUp.unit.title');
  let body: ReactNode;
  if (units.error) body = <LoadError error={units.error} onRetry={units.reload} />;
  else if (!units.data) body = <Loading />;
  else if (units.data.units.length === 0) body = <Paragraph>{t('followUp.unit.none')}</Paragraph>;
  else {
    body = (
      <>
        {units.data.units.map((unit) => (
          <section key={unit.unitId} className="follow-up__unit" aria-labelledby={`unit-${unit.unitId}`}>
            <Heading level={2} data-size="sm" id={`unit-${unit.unitId}`}>
              {unit.name}
            </Heading>
            {unit.programmes.length === 0 ? <Paragraph>{t('followUp.unit.noProgramme')}</Paragraph> : null}
            {unit.programmes.map((p) => (
              <ProgrammeSection key={p.programmeId} unit={unit} programme={p} />
            ))}
          </section>
        ))}
        <MyAgreements party="unit_leader" hideWhenNone />
      </>
    );
  }
  return (
    <Page title={title} lead={<Paragraph>{t('followUp.unit.lead')}</Paragraph>}>
      {body}
    </Page>
  );
}
