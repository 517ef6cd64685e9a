// Driving the VS Code workbench in Chromium like a person: quick open, command palette, mouse
// hover, side-bar tree rows, webview frames. Selectors are VS Code 1.100's DOM.
import type { Page } from '../vscode/codeServer';

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

export class Workbench {
  constructor(readonly page: Page) {}

  private async quickInput(text: string): Promise<void> {
    const page = this.page;
    await page.keyboard.press('Escape');
    await page.keyboard.press(text.startsWith('>') ? 'F1' : 'Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 15000 });
    await page.fill('.quick-input-widget input', text);
  }

  async openFile(name: string): Promise<void> {
    await this.quickInput(name);
    // Wait for the focused row, the one Enter opens: before the filter has run, Quick Open focuses
    // the most recent editor while the list already holds the file asked for.
    await this.page.waitForFunction((n: string) => [...document.querySelectorAll('.quick-input-list .monaco-list-row.focused')]
      .some(r => (r.getAttribute('aria-label') || '').includes(n)), name, { timeout: 15000 });
    await this.page.keyboard.press('Enter');
    await this.waitForTab(name);
  }

  async waitForTab(name: string): Promise<void> {
    await this.page.waitForFunction((n: string) => [...document.querySelectorAll('.tab.active')].some(t => (t as HTMLElement).innerText.includes(n)), name, { timeout: 15000 });
  }

  async runCommand(title: string): Promise<void> {
    await this.quickInput('>' + title);
    await this.page.waitForFunction((t: string) => [...document.querySelectorAll('.quick-input-list .monaco-list-row')]
      .some(r => (r.getAttribute('aria-label') || '').toLowerCase().includes(t.toLowerCase())), title, { timeout: 15000 });
    await this.page.keyboard.press('Enter');
    await sleep(300);
  }

  async openViewContainer(title: string): Promise<void> {
    const item = this.page.locator(`.part.activitybar .action-item:has(a[aria-label^="${title}"])`).first();
    await item.waitFor({ timeout: 15000 });
    if (!/\bchecked\b/.test((await item.getAttribute('class')) || '')) await item.locator('a').click();
    // The tree lists nothing until the workspace scan has found the first editorial (or ended).
    await this.page.waitForSelector('.part.sidebar .monaco-list-row', { timeout: 30000 });
    await sleep(300);
  }

  async treeRows(): Promise<{ level: number; label: string; description: string; expanded: string | null; id: string }[]> {
    return this.page.$$eval('.part.sidebar .monaco-list-row', (rows: Element[]) => rows.map(r => ({
      level: Number(r.getAttribute('aria-level') || 0),
      label: ((r.querySelector('.label-name') as HTMLElement | null)?.innerText ?? '').trim(),
      description: ((r.querySelector('.label-description') as HTMLElement | null)?.innerText ?? '').trim(),
      expanded: r.getAttribute('aria-expanded'),
      id: r.id,
    })));
  }

  /** Waits until the side bar's first tree row is `label` (the workspace scan may still be running). */
  async waitForFirstRow(label: string, timeoutMs = 30000): Promise<void> {
    await this.page.waitForFunction((l: string) => {
      const first = document.querySelector('.part.sidebar .monaco-list-row .label-name') as HTMLElement | null;
      return first?.innerText.trim() === l;
    }, label, { timeout: timeoutMs });
  }

  /** Clicks the row whose label starts with `label`; waits for its children when it expands. */
  async clickRow(label: string): Promise<void> {
    const row = (await this.treeRows()).find(r => r.label.startsWith(label));
    if (!row) throw new Error(`no tree row "${label}" in ${JSON.stringify((await this.treeRows()).map(r => r.label))}`);
    await this.page.locator(`[id="${row.id}"]`).click();
    await sleep(500);
  }

  /** Moves the mouse onto the first visible occurrence of `text` in the editor; returns the hover text. */
  async hover(text: string, timeoutMs = 20000): Promise<string> {
    const page = this.page;
    const t0 = Date.now();
    while (Date.now() - t0 < timeoutMs) {
      const pt = await page.evaluate((w: string) => {
        for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-line')) {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = (n as Text).data.indexOf(w);
            if (i < 0) continue;
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + w.length);
            const b = r.getBoundingClientRect();
            return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
          }
        }
        return null;
      }, text);
      if (!pt) { await sleep(250); continue; } // the editor may still be rendering
      await page.mouse.move(pt.x, pt.y + 150);
      await sleep(100);
      await page.mouse.move(pt.x, pt.y, { steps: 4 });
      const found = await page.waitForFunction(() => {
        const els = [...document.querySelectorAll('.monaco-hover-content')].filter(e => (e as HTMLElement).offsetParent && (e as HTMLElement).innerText.trim());
        return els.length ? els.map(e => (e as HTMLElement).innerText.trim()).join('\n') : null;
      }, null, { timeout: 3000 }).catch(() => null);
      if (found) return (await found.jsonValue()) as string;
    }
    throw new Error(`no hover over "${text}" (is it visible in the editor?)`);
  }

  /**
   * "Developer: Install Extension from Location..." with an http(s) URL: installs a web extension
   * into the browser, as vscode.dev does for extensions served by the Marketplace's CDN.
   */
  async installExtensionFromLocation(url: string): Promise<void> {
    await this.runCommand('Developer: Install Extension from Location');
    await this.page.waitForSelector('.quick-input-widget input[placeholder*="Location"]', { state: 'visible', timeout: 15000 });
    await this.page.fill('.quick-input-widget input', url);
    await this.page.keyboard.press('Enter');
    await sleep(1500);
    const error = await this.page.evaluate(() => (document.querySelector('.monaco-dialog-box') as HTMLElement | null)?.innerText ?? null);
    if (error) throw new Error(`installing ${url} failed: ${error}`);
  }

  /** "Developer: Show Running Extensions": each running extension's name and where it runs. */
  async runningExtensions(): Promise<{ name: string; text: string }[]> {
    await this.runCommand('Developer: Show Running Extensions');
    await this.page.waitForSelector('.runtime-extensions-editor .monaco-list-row', { timeout: 15000 });
    await sleep(500);
    return this.page.$$eval('.runtime-extensions-editor .monaco-list-row', (rows: Element[]) => rows.map(r => ({
      name: ((r.querySelector('.name') as HTMLElement | null)?.innerText ?? '').trim(),
      text: (r as HTMLElement).innerText.replace(/\s*\n\s*/g, ' | ').trim(),
    })));
  }

  /** The webview content frame whose document has `selector`. */
  async webviewFrame(selector: string, timeoutMs = 20000): Promise<Page> {
    const t0 = Date.now();
    while (Date.now() - t0 < timeoutMs) {
      for (const f of this.page.frames()) {
        if (f === this.page.mainFrame()) continue;
        const has = await f.evaluate((s: string) => !!document.querySelector(s), selector).catch(() => false);
        if (has) return f;
      }
      await sleep(250);
    }
    throw new Error(`no webview with ${selector}`);
  }
}
