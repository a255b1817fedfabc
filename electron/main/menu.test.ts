import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { nl } from '../../shared/i18n/messages.nl';
import { en } from '../../shared/i18n/messages.en';
import { menuTemplate } from './menu';

/** Every item of a menu template, depth first. */
const items = (menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  menu.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
const catalogue = new Set<string>(Object.values(nl));

describe.each([
  ['Windows and Linux', false],
  ['macOS', true],
])('the application menu on %s', (_platform, isMac) => {
  const menu = menuTemplate(isMac);

  it('takes every label from the Dutch catalogue, and labels every item that is not a separator', () => {
    for (const item of items(menu)) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toBeDefined();
      expect(catalogue.has(item.label!), `label "${item.label ?? ''}"`).toBe(true);
    }
  });

  it('has the Dutch top-level menus', () => {
    const top = menu.map((m) => m.label);
    expect(top).toEqual(
      expect.arrayContaining([
        nl['menu.file'],
        nl['menu.edit'],
        nl['menu.view'],
        nl['menu.window'],
        nl['menu.help'],
      ]),
    );
  });

  it('leaves Ctrl+Z to the page, whose undo covers every edit', () => {
    const undo = items(menu).filter((i) => i.role === 'undo' || i.role === 'redo');
    expect(undo).toHaveLength(2);
    for (const item of undo) expect(item.registerAccelerator).toBe(false);
  });

  it('does its work through roles only, with no click handler of its own but the languages', () => {
    const languages = new Set<string>([nl['settings.language.nl'], nl['settings.language.en']]);
    for (const item of items(menu))
      if (!(item.type === 'radio' && languages.has(item.label!)))
        expect(item.click, item.label).toBeUndefined();
  });
});

describe('the macOS app menu', () => {
  it('comes first, is named Koers and holds about, hide and quit', () => {
    const [app] = menuTemplate(true);
    expect(app!.label).toBe(nl['app.name']);
    const roles = items([app!]).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['about', 'services', 'hide', 'quit']));
  });

  it('is absent elsewhere, where Bestand holds quit', () => {
    const [file] = menuTemplate(false);
    expect(file!.label).toBe(nl['menu.file']);
    expect(items([file!]).map((i) => i.role)).toContain('quit');
  });
});

describe('the language items (issue 14)', () => {
  /** The radio items of Beeld › Taal (View › Language). */
  const languageItems = (menu: MenuItemConstructorOptions[], label: string) => {
    const submenu = items(menu).find((i) => i.label === label)?.submenu;
    return Array.isArray(submenu) ? submenu : [];
  };

  it.each([false, true])('speak English when the page does (macOS: %s)', (isMac) => {
    const english = new Set<string>(Object.values(en));
    const menu = menuTemplate(isMac, 'en');
    for (const item of items(menu))
      if (item.type !== 'separator')
        expect(english.has(item.label!), `label "${item.label ?? ''}"`).toBe(true);
    expect(menu.map((m) => m.label)).toEqual(expect.arrayContaining(['File', 'Edit', 'View']));
  });

  it('list Nederlands and English under Beeld › Taal, the current one checked', () => {
    const dutch = languageItems(menuTemplate(false, 'nl'), nl['menu.language']);
    expect(dutch.map((i) => [i.type, i.label, i.checked])).toEqual([
      ['radio', 'Nederlands', true],
      ['radio', 'English', false],
    ]);
    const english = languageItems(menuTemplate(true, 'en'), en['menu.language']);
    expect(english.map((i) => [i.label, i.checked])).toEqual([
      ['Nederlands', false],
      ['English', true],
    ]);
  });

  it('hand the language picked to the one who builds the menu (it tells the page)', () => {
    const chosen = vi.fn();
    const [, english] = languageItems(menuTemplate(false, 'nl', chosen), nl['menu.language']);
    (english!.click as () => void)();
    expect(chosen).toHaveBeenCalledExactlyOnceWith('en');
  });
});
