import type { Locator, Page } from '@playwright/test';

/** The programme screen as a person sees it: the list, the filters and the editor. */
export class ProgrammePage {
  constructor(readonly page: Page) {}

  /** Opens the app on a fresh database and waits for the list. */
  async open(): Promise<void> {
    await this.page.goto('./');
    await this.table.waitFor();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Activiteiten' });
  }

  /** Activity rows: each has a button with the activity's title. */
  get activityButtons(): Locator {
    return this.table.locator('tbody tr:not(.group) td.col-title button');
  }

  /** The group header rows (one per MJP focus or theme with activities). */
  get groupHeaders(): Locator {
    return this.table.locator('tbody tr.group th');
  }

  row(title: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  async openActivity(title: string): Promise<void> {
    await this.table.getByRole('button', { name: title, exact: true }).click();
    await this.editor.waitFor();
  }

  get editor(): Locator {
    return this.page.getByRole('dialog');
  }

  field(label: string): Locator {
    return this.editor.getByLabel(label, { exact: true });
  }

  async closeEditor(): Promise<void> {
    await this.editor.getByRole('button', { name: 'Sluiten' }).click();
    await this.editor.waitFor({ state: 'detached' });
  }

  filter(label: string): Locator {
    return this.page.getByRole('search').getByLabel(label, { exact: true });
  }

  /** Waits until every edit is written (the header says so). */
  async saved(): Promise<void> {
    await this.page.getByText('Alles opgeslagen').waitFor();
  }
}
