import { Button, Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { api, errorMessage, withQuery } from '../../../lib/api.ts';
import { useI18n } from '../../../lib/i18n.tsx';

export interface ChosenPerson {
  id: string;
  name: string;
}

interface PersonHit {
  id: string;
  givenName: string;
  familyName: string;
  email: string;
}

const SHOWN = 10;

/**
 * An optional person of the owner who is responsible: search by name, pick from the hits (radio
 * buttons, so it works the same by keyboard, touch and screen reader), or "nobody".
 */
export function PersonChooser({
  id,
  ownerId,
  value,
  onChange,
}: {
  id: string;
  ownerId: string;
  value: ChosenPerson | null;
  onChange: (person: ChosenPerson | null) => void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<ChosenPerson[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function search() {
    setBusy(true);
    setProblem(null);
    try {
      const found = await api.get<{ items: PersonHit[] }>(
        withQuery(`/api/owners/${ownerId}/people`, { q: query.trim(), limit: SHOWN }),
      );
      setHits(found.items.map((p) => ({ id: p.id, name: `${p.givenName} ${p.familyName}` })));
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const options = [...(value && !hits?.some((h) => h.id === value.id) ? [value] : []), ...(hits ?? [])];
  return (
    <Fieldset data-size="sm" className="form__wide qc-person">
      <Fieldset.Legend>{t('web.qualityCycle.person')}</Fieldset.Legend>
      <Fieldset.Description>{t('web.qualityCycle.personHelp')}</Fieldset.Description>
      <div className="qc-person__search">
        <div className="qc-person__query">
          <Textfield
            id={id}
            label={t('web.qualityCycle.personSearch')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              // Enter searches here rather than submitting the measure half-filled.
              if (e.key === 'Enter') {
                e.preventDefault();
                void search();
              }
            }}
          />
        </div>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => void search()}>
          {t('web.qualityCycle.personSearchButton')}
        </Button>
      </div>
      <div aria-live="polite">
        {problem ? <Paragraph data-size="sm">{problem}</Paragraph> : null}
        {hits && hits.length === 0 ? <Paragraph data-size="sm">{t('web.qualityCycle.personNone')}</Paragraph> : null}
      </div>
      <Radio
        name={`${id}-choice`}
        value=""
        label={t('web.qualityCycle.personNobody')}
        checked={value === null}
        onChange={() => onChange(null)}
      />
      {options.map((p) => (
        <Radio
          key={p.id}
          name={`${id}-choice`}
          value={p.id}
          label={p.name}
          checked={value?.id === p.id}
          onChange={() => onChange(p)}
        />
      ))}
    </Fieldset>
  );
}
