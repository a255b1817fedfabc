// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

/** Layer rules (STYLE.md): each message says what to use instead. */
const node = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process'],
  message: 'Node-modules horen alleen in electron/main.',
};
const electron = {
  group: ['electron', 'electron/*'],
  message: 'Electron hoort alleen in electron/; de pagina gebruikt renderer/platform/host.ts.',
};
const toRenderer = {
  group: ['**/renderer/**'],
  message: 'shared/ en electron/ importeren nooit uit renderer/.',
};
const toElectron = {
  group: ['**/electron/**'],
  message: 'Alleen electron/ zelf importeert uit electron/; gebruik shared/contract.',
};
const uiLibs = {
  group: [
    'react',
    'react-dom',
    'react-dom/*',
    'zustand',
    'zustand/*',
    'dexie',
    'dexie-react-hooks',
  ],
  message: 'shared/ is puur: geen React, zustand of Dexie.',
};
const dexie = {
  group: ['dexie', 'dexie-react-hooks'],
  message: 'Alleen renderer/db/ raakt Dexie aan; gebruik een repository.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      '.tmp/**',
      'test-results/**',
      'playwright-report/**',
      'build/scripts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.object.name="ipcMain"]',
          message: 'Gebruik handle() uit electron/main/ipc/register.ts.',
        },
      ],
    },
  },
  { files: ['**/*.js', '*.config.ts'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [node, electron, toRenderer, toElectron, uiLibs] },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'localStorage',
        'indexedDB',
        'fetch',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'shared/ krijgt de klok als parameter.' },
        { object: 'Math', property: 'random', message: 'shared/ krijgt de id-bron als parameter.' },
        {
          object: 'crypto',
          property: 'randomUUID',
          message: 'shared/ krijgt de id-bron als parameter.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [node, electron, toElectron, dexie] }],
    },
  },
  {
    files: ['renderer/db/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [node, electron, toElectron] }] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            node,
            toRenderer,
            {
              group: ['**/shared/domain/**', '**/shared/planning/**'],
              message: 'De preload kent alleen shared/contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [toRenderer] }] },
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.strict.rules },
  },
  {
    // Figures on screen go through shared/format/nl.ts (Dutch separators, one rounding rule
    // for scores, one sign for negative money); a bare toFixed/toString/String shows 82.5 or
    // -378675. shared/format itself is the exemption (it is not under renderer/).
    files: ['renderer/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        // Repeated from above: a later block replaces the rule's options for these files.
        {
          selector: 'CallExpression[callee.object.name="ipcMain"]',
          message: 'Gebruik handle() uit electron/main/ipc/register.ts.',
        },
        ...['toFixed', 'toPrecision', 'toLocaleString'].map((name) => ({
          selector: `CallExpression[callee.property.name='${name}']`,
          message: `Geen ${name}() op getallen in het scherm: gebruik de formatters in shared/format/nl.ts (formatNumber, formatScore, formatMoney, formatPercent, …).`,
        })),
        {
          selector: "CallExpression[callee.property.name='toString'][arguments.length=0]",
          message:
            'Geen toString() op getallen in het scherm: gebruik de formatters in shared/format/nl.ts.',
        },
        {
          selector: "CallExpression[callee.type='Identifier'][callee.name='String']",
          message:
            'Geen String(getal) in het scherm: gebruik de formatters in shared/format/nl.ts (een select-waarde of sleutel die niemand leest: zeg dat in een eslint-disable-regel).',
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
