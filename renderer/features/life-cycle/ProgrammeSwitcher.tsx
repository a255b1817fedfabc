import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { programmeState } from '../../../shared/domain/programme';
import type { Programme } from '../../../shared/domain/schemas';
import { formatDate } from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import { useKoers } from '../../state/store';
import { NewProgrammeDialog } from './NewProgrammeDialog';

/** A programme's state in words: Concept, Vastgesteld 9 oktober 2025, Afgesloten. */
export function stateText(programme: Programme): string {
  const state = programmeState(programme);
  if (state === 'vastgesteld' && programme.adoption)
    return t('switcher.adopted', { date: formatDate(programme.adoption.on) });
  return t(`state.${state}`);
}

/**
 * The programme in the header: a menu button with the chosen programme's name and state that
 * lists the organisation's programmes by year (newest first) with their state, and *Nieuw
 * werkprogramma…* (the WAI-ARIA menu button pattern: arrows, Home, End, Escape gives focus back).
 */
export function ProgrammeSwitcher() {
  // The programmes as stored (also while a saved version is looked at).
  const data = useKoers((s) => s.liveData);
  const chooseProgramme = useKoers((s) => s.chooseProgramme);
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const items = (): HTMLElement[] => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []),
  ];

  // Opened: focus goes to the programme on screen.
  useEffect(() => {
    if (!open) return;
    const list = items();
    (list.find((el) => el.getAttribute('aria-checked') === 'true') ?? list[0])?.focus();
  }, [open]);

  // A click outside closes the menu (focus stays where the person put it).
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => {
      document.removeEventListener('mousedown', away);
    };
  }, [open]);

  if (!data) return null;
  const programmes = [...data.programmes].sort((a, b) => b.year - a.year);
  const nextExists = programmes.some((p) => p.year === data.programme.year + 1);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => {
      e.preventDefault();
      list[(i + list.length) % list.length]?.focus();
    };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') setOpen(false);
  };
  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
    }
  };

  return (
    <div className="app__programme switcher">
      <button
        ref={button}
        type="button"
        className="switcher__button"
        aria-label={t('switcher.current', {
          name: data.programme.name,
          state: stateText(data.programme),
        })}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setOpen((o) => !o);
        }}
        onKeyDown={onButtonKey}
      >
        <span className="app__programme-name">{data.programme.name}</span>
        <span className="app__programme-state">{stateText(data.programme)}</span>
        <span className="switcher__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open ? (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          tabIndex={-1}
          className="switcher__menu"
          aria-label={t('switcher.list', { org: data.organisation.shortName })}
          onKeyDown={onMenuKey}
        >
          {programmes.map((p) => (
            <button
              key={p.id}
              type="button"
              role="menuitemradio"
              aria-checked={p.id === data.programme.id}
              tabIndex={-1}
              className="switcher__item"
              onClick={() => {
                if (p.id !== data.programme.id) chooseProgramme(p.id);
                close();
              }}
            >
              <span className="switcher__year">{p.year}</span>
              <span className="switcher__name">{p.name}</span>
              <span className={`switcher__badge switcher__badge--${programmeState(p)}`}>
                {stateText(p)}
              </span>
            </button>
          ))}
          <div role="separator" className="switcher__separator" />
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="switcher__item switcher__item--new"
            aria-disabled={nextExists ? true : undefined}
            onClick={() => {
              if (nextExists) return;
              setOpen(false);
              setDialog(true);
            }}
          >
            <span className="switcher__name">{t('switcher.new')}</span>
            <span className="switcher__hint">
              {nextExists
                ? t('switcher.nextExists', { year: data.programme.year + 1 })
                : t('switcher.newHint', {
                    year: data.programme.year + 1,
                    name: data.programme.name,
                  })}
            </span>
          </button>
        </div>
      ) : null}
      {dialog
        ? // Outside the header's landmark: the dialog is the page's own.
          createPortal(
            <NewProgrammeDialog
              onClose={() => {
                setDialog(false);
                button.current?.focus();
              }}
            />,
            document.body,
          )
        : null}
    </div>
  );
}
