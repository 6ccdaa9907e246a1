import { AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { usePreferences } from '../preferences/preferences';

/** Only areas that work are listed; later features add their entry here. */
const navigation = [
  { to: '/creators', label: 'nav.creators' },
  { to: '/plans', label: 'nav.plans' },
  { to: '/wizard', label: 'nav.wizard' },
  { to: '/benchmarks', label: 'nav.benchmarks' },
  { to: '/settings', label: 'nav.settings' },
] as const;

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { settings } = usePreferences();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'xs' }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={1} size="h3">
              {t('app.name')}
            </Title>
            <Text c="dimmed" size="sm" visibleFrom="sm">
              {t('app.tagline')}
            </Text>
          </Group>
          <Text size="sm" fw={500} data-testid="workspace-name">
            {settings.workspaceName}
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        {navigation.map((item) => (
          <NavLink key={item.to} component={RouterNavLink} to={item.to} label={t(item.label)} active={pathname.startsWith(item.to)} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
