// Writing what-ifs in the editor: fault lines and timeouts are highlighted, checked with a hint,
// completed, and `break` is in the palette (SPEC §6).
import { expect, test } from '@playwright/test';
import { AppPage, typeScenario } from './app';

const RETRY = `process Client
  repeat 3
    call Server "ping" timeout 4
    if not timedout
      break
    end
  end
end
process Server
  loop
    recv
    reply "pong"
  end
end
lose Server Client
restart Server at 3
`;

test('a restart without a crash is reported with a hint; the palette inserts the retry idiom', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await typeScenario(page, RETRY);
  const problems = page.getByRole('list', { name: 'Problems' });
  await expect(problems).toContainText('16:1');
  await expect(problems).toContainText('add `crash Server at T` with T before 3');
  // Words of §6 are highlighted as keywords where they stand.
  const line3 = page.locator('.cm-line').nth(2);
  await expect(line3.locator('.rdv-keyword', { hasText: 'timeout' })).toBeVisible();
  await app.shot('editor-failures');

  await typeScenario(page, RETRY.replace('restart Server at 3\n', 'process Other\n  compute 1\nend\n'));
  await page.keyboard.press('ControlOrMeta+End');
  await page.getByRole('button', { name: 'Insert break' }).click();
  await expect(page.locator('.cm-content')).toContainText('if not timedout');
  await expect(page.locator('.cm-content')).toContainText('call Client "request" timeout 4');
  await expect(problems).not.toContainText('break');
  await app.shot('editor-palette-break');
});
