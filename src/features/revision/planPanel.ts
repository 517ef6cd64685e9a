// "UPSC: Today's Plan": what to do today towards the next exam (cards due, new cards by the
// reading they come from, the answer to write, editorials not revised for a while), and how the
// revision is going (reviews per day for twelve weeks, streak, retention, the next 30 days'
// load). Rendered on the extension side from the review log; the page runs no script: its
// buttons are command links VS Code allows for this panel only.
import * as vscode from 'vscode';
import { answersWrittenOn, dailyPlan, type DailyPlan } from '../../core/revision/examPlan';
import { reviewStats, type ReviewStats } from '../../core/revision/reviewStats';
import { COMMANDS } from '../../services/commandIds';
import { uriFileName } from '../../core/shared/fileNames';
import { ANSWERS_FOLDER } from '../../core/practice/answerFiles';
import { DisposableStore } from '../../core/shared/disposables';
import { escapeHtml } from '../../ui/webview';
import type { FeatureContext } from '../context';
import type { ReviewSession } from './reviewPanel';

export const PLAN_VIEW_TYPE = 'upscEditorials.plan';

/** The commands the page's buttons run. */
const PAGE_COMMANDS = [COMMANDS.reviewDueCards, COMMANDS.practiseMainsAnswer, COMMANDS.reviewScope, 'workbench.action.openSettings'];

export class PlanPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly disposables = new DisposableStore();

  constructor(private readonly ctx: FeatureContext, private readonly session: ReviewSession) {
    // The plan follows ratings, new editorials and the exam settings while it is open.
    this.disposables.add(ctx.reviews.onDidChange(() => void this.refresh()));
    this.disposables.add(ctx.library.onDidChange(() => void this.refresh()));
    this.disposables.add(ctx.config.onChange(['exam.prelimsDate', 'exam.mainsDate', 'practice.answersPerDay', 'review.newCardsPerDay', 'syllabus.revisionDays'], () => void this.refresh()));
  }

  /** Today's plan and the statistics, worked out now. */
  async compute(now = new Date()): Promise<{ plan: DailyPlan; stats: ReviewStats }> {
    const queue = await this.session.due(now);
    const state = await this.ctx.reviews.load();
    const cards = this.session.allCards();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const answers = folder ? (await this.ctx.files.list(vscode.Uri.joinPath(folder, ANSWERS_FOLDER))) ?? [] : [];
    const plan = dailyPlan({
      now, queue, cards, states: state.cards,
      editorials: this.ctx.library.visible().map(e => ({ uri: e.uri, title: e.editorial.title })),
      noteTitle: uriFileName,
      exams: this.session.exams(),
      answersWrittenToday: answersWrittenOn(answers.map(([name]) => name), now),
      answersPerDay: this.ctx.config.get('practice.answersPerDay'),
      staleDays: this.ctx.config.get('syllabus.revisionDays') || 30,
    });
    return { plan, stats: reviewStats(await this.ctx.reviews.events(), state.cards, now) };
  }

  async show(): Promise<vscode.WebviewPanel> {
    if (!this.panel) {
      const media = vscode.Uri.joinPath(this.ctx.extensionUri, 'media');
      this.panel = vscode.window.createWebviewPanel(PLAN_VIEW_TYPE, vscode.l10n.t("Today's Plan"), vscode.ViewColumn.Active,
        { enableScripts: false, enableCommandUris: PAGE_COMMANDS, localResourceRoots: [media] });
      this.panel.iconPath = vscode.Uri.joinPath(media, 'icon-activitybar.svg');
      const own = this.panel.onDidDispose(() => { this.panel = undefined; own.dispose(); });
    } else this.panel.reveal();
    await this.refresh();
    return this.panel;
  }

  private async refresh(): Promise<void> {
    if (!this.panel) return;
    const { plan, stats } = await this.compute();
    if (this.panel) this.panel.webview.html = this.html(this.panel.webview, plan, stats);
  }

  private html(webview: vscode.Webview, plan: DailyPlan, stats: ReviewStats): string {
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.ctx.extensionUri, 'media', 'plan.css'));
    const t = (s: string) => escapeHtml(s);
    const button = (command: string, label: string, args?: unknown) =>
      `<a class="button" href="command:${command}${args === undefined ? '' : `?${encodeURIComponent(JSON.stringify(args))}`}">${t(label)}</a>`;
    const exam = plan.exam
      ? `<p class="exam"><strong>${t(vscode.l10n.t('{0} in {1} days', plan.exam.name, plan.exam.daysLeft))}</strong> · ${t(plan.exam.date)} · ${t(vscode.l10n.t('every card is scheduled to come back before it'))}</p>`
      : `<p class="exam">${t(vscode.l10n.t('No exam date set.'))} ${button('workbench.action.openSettings', vscode.l10n.t('Set exam dates'), ['upscEditorials.exam'])}</p>`;
    const items: string[] = [];
    items.push(`<li>${t(vscode.l10n.t('{0} cards due', plan.due))}</li>`);
    for (const f of plan.fresh) items.push(`<li>${t(vscode.l10n.t('{0} new from {1}', f.count, f.title))}</li>`);
    if (plan.freshTerms) items.push(`<li>${t(vscode.l10n.t('{0} new glossary terms from your reading', plan.freshTerms))}</li>`);
    const todo = `<ul class="plan">${items.join('')}</ul>${button(COMMANDS.reviewDueCards, vscode.l10n.t('Review now'))}`;
    const answers = plan.answers
      ? `<p>${t(vscode.l10n.t('{0} mains answer to write today', plan.answers))} ${button(COMMANDS.practiseMainsAnswer, vscode.l10n.t('Practise Mains Answer'))}</p>`
      : `<p>${t(vscode.l10n.t("Today's answer is written."))}</p>`;
    const stale = plan.stale.length
      ? `<details><summary>${t(vscode.l10n.t('{0} editorials not revised for {1} days', plan.stale.length, this.ctx.config.get('syllabus.revisionDays') || 30))}</summary><ul>${plan.stale.slice(0, 20).map(s =>
        `<li>${button(COMMANDS.reviewScope, s.title, [{ kind: 'editorial', uri: s.uri }, s.title])} <span class="meta">${t(s.lastReview ? vscode.l10n.t('last reviewed {0}', s.lastReview.slice(0, 10)) : vscode.l10n.t('never reviewed'))}</span></li>`).join('')}</ul></details>`
      : '';
    const max = Math.max(1, ...stats.perDay.map(d => d.count));
    const level = (c: number) => (c === 0 ? 0 : Math.min(4, 1 + Math.floor((3 * c) / max)));
    const cells = stats.perDay.map(d => `<span class="cell l${level(d.count)}" role="img" aria-label="${t(vscode.l10n.t('{0}: {1} reviews', d.date, d.count))}" title="${t(`${d.date}: ${d.count}`)}"></span>`).join('');
    const fmax = Math.max(1, ...stats.forecast.map(f => f.count));
    const bars = stats.forecast.map(f => `<span class="bar h${Math.round((10 * f.count) / fmax)}" role="img" aria-label="${t(vscode.l10n.t('{0}: {1} due', f.date, f.count))}" title="${t(`${f.date}: ${f.count}`)}"></span>`).join('');
    const retention = stats.retention === undefined ? '–' : `${Math.round(stats.retention * 100)} %`;
    return `<!DOCTYPE html><html lang="${t(vscode.env.language || 'en')}"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}">
<link href="${css}" rel="stylesheet"><title>${t(vscode.l10n.t("Today's Plan"))}</title></head>
<body><main>
<h1>${t(vscode.l10n.t("Today's Plan"))}</h1>
${exam}
<section aria-labelledby="today"><h2 id="today">${t(vscode.l10n.t('Today'))}</h2>${todo}${answers}${stale}</section>
<section aria-labelledby="stats"><h2 id="stats">${t(vscode.l10n.t('Revision'))}</h2>
<dl class="figures">
<div><dt>${t(vscode.l10n.t('Streak'))}</dt><dd>${t(vscode.l10n.t('{0} days', stats.streak))}</dd></div>
<div><dt>${t(vscode.l10n.t('Retention (30 days)'))}</dt><dd>${t(retention)}</dd></div>
<div><dt>${t(vscode.l10n.t('Reviews (30 days)'))}</dt><dd>${stats.reviewsLast30}</dd></div>
</dl>
<h3>${t(vscode.l10n.t('Reviews per day, last 12 weeks'))}</h3><div class="heatmap">${cells}</div>
<h3>${t(vscode.l10n.t('Cards due, next 30 days'))}</h3><div class="forecast">${bars}</div>
</section>
</main></body></html>`;
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.dispose();
  }
}
