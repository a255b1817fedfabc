import type { MenuItemConstructorOptions } from 'electron';
import { CATALOGUES, translate } from '../../shared/i18n/translate';
import { LANGUAGES, type Language } from '../../shared/i18n/language';
import type { MessageKey } from '../../shared/i18n/messages.nl';

/**
 * The application menu in the page's language, every label from the message catalogue; roles
 * do the work, so the menu holds no behaviour of its own, except the language items (Beeld ›
 * Taal, issue 14), which hand the choice to `onLanguage` (index.ts tells the page). On macOS the
 * first menu is the app menu (Apple HIG).
 */
export function menuTemplate(
  isMac: boolean,
  language: Language = 'nl',
  onLanguage: (language: Language) => void = () => undefined,
): MenuItemConstructorOptions[] {
  const t = (key: MessageKey) => translate(key, {}, CATALOGUES[language]);
  // Each language by its own name (Nederlands, English), as language menus everywhere do.
  const languages: MenuItemConstructorOptions = {
    label: t('menu.language'),
    submenu: LANGUAGES.map((l) => ({
      type: 'radio' as const,
      label: CATALOGUES[l][`settings.language.${l}`],
      checked: l === language,
      click: () => {
        onLanguage(l);
      },
    })),
  };
  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      isMac ? { role: 'close', label: t('menu.close') } : { role: 'quit', label: t('menu.quit') },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      // Not registered as accelerators: Ctrl+Z must reach the page, whose undo covers every
      // edit (outside a text box); inside a text box the page leaves it to the box.
      { role: 'undo', label: t('menu.undo'), registerAccelerator: false },
      { role: 'redo', label: t('menu.redo'), registerAccelerator: false },
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { role: 'reload', label: t('menu.reload') },
      { type: 'separator' },
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.fullscreen') },
      { type: 'separator' },
      languages,
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t('menu.window'),
    submenu: isMac
      ? [
          { role: 'minimize', label: t('menu.minimize') },
          { role: 'zoom', label: t('menu.zoom') },
          { type: 'separator' },
          { role: 'front', label: t('menu.front') },
        ]
      : [
          { role: 'minimize', label: t('menu.minimize') },
          { role: 'close', label: t('menu.close') },
        ],
  };
  const help: MenuItemConstructorOptions = {
    label: t('menu.help'),
    submenu: [{ role: 'about', label: t('menu.about') }],
  };
  if (!isMac) return [file, edit, view, windowMenu, help];
  const app: MenuItemConstructorOptions = {
    label: t('app.name'),
    submenu: [
      { role: 'about', label: t('menu.about') },
      { type: 'separator' },
      { role: 'services', label: t('menu.services') },
      { type: 'separator' },
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.unhide') },
      { type: 'separator' },
      { role: 'quit', label: t('menu.quit') },
    ],
  };
  return [app, file, edit, view, windowMenu, help];
}
