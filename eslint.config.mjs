// Layer rules after VS Code's code-layering: each folder may import only what its layer allows, and the
// rules fail closed (a package not listed for a pure layer is an error). They are errors, never warnings.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const layer = (message, ...groups) => ({ group: groups, message });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'eslint.config.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // shared/ is pure: it runs in the renderer, the core and tests alike.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure: no Node modules.' })),
          patterns: [
            {
              regex: '^(?!(zod|libphonenumber-js(/.+)?|@holiday-jp/holiday_jp|\\.{1,2}/.+)$)',
              message: 'shared/ may import only zod, libphonenumber-js, @holiday-jp/holiday_jp and other files of shared/.',
            },
            { regex: '(^|/)(main|renderer)(/|$)', message: 'shared/ never imports main/ or renderer/.' },
          ],
        },
      ],
    },
  },
  {
    // The core runs under plain Node (tests, CLI, browser mode): never Electron, never the UI.
    files: ['main/core/**/*.ts'],
    ignores: ['main/core/store/**', 'main/core/export/render/**', 'main/core/policies/import/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only main/electron/ may import electron.' },
            { name: 'better-sqlite3', message: 'Only main/core/store/ may import better-sqlite3.' },
            { name: 'pdfkit', message: 'Only main/core/export/render/ may import pdfkit.' },
            { name: 'docx', message: 'Only main/core/export/render/ may import docx.' },
            { name: 'mammoth', message: 'Only main/core/policies/import/ may import mammoth.' },
          ],
          patterns: [
            layer('The core never imports the UI or a shell.', '**/renderer/**', '**/electron/**', '**/web/**', '**/cli/**'),
            layer('The core never imports React.', 'react', 'react-*', '@mantine/*'),
          ],
        },
      ],
    },
  },
  {
    // The two renderers (pdfkit, docx) and the policy importer (mammoth): the only places those are imported.
    files: ['main/core/export/render/**/*.ts', 'main/core/policies/import/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only main/electron/ may import electron.' },
            { name: 'better-sqlite3', message: 'Only main/core/store/ may import better-sqlite3.' },
          ],
          patterns: [layer('A renderer of documents never imports the UI or a shell.', '**/renderer/**', '**/electron/**', '**/web/**', '**/cli/**')],
        },
      ],
    },
  },
  {
    files: ['main/core/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only main/electron/ may import electron.' }],
          patterns: [
            layer('The store never imports the UI, a shell or a service.', '**/renderer/**', '**/electron/**', '**/web/**', '**/cli/**'),
          ],
        },
      ],
    },
  },
  {
    // Shells: transport, windows, argv. They use the core's entry point, not its store.
    files: ['main/web/**/*.ts', 'main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only main/electron/ may import electron.' },
            { name: 'better-sqlite3', message: 'Only main/core/store/ may import better-sqlite3.' },
          ],
          patterns: [layer('A shell never imports the UI or another shell.', '**/renderer/**', '**/electron/**', '../web/**', '../cli/**')],
        },
      ],
    },
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'better-sqlite3', message: 'Only main/core/store/ may import better-sqlite3.' }],
          patterns: [layer('The Electron shell never imports the UI or another shell.', '**/renderer/**', '**/web/**', '**/cli/**')],
        },
      ],
    },
  },
  {
    // The renderer knows the typed client and shared/, nothing of Node, Electron or the core.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer runs in a sandboxed page: no Node modules.' })),
            { name: 'electron', message: 'The renderer reaches the core only through the typed client.' },
            { name: 'better-sqlite3', message: 'The renderer reaches the core only through the typed client.' },
          ],
          patterns: [{ regex: '(^|/)main(/|$)', message: 'The renderer never imports main/.' }],
        },
      ],
    },
  },
);
