import { NavLink, Stack } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowsExchange,
  IconBuilding,
  IconDatabase,
  IconFileText,
  IconFlag,
  IconHeadset,
  IconInbox,
  IconLayoutDashboard,
  IconSettings,
  IconTruckDelivery,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Messages } from '../i18n/ja';

interface Item {
  href: string;
  label: keyof Messages['nav'];
  icon: Icon;
}

const items: Item[] = [
  { href: '/start', label: 'start', icon: IconFlag },
  { href: '/', label: 'dashboard', icon: IconLayoutDashboard },
  { href: '/incidents', label: 'incidents', icon: IconAlertTriangle },
  { href: '/policies', label: 'policies', icon: IconFileText },
  { href: '/inventory', label: 'inventory', icon: IconDatabase },
  { href: '/entrustees', label: 'entrustees', icon: IconTruckDelivery },
  { href: '/desks', label: 'desks', icon: IconHeadset },
  { href: '/requests', label: 'requests', icon: IconInbox },
  { href: '/provisions', label: 'provisions', icon: IconArrowsExchange },
  { href: '/companies', label: 'companies', icon: IconBuilding },
];

const settingsItem: Item = { href: '/settings', label: 'settings', icon: IconSettings };

function isActive(href: string, location: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

/** The product-wide menu: every section, including those still to come, so the product's shape is visible. */
export function MainNav() {
  const { t } = useTranslation();
  const [location] = useLocation();

  const render = (item: Item) => {
    const active = isActive(item.href, location);
    const ItemIcon = item.icon;
    return (
      <NavLink
        key={item.href}
        component={Link}
        href={item.href}
        active={active}
        aria-current={active ? 'page' : undefined}
        label={t(`nav.${item.label}`)}
        leftSection={<ItemIcon size={18} stroke={1.75} aria-hidden="true" />}
        className="wb-nav-link"
      />
    );
  };

  return (
    <nav aria-label={t('app.mainNavigation')} className="wb-nav">
      <Stack gap={2} p="sm">
        {items.map(render)}
      </Stack>
      <Stack gap={2} p="sm" className="wb-nav-bottom">
        {render(settingsItem)}
      </Stack>
    </nav>
  );
}
