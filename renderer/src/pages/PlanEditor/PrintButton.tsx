import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { printRoute, type PrintTarget, type ShellBridge } from '@shared/api/shell-channels';

function shell(): ShellBridge | undefined {
  return (window as unknown as { microplanShell?: ShellBridge }).microplanShell;
}

/**
 * In the desktop app: a PDF through the shell's printToPDF and a save dialog. In browser mode:
 * the print route, which the browser prints (or saves as PDF) itself. Used for plans, advice and campaign reports.
 */
export function PrintButton({ target, name, disabled, label }: { target: PrintTarget; name: string; disabled: boolean; label: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const bridge = shell();
  if (!bridge) {
    return (
      <Button variant="light" component={Link} to={printRoute(target)} disabled={disabled}>
        {label}
      </Button>
    );
  }
  const print = async () => {
    setBusy(true);
    try {
      const result = await bridge.printToPdf(target, `${name.replace(/[/\\:*?"<>|]/g, '-').slice(0, 110) || 'microplan'}.pdf`);
      if (!result.ok) notifications.show({ color: 'red', message: t(result.error.code === 'unauthorized' ? 'plans.print.refused' : 'plans.print.failed') });
      else if (result.data.saved) notifications.show({ color: 'green', message: result.data.filePath ?? '' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="light" onClick={() => void print()} loading={busy} disabled={disabled}>
      {label}
    </Button>
  );
}
