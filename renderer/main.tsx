/// <reference types="vite/client" />
// First, before any module that builds a zod schema (see the file).
import './app/zodConfig';
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './styles/app.css';
import './styles/incidents.css';
import './styles/incident-lists.css';
import './styles/dashboard.css';
import 'dayjs/locale/ja';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../shared/rpc/client';
import { chooseTransport } from './api/transport';
import { App } from './app/App';
import { moveRouteIntoHash } from './app/entryUrl';
import { installStyleNonce } from './app/nonce';
import { createQueryClient } from './app/queryClient';
import { initI18n } from './i18n';

// The nonce must be in place before the first Mantine or react-remove-scroll style tag is written.
const styleNonce = installStyleNonce();
initI18n('ja');

// The transport first: in browser mode it takes the token out of the address before anything rewrites it.
const client = createClient(chooseTransport());
moveRouteIntoHash();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <App client={client} queryClient={createQueryClient()} styleNonce={styleNonce} />
  </StrictMode>,
);
