import { useEffect, useRef, useState } from 'react';
import type { Mjp, Theme } from '../../../shared/domain/schemas';
import {
  MJP_YEARS,
  formatYear,
  isMjpYear,
  mjpPeriod,
  mjpStructure,
  overlappingMjps,
  programmesOfMjp,
  programmesOutside,
  childrenOf,
  type MjpStructure,
} from '../../../shared/edit/mjp';
import type { Parsed } from '../../components/fields';
import { ParsedField, TextField } from '../../components/fields';
import { t } from '../../components/i18n';
import { parseRequired } from '../../components/parse';
import { setField } from '../../state/commands/calls';
import { useCommands, useKoers } from '../../state/store';
import { NewMjpDialog } from './NewMjpDialog';

/** Reads a year as typed ("2029"), refused in Dutch outside the MJP's range. */
function parseYear(text: string): Parsed<number> {
  const year = /^\s*\d{1,4}\s*$/.test(text) ? Number(text) : NaN;
  return isMjpYear(year)
    ? { ok: true, value: year }
    : { ok: false, error: { key: 'mjp.yearRange', params: { ...MJP_YEARS } } };
}

/** An MJP's name, with its period where the name does not already say it. */
const mjpTitle = (m: Mjp): string =>
  m.name.includes(mjpPeriod(m)) ? m.name : `${m.name} (${mjpPeriod(m)})`;

/** Where focus goes after the next render: an entry's name, one of its buttons, or the heading. */
type FocusRequest =
  { readonly theme: string; readonly control: 'name' | 'up' | 'down' } | { readonly heading: true };

/**
 * The organisation's multi-year perspectives (issue 10, "An MJP is data"): the list (name,
 * period, structure, the programmes that use each), *MJP toevoegen*, and the editor of the chosen
 * MJP (the programme's own by default): its name and period, and its focuses with themes, or its
 * flat list of goals: add, rename, describe, move up or down, delete (refused while in use).
 * The programme's MJP is shown, not changed here (the copy-forward maps themes).
 */
export function MjpEditor() {
  const data = useKoers((s) => s.data);
  const c = useCommands();
  const [chosen, setChosen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const root = useRef<HTMLElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  // Focus lands where the person's last action leaves them (a new entry's name, the moved
  // entry's button), once the row is drawn.
  useEffect(() => {
    if (!focus || !root.current) return;
    const el =
      'heading' in focus
        ? root.current.querySelector<HTMLElement>('.mjp__edit-title')
        : root.current.querySelector<HTMLElement>(
            focus.control === 'name'
              ? `[data-theme="${focus.theme}"] .mjp-node__name input`
              : `[data-theme="${focus.theme}"] [data-move="${focus.control}"]`,
          );
    if (!el) return;
    if ('theme' in focus && el instanceof HTMLButtonElement && el.disabled) {
      // Moved to the end: the other direction's button keeps focus in the same card.
      const other = focus.control === 'up' ? 'down' : 'up';
      root.current
        .querySelector<HTMLElement>(`[data-theme="${focus.theme}"] [data-move="${other}"]`)
        ?.focus();
    } else {
      el.focus();
      if (el instanceof HTMLInputElement) el.select();
    }
    setFocus(null);
  }, [focus, data]);

  if (!data) return null;
  const { programme } = data;
  const mjp =
    data.mjps.find((m) => m.id === chosen) ?? data.mjps.find((m) => m.id === programme.mjpId);
  const own = data.mjps.find((m) => m.id === programme.mjpId);
  const themesOf = (id: string) => data.themes.filter((x) => x.mjpId === id);

  return (
    <section className="section mjp" aria-labelledby="mjp-title" ref={root}>
      <h2 id="mjp-title">{t('mjp.title')}</h2>
      <p className="mjp__intro">
        {own ? t('mjp.belongs', { programme: programme.name, mjp: mjpTitle(own) }) : null}{' '}
        <span className="muted">{t('mjp.belongsHint')}</span>
      </p>

      <table className="grid mjp__list">
        <caption className="sr-only">{t('mjp.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mjp.colName')}</th>
            <th scope="col">{t('mjp.colPeriod')}</th>
            <th scope="col">{t('mjp.colStructure')}</th>
            <th scope="col">{t('mjp.colProgrammes')}</th>
            <th scope="col">
              <span className="sr-only">{t('mjp.colEdit')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...data.mjps]
            .sort((a, b) => a.startYear - b.startYear || a.name.localeCompare(b.name, 'nl'))
            .map((m) => {
              const used = programmesOfMjp(m.id, data.programmes);
              const structure = mjpStructure(themesOf(m.id));
              return (
                <tr key={m.id} aria-current={m.id === mjp?.id ? 'true' : undefined}>
                  <th scope="row">{m.name}</th>
                  <td>{mjpPeriod(m)}</td>
                  <td>{structure ? t(`mjp.structure.${structure}`) : t('mjp.structure.none')}</td>
                  <td>
                    {used.length > 0 ? used.map((p) => p.name).join(', ') : t('mjp.noProgrammes')}
                  </td>
                  <td className="mjp__choose">
                    {m.id === mjp?.id ? (
                      <strong>{t('mjp.editing')}</strong>
                    ) : (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('mjp.editLabel', { name: m.name })}
                        onClick={() => {
                          setChosen(m.id);
                          setFocus({ heading: true });
                        }}
                      >
                        {t('mjp.edit')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
        </tbody>
      </table>
      <button
        type="button"
        className="button"
        ref={addButton}
        onClick={() => {
          setAdding(true);
        }}
      >
        {t('mjp.add')}
      </button>
      {adding ? (
        <NewMjpDialog
          organisationId={data.organisation.id}
          mjps={data.mjps}
          onClose={(added) => {
            setAdding(false);
            if (added === null) {
              addButton.current?.focus();
              return;
            }
            setChosen(added.id);
            setFocus({ heading: true });
            c.showNotice({ key: 'mjp.added', params: { name: added.name } }, 'info');
          }}
        />
      ) : null}

      {mjp ? (
        <MjpForm
          key={mjp.id}
          mjp={mjp}
          mjps={data.mjps}
          themes={themesOf(mjp.id)}
          programmes={data.programmes}
          onFocus={setFocus}
        />
      ) : null}
    </section>
  );
}

/** The chosen MJP: its name and period with their warnings, and its entries. */
function MjpForm(props: {
  mjp: Mjp;
  mjps: readonly Mjp[];
  themes: readonly Theme[];
  programmes: Parameters<typeof programmesOutside>[1];
  onFocus: (request: FocusRequest) => void;
}) {
  const { mjp, themes } = props;
  const c = useCommands();
  const structure = mjpStructure(themes);
  const overlap = overlappingMjps(props.mjps, mjp.id, mjp.startYear, mjp.endYear);
  const outside = programmesOutside(mjp, props.programmes);
  const top = childrenOf(themes, null);
  const addTop = async () => {
    const id = await c.addMjpTheme(mjp.id, null);
    if (id !== null) props.onFocus({ theme: id, control: 'name' });
  };

  return (
    <div className="mjp__edit">
      <h3 className="mjp__edit-title" tabIndex={-1}>
        {t('mjp.editTitle', { name: mjp.name })}
      </h3>
      <div className="mjp__fields">
        <TextField
          label={t('mjp.name')}
          value={mjp.name}
          parse={parseRequired}
          save={(name) => ({ name: 'mjp/update', args: [mjp.id, { name }] })}
          className="mjp__name"
        />
        <ParsedField
          label={t('mjp.startYear')}
          value={mjp.startYear}
          format={formatYear}
          parse={parseYear}
          inputMode="numeric"
          check={(start) =>
            start > mjp.endYear
              ? { key: 'mjp.endBeforeStart', params: { start, end: mjp.endYear } }
              : null
          }
          save={(startYear) => ({ name: 'mjp/update', args: [mjp.id, { startYear }] })}
          className="mjp__year"
        />
        <ParsedField
          label={t('mjp.endYear')}
          value={mjp.endYear}
          format={formatYear}
          parse={parseYear}
          inputMode="numeric"
          check={(end) =>
            end < mjp.startYear
              ? { key: 'mjp.endBeforeStart', params: { start: mjp.startYear, end } }
              : null
          }
          save={(endYear) => ({ name: 'mjp/update', args: [mjp.id, { endYear }] })}
          className="mjp__year"
        />
      </div>
      {overlap.length > 0 ? (
        <p className="mjp__warning">
          {t('mjp.overlap', {
            period: mjpPeriod(mjp),
            others: overlap.map(mjpTitle).join(', '),
          })}
        </p>
      ) : null}
      {outside.length > 0 ? (
        <p className="mjp__warning">
          {t('mjp.outside', {
            programmes: outside.map((p) => p.name).join(', '),
            period: mjpPeriod(mjp),
          })}
        </p>
      ) : null}

      <h4 className="mjp__tree-title">{t('org.themes', { mjp: mjp.name })}</h4>
      {top.length === 0 ? <p className="muted">{t('mjp.empty')}</p> : null}
      <ul className="mjp-tree">
        {top.map((theme, i) => (
          <MjpNode
            key={theme.id}
            theme={theme}
            themes={themes}
            structure={structure}
            depth={0}
            first={i === 0}
            last={i === top.length - 1}
            onFocus={props.onFocus}
          />
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() => {
          void addTop();
        }}
      >
        {structure === 'tree'
          ? t('mjp.focusAdd')
          : structure === 'flat'
            ? t('mjp.goalAdd')
            : t('org.themeAddTop')}
      </button>
    </div>
  );
}

/** One focus, theme or goal as a card: its name across the row, buttons inside, description below. */
function MjpNode(props: {
  theme: Theme;
  themes: readonly Theme[];
  structure: MjpStructure | null;
  depth: number;
  first: boolean;
  last: boolean;
  onFocus: (request: FocusRequest) => void;
}) {
  const { theme, depth } = props;
  const c = useCommands();
  const kind = depth > 0 ? 'theme' : props.structure === 'flat' ? 'goal' : 'focus';
  const children = childrenOf(props.themes, theme.id);
  const move = async (direction: 'up' | 'down') => {
    if (await c.moveTheme(theme.id, direction))
      props.onFocus({ theme: theme.id, control: direction });
  };
  const addChild = async () => {
    const id = await c.addMjpTheme(theme.mjpId, theme.id);
    if (id !== null) props.onFocus({ theme: id, control: 'name' });
  };

  return (
    <li className={`mjp-node mjp-node--${kind}`} data-theme={theme.id}>
      <div className="mjp-node__head">
        <TextField
          label={t(
            kind === 'theme' ? 'mjp.themeName' : kind === 'goal' ? 'mjp.goalName' : 'mjp.focusName',
          )}
          value={theme.name}
          parse={parseRequired}
          save={(name) => setField('themes', theme.id, ['name'], name)}
          className="mjp-node__name"
        />
        <div className="mjp-node__actions">
          <button
            type="button"
            className="icon-button"
            data-move="up"
            aria-label={t('mjp.moveUp', { name: theme.name })}
            title={t('mjp.moveUp', { name: theme.name })}
            disabled={props.first}
            onClick={() => {
              void move('up');
            }}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="icon-button"
            data-move="down"
            aria-label={t('mjp.moveDown', { name: theme.name })}
            title={t('mjp.moveDown', { name: theme.name })}
            disabled={props.last}
            onClick={() => {
              void move('down');
            }}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className="icon-button icon-button--danger"
            aria-label={t('org.themeDelete', { name: theme.name })}
            title={t('org.themeDelete', { name: theme.name })}
            onClick={() => {
              void c.deleteTheme(theme.id).then((ok) => {
                if (ok) props.onFocus({ heading: true });
              });
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </div>
      <details className="mjp-node__description">
        <summary>
          {t('mjp.description')}
          <span className="sr-only"> {t('mjp.descriptionSubject', { name: theme.name })}</span>
          {theme.description.trim() === '' ? (
            <span className="muted"> {t('mjp.descriptionEmpty')}</span>
          ) : null}
        </summary>
        <TextField
          label={t('mjp.descriptionOf', { name: theme.name })}
          value={theme.description}
          multiline
          save={(description) => setField('themes', theme.id, ['description'], description)}
          className="field--inline"
        />
      </details>
      {depth === 0 ? (
        <>
          {children.length > 0 ? (
            <ul className="mjp-tree mjp-tree--children">
              {children.map((child, i) => (
                <MjpNode
                  key={child.id}
                  theme={child}
                  themes={props.themes}
                  structure={props.structure}
                  depth={depth + 1}
                  first={i === 0}
                  last={i === children.length - 1}
                  onFocus={props.onFocus}
                />
              ))}
            </ul>
          ) : null}
          <button
            type="button"
            className="button button--small mjp-node__add"
            aria-label={t('org.themeAddChild', { name: theme.name })}
            onClick={() => {
              void addChild();
            }}
          >
            {t('mjp.themeAdd')}
          </button>
        </>
      ) : null}
    </li>
  );
}
