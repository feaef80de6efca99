import { Button, Link as DsLink, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { AgreementParty } from '../../../../shared/schemas/agreements.ts';
import { ApiError } from '../../../lib/api.ts';
import { FormProblems, useFormProblem } from '../../../lib/form.tsx';
import { type Translate, useI18n } from '../../../lib/i18n.tsx';
import { LoadError, Loading, Saved } from '../../../lib/load-state.tsx';
import { useApiGet } from '../../../lib/use-api.ts';
import {
  acceptAgreement,
  type MyAgreement,
  type MyAgreementList,
  myAgreementPdfPath,
  myAgreementsPath,
} from '../api.ts';
import { PartyStatusTag } from './party-status.tsx';

const partyLabel = (t: Translate, party: AgreementParty) => t(`agreements.party.${party}`);

function AgreementCard({
  agreement,
  level,
  onAccepted,
  onChanged,
}: {
  agreement: MyAgreement;
  level: 3 | 4;
  onAccepted: (message: string) => void;
  onChanged: (message: string) => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const { problem, fail, clear } = useFormProblem();
  const headingId = `agreement-${agreement.id}`;
  const nqt = agreement.parties.find((p) => p.party === 'nqt')?.name ?? '';
  return (
    <article className="section" aria-labelledby={headingId}>
      <Heading level={level} data-size="xs" id={headingId}>
        {t('web.agreements.mine.cardTitle', { name: nqt, programme: agreement.programmeName })}
      </Heading>
      <Paragraph data-size="sm">
        {t('agreements.version', { version: agreement.currentVersion })} ·{' '}
        {agreement.isSigned ? t('web.agreements.signed') : t('web.agreements.notSigned')}
      </Paragraph>
      <Heading level={level === 3 ? 4 : 5} data-size="2xs">
        {t('agreements.parties')}
      </Heading>
      <ul className="agreement-parties">
        {agreement.parties.map((p) => (
          <li key={p.party}>
            {partyLabel(t, p.party)}: {p.name ?? t('agreements.notNamed')} <PartyStatusTag status={p.status} />
          </li>
        ))}
      </ul>
      <details className="agreement-text">
        <summary>{t('web.agreements.mine.readText')}</summary>
        <div className="agreement-text__body">{agreement.text}</div>
      </details>
      <FormProblems problem={problem} form={`accept-${agreement.id}`} labels={{}} />
      <div className="form__buttons">
        {agreement.mustAccept ? (
          <Button
            data-size="sm"
            loading={busy}
            onClick={async () => {
              clear();
              setBusy(true);
              try {
                await acceptAgreement(agreement.id, agreement.currentVersion);
                onAccepted(t('web.agreements.mine.accepted', { name: nqt }));
              } catch (err) {
                if (err instanceof ApiError && err.code === 'AGREEMENT_VERSION_CHANGED') onChanged(err.message);
                else fail(err);
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('web.agreements.mine.accept')}
          </Button>
        ) : (
          <Tag data-color="success" data-size="sm">
            {t('web.agreements.mine.youAccepted')}
          </Tag>
        )}
        <DsLink href={myAgreementPdfPath(agreement.id)} download>
          {t('web.agreements.pdf')}
          <span className="visually-hidden"> {nqt}</span>
        </DsLink>
      </div>
    </article>
  );
}

/**
 * The caller's agreements (optionally only those where they are `party`): the text in their language,
 * the parties, "Jeg godtar avtalen" on the version shown, and the PDF. A 409 on an outdated version
 * reloads the text and says so.
 */
export function MyAgreements({
  party,
  level = 2,
  hideWhenNone = false,
}: {
  party?: AgreementParty;
  level?: 2 | 3;
  hideWhenNone?: boolean;
}) {
  const { t } = useI18n();
  const mine = useApiGet<MyAgreementList>(myAgreementsPath);
  const [message, setMessage] = useState<{ text: string; changed: boolean } | null>(null);
  const top = useRef<HTMLDivElement>(null);
  const items = (mine.data?.items ?? []).filter((a) => !party || a.myParties.includes(party));
  if (mine.error) return <LoadError error={mine.error} onRetry={mine.reload} />;
  if (!mine.data) return <Loading />;
  if (items.length === 0 && hideWhenNone) return null;
  return (
    <section className="section" aria-labelledby="my-agreements" ref={top}>
      <Heading level={level} data-size="sm" id="my-agreements">
        {t('web.agreements.mine.title')}
      </Heading>
      <Saved message={message && !message.changed ? message.text : null} />
      <div aria-live="assertive" role="alert">
        {message?.changed ? <Paragraph>{message.text}</Paragraph> : null}
      </div>
      {items.length === 0 ? (
        <Paragraph>{t('web.agreements.mine.none')}</Paragraph>
      ) : (
        items.map((a) => (
          <AgreementCard
            key={a.id}
            agreement={a}
            level={level === 2 ? 3 : 4}
            onAccepted={(text) => {
              setMessage({ text, changed: false });
              mine.reload();
            }}
            onChanged={(text) => {
              setMessage({ text, changed: true });
              mine.reload();
            }}
          />
        ))
      )}
    </section>
  );
}
