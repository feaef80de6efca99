import { useNavigate } from 'react-router';
import { useSignedIn } from '../../../app/session.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { NoOwnerAccess } from '../../../lib/no-access.tsx';
import { Page } from '../../../lib/page.tsx';
import { createUnit } from '../api.ts';
import { UnitForm } from '../components/unit-form.tsx';

export function NewUnitPage() {
  const t = useT();
  const { owner } = useSignedIn();
  const navigate = useNavigate();
  if (!owner?.abilities.manageOrganisation) return <NoOwnerAccess />;
  return (
    <Page title={t('web.units.newTitle')}>
      <section className="section">
        <UnitForm
          submitLabel={t('web.units.create')}
          onSave={async (input) => {
            const unit = await createUnit(owner.id, input);
            navigate(`/enheter/${unit.id}`, { state: { saved: 'created' } });
          }}
          onCancel={() => navigate('/enheter')}
        />
      </section>
    </Page>
  );
}
