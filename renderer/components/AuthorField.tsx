import { useId, useState } from 'react';
import { Version } from '../../shared/domain/versions';
import { describeFieldIssue } from '../../shared/validation/describe';
import type { Message } from '../../shared/i18n/translate';
import { readAuthor, writeAuthor } from '../platform/settings';
import { t, tm } from './i18n';

/**
 * "Uw naam": the name versions and amendments are signed with. A setting of this computer (kept
 * in localStorage, never in the data and never undone), stored as it is typed.
 */
export function AuthorField(props: { className?: string }) {
  const id = useId();
  const [name, setName] = useState(readAuthor);
  const [error, setError] = useState<Message | null>(null);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field ${props.className ?? ''} ${error ? 'field--invalid' : ''}`}>
      <label htmlFor={id}>{t('versions.author.label')}</label>
      <input
        id={id}
        type="text"
        value={name}
        maxLength={100}
        autoComplete="name"
        aria-invalid={error !== null}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onChange={(e) => {
          const text = e.target.value;
          setName(text);
          const parsed = Version.shape.author.safeParse(text);
          const issue = parsed.success ? undefined : parsed.error.issues[0];
          setError(issue ? describeFieldIssue(issue) : null);
          if (parsed.success) writeAuthor(parsed.data);
        }}
      />
      <p className="field__hint" id={hintId}>
        {t('versions.author.hint')}
      </p>
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {tm(error)}
        </p>
      ) : null}
    </div>
  );
}
