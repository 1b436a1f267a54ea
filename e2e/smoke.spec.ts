import { expect, test } from '@playwright/test';
import { AppPage } from './app';

test('@smoke opens on a built-in scenario with what the checker made of it', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rendezvous');
  await expect(page.getByTestId('scenario-title')).toHaveText('Synchronous RPC: the caller waits');
  await expect(page.getByTestId('summary-processes')).toHaveText('Client, Server');
  await expect(page.getByTestId('summary-queues')).toHaveText('—');
  await expect(page.getByText('No problems found.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Scenario source' })).toContainText(
    'call Server "GET /balance"',
  );
  await expect(app.process('Client')).toBeVisible();
  await expect(app.process('Server')).toBeVisible();
  await app.shot('smoke');
  app.expectNoErrors();
});
