import { Button, Heading, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { formatNumber, useI18n } from '../../../lib/i18n.tsx';
import type { NetworkGroup, NetworkMember } from '../api.ts';

/** Why the group looks as it does: size and units, years, last year's group, travel. */
export function GroupWhy({ group }: { group: NetworkGroup }) {
  const { t, locale } = useI18n();
  const n = (x: number) => formatNumber(locale, x);
  const { why } = group;
  return (
    <div className="network-why">
      <Paragraph data-size="sm">
        {t('web.networks.group.why.size', { size: n(why.size), units: n(why.units), maxUnit: n(why.maxFromOneUnit) })}
      </Paragraph>
      {why.yearTwo > 0 ? (
        <Paragraph data-size="sm">
          {t('web.networks.group.why.years', {
            yearOne: n(why.yearOne),
            yearTwo: n(why.yearTwo),
            fair: n(why.fairYearTwo),
          })}
        </Paragraph>
      ) : null}
      {group.continuesGroupName ? (
        <Paragraph data-size="sm">
          {t('web.networks.group.why.kept', { name: group.continuesGroupName, kept: n(why.keptFromLastYear) })}
        </Paragraph>
      ) : null}
      {why.averageKm !== null && why.maxKm !== null ? (
        <Paragraph data-size="sm">
          {t('web.networks.group.why.km', { average: n(why.averageKm), max: n(why.maxKm) })}
        </Paragraph>
      ) : null}
    </div>
  );
}

export interface MoveTarget {
  id: string;
  name: string;
}

/** Choose a group and move the person there (the server checks the rules). */
function MoveControl({
  member,
  targets,
  onMove,
}: {
  member: NetworkMember;
  targets: MoveTarget[];
  onMove: (personId: string, toGroupId: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <div className="network-move">
      {/* The column header says "Move to"; the select's own name says whom. */}
      <Select
        aria-label={t('web.networks.move.label', { name: member.name })}
        data-size="sm"
        value={to}
        onChange={(e) => setTo(e.target.value)}
      >
        <option value="">{t('web.networks.move.choose')}</option>
        {targets.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </Select>
      <Button
        variant="secondary"
        data-size="sm"
        disabled={to === ''}
        loading={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await onMove(member.personId, to);
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('web.networks.move.button')}
        <span className="visually-hidden"> {member.name}</span>
      </Button>
    </div>
  );
}

/** A table of members: name, unit, year, and (for the coordinator) where to move them. */
export function MemberTable({
  caption,
  members,
  showYear,
  targets,
  onMove,
}: {
  caption: string;
  members: NetworkMember[];
  showYear: boolean;
  targets?: MoveTarget[];
  onMove?: (personId: string, toGroupId: string) => Promise<void>;
}) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <Table data-size="sm" zebra>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('web.networks.column.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('web.networks.column.unit')}</Table.HeaderCell>
            {showYear ? <Table.HeaderCell>{t('web.networks.column.year')}</Table.HeaderCell> : null}
            {onMove ? <Table.HeaderCell>{t('web.networks.column.move')}</Table.HeaderCell> : null}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {members.map((m) => (
            <Table.Row key={m.personId}>
              <Table.Cell>{m.name}</Table.Cell>
              <Table.Cell>{m.unitName ?? t('web.networks.noUnit')}</Table.Cell>
              {showYear ? (
                <Table.Cell className="nowrap">
                  {m.programmeYear ? t('web.networks.year', { year: String(m.programmeYear) }) : ''}
                </Table.Cell>
              ) : null}
              {onMove && targets ? (
                <Table.Cell>
                  <MoveControl member={m} targets={targets} onMove={onMove} />
                </Table.Cell>
              ) : null}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** One group: its name as a heading, why it looks as it does, and its members. */
export function GroupCard({
  group,
  showYear,
  targets,
  onMove,
}: {
  group: NetworkGroup;
  showYear: boolean;
  targets?: MoveTarget[];
  onMove?: (personId: string, toGroupId: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="network-group" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {group.name}
      </Heading>
      <GroupWhy group={group} />
      <MemberTable
        caption={t('web.networks.group.caption', { group: group.name })}
        members={group.members}
        showYear={showYear}
        {...(targets && onMove ? { targets: targets.filter((g) => g.id !== group.id), onMove } : {})}
      />
    </section>
  );
}
