import { AppShell } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppClockProvider } from '../lib/appClock';
import { useSettingsLanguage } from '../lib/useSettingsLanguage';
import { SampleBanner } from '../features/start/SampleBanner';
import { AppRoutes } from './AppRoutes';
import { HeaderBar } from './HeaderBar';
import { MainNav } from './MainNav';

/** The window: header, the product-wide menu on the left, and the current screen. */
export function AppFrame() {
  const { t } = useTranslation();
  useSettingsLanguage();

  return (
    // Every screen counts from the app's clock (APPI_WORKBENCH_CLOCK may move it), known before the first one shows.
    <AppClockProvider>
      <AppShell header={{ height: 48 }} navbar={{ width: 224, breakpoint: 0 }} padding="xl">
        {/* Routes live in the hash, so the skip link moves focus itself instead of changing the hash. */}
        <a
          className="wb-skip-link"
          href="#main-content"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById('main-content')?.focus();
          }}
        >
          {t('app.skipToContent')}
        </a>
        <AppShell.Header>
          <HeaderBar />
        </AppShell.Header>
        <AppShell.Navbar>
          <MainNav />
        </AppShell.Navbar>
        <AppShell.Main id="main-content" tabIndex={-1} className="wb-main">
          <SampleBanner />
          <AppRoutes />
        </AppShell.Main>
      </AppShell>
    </AppClockProvider>
  );
}
