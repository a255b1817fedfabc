import { t } from '../../components/i18n';
import { AmendmentLog } from './AmendmentLog';
import { CompareSection } from './CompareSection';
import { VersionsSection } from './VersionsSection';

/** The programme through its year: versions and adoption, the amendments since, a comparison. */
export function VersionsScreen() {
  return (
    <section className="screen" aria-labelledby="versions-title">
      <div className="screen__head">
        <h1 id="versions-title">{t('versions.title')}</h1>
      </div>
      <div className="cards">
        <VersionsSection />
        <AmendmentLog />
        <CompareSection />
      </div>
    </section>
  );
}
