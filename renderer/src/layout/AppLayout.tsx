import { AppShell, Badge, Group, NavLink, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useDue } from '../api/use-campaigns';
import { useToday } from '../lib/dates';
import { useDueNotifications } from '../lib/use-due-notifications';
import { usePreferences } from '../preferences/preferences';
import classes from './AppLayout.module.css';
import { focusMain, mainId, useFocusMainOnNavigation } from './main-focus';

/** Only areas that work are listed; later features add their entry here. */
const navigation = [
  { to: '/due', label: 'nav.due' },
  { to: '/campaigns', label: 'nav.campaigns' },
  { to: '/ambassadors', label: 'nav.ambassadors' },
  { to: '/creators', label: 'nav.creators' },
  { to: '/plans', label: 'nav.plans' },
  { to: '/wizard', label: 'nav.wizard' },
  { to: '/templates', label: 'nav.templates' },
  { to: '/clients', label: 'nav.clients' },
  { to: '/benchmarks', label: 'nav.benchmarks' },
  { to: '/settings', label: 'nav.settings' },
] as const;

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { settings } = usePreferences();
  const due = useDue(useToday());
  useDueNotifications(due.data);
  const urgent = (due.data ?? []).filter((r) => r.state !== 'upcoming').length;
  useFocusMainOnNavigation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'xs' }} padding="lg">
      {/* The first Tab stop. Not href="#main-content": with hash routing that would be a route. */}
      <a
        href={`#${pathname}`}
        className={classes.skipLink}
        onClick={(event) => {
          event.preventDefault();
          focusMain();
        }}
      >
        {t('app.skipToContent')}
      </a>
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
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            label={t(item.label)}
            active={pathname.startsWith(item.to)}
            rightSection={
              item.to === '/due' && urgent > 0 ? (
                <Badge size="sm" color="red" circle aria-label={t('due.badge', { count: urgent })}>
                  {urgent}
                </Badge>
              ) : undefined
            }
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id={mainId}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
