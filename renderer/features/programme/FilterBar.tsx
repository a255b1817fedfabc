import { useId } from 'react';
import { t } from '../../components/i18n';
import { useKoers } from '../../state/store';
import type { Filters } from '../../state/types';
import { kindOptions, statusOptions } from './options';
import { LINE_PLACE_KINDS, type LinePlaceKind } from './line-places';
import type { Theme } from '../../../shared/domain/schemas';

/** One filter select with an "Alle" choice. */
function FilterSelect(props: {
  label: string;
  value: string | null;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | null) => void;
}) {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        onChange={(e) => {
          props.onChange(e.target.value === '' ? null : e.target.value);
        }}
      >
        <option value="">{t('filter.all')}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Free text, domain, theme, kind and status filters over the programme list. */
export function FilterBar(props: { themes: readonly Theme[] }) {
  const filters = useKoers((s) => s.filters);
  const setFilter = useKoers((s) => s.setFilter);
  const clear = useKoers((s) => s.clearFilters);
  const domains = useKoers((s) => s.data?.domains ?? []);
  const textId = useId();
  const depth = (theme: Theme): number => {
    let d = 0;
    let parent = theme.parentId;
    while (parent !== null && d < 10) {
      d += 1;
      parent = props.themes.find((x) => x.id === parent)?.parentId ?? null;
    }
    return d;
  };
  const active =
    filters.text !== '' ||
    filters.domainId ||
    filters.themeId ||
    filters.kind ||
    filters.status ||
    filters.line;
  return (
    <div role="search" className="filters" aria-label={t('filter.label')}>
      <div className="filter filter--text">
        <label htmlFor={textId}>{t('filter.text')}</label>
        <input
          id={textId}
          type="search"
          value={filters.text}
          placeholder={t('filter.textPlaceholder')}
          onChange={(e) => {
            setFilter('text', e.target.value);
          }}
        />
      </div>
      <FilterSelect
        label={t('filter.domain')}
        value={filters.domainId}
        options={domains.map((d) => ({ value: d.id, label: d.name }))}
        onChange={(v) => {
          setFilter('domainId', v);
        }}
      />
      <FilterSelect
        label={t('filter.theme')}
        value={filters.themeId}
        options={props.themes.map((th) => ({
          value: th.id,
          label: `${'\u2003'.repeat(depth(th))}${th.name}`,
        }))}
        onChange={(v) => {
          setFilter('themeId', v);
        }}
      />
      <FilterSelect
        label={t('filter.kind')}
        value={filters.kind}
        options={kindOptions()}
        onChange={(v) => {
          setFilter('kind', v as Filters['kind']);
        }}
      />
      <FilterSelect
        label={t('filter.status')}
        value={filters.status}
        options={statusOptions()}
        onChange={(v) => {
          setFilter('status', v as Filters['status']);
        }}
      />
      <FilterSelect
        label={t('filter.line')}
        value={filters.line ?? null}
        options={LINE_PLACE_KINDS.map((k) => ({ value: k, label: t(`filter.line.${k}`) }))}
        onChange={(v) => {
          setFilter('line', v as LinePlaceKind | null);
        }}
      />
      <button type="button" className="button button--quiet" disabled={!active} onClick={clear}>
        {t('filter.clear')}
      </button>
    </div>
  );
}
