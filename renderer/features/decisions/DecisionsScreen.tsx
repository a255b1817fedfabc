import { AuthorField } from '../../components/AuthorField';
import { t } from '../../components/i18n';
import { DecisionLog } from './DecisionLog';
import { ReviewMode } from './ReviewMode';

/** *Besluiten* (issue 12): the review mode around the line, and the log of every decision. */
export function DecisionsScreen() {
  return (
    <section className="screen" aria-labelledby="decisions-title">
      <div className="screen__head">
        <h1 id="decisions-title">{t('decisions.title')}</h1>
        <AuthorField className="decisions__author" />
      </div>
      <div className="cards">
        <ReviewMode />
        <DecisionLog />
      </div>
    </section>
  );
}
