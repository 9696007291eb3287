import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { Client } from '../../shared/rpc/client';
import { ClientContext } from '../api/context';
import { WorkspaceChangedNotice } from '../api/WorkspaceChangedNotice';
import { useLanguage } from '../lib/useLanguage';
import { AppFrame } from './AppFrame';
import { theme } from './theme';

interface AppProps {
  client: Client;
  queryClient: QueryClient;
  styleNonce: string | undefined;
}

/** Providers only; the screens start at AppFrame. Hash routes keep the place on reload in both shells. */
export function App({ client, queryClient, styleNonce }: AppProps) {
  const language = useLanguage();
  return (
    <ClientContext value={client}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme} forceColorScheme="light" getStyleNonce={styleNonce ? () => styleNonce : undefined}>
          {/* Calendars start on Sunday, as Japanese calendars and DADS do; ranges read 2026/12/01〜2026/12/28. */}
          <DatesProvider settings={{ locale: language, firstDayOfWeek: 0, labelSeparator: language === 'ja' ? '〜' : '–' }}>
            <ModalsProvider>
              {/* Top centre: the header is empty there, and the form buttons at the bottom stay uncovered. */}
              <Notifications position="top-center" limit={3} autoClose={4000} />
              <Router hook={useHashLocation}>
                <AppFrame />
              </Router>
              <WorkspaceChangedNotice />
            </ModalsProvider>
          </DatesProvider>
        </MantineProvider>
      </QueryClientProvider>
    </ClientContext>
  );
}
