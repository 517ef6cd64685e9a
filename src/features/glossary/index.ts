// The glossary feature: prelims terms in the student's notes, underlined, explained on hover,
// completed, and followed to their definition; "Look Up Term"; the Terms view of the terms the
// editorials mention; and the commands hover links call.
import * as vscode from 'vscode';
import { COMMANDS } from '../../services/commandIds';
import { showLine } from '../../ui/showLine';
import { settled } from '../../ui/termAt';
import type { FeatureContext } from '../context';
import { TermDecorations } from './termDecorations';
import { registerTermHover } from './termHover';
import { lookUpTerm, registerTermNavigation, showTerm } from './termNavigation';
import { TERMS_VIEW_ID, TermsTreeProvider } from './termsTree';

export function activate(ctx: FeatureContext): { glossary: FeatureContext['glossary']; decorations: TermDecorations } {
  const { glossary, library, commands, ready } = ctx;
  const decorations = new TermDecorations(glossary, ctx.config);
  const terms = new TermsTreeProvider(glossary, library);
  const termsView = vscode.window.createTreeView(TERMS_VIEW_ID, { treeDataProvider: terms, showCollapseAll: true });
  ctx.subscribe(decorations, terms, termsView, registerTermHover(glossary, ready), registerTermNavigation(glossary, ready));

  commands.register(COMMANDS.lookUpTerm, async () => {
    await settled(ready);
    await lookUpTerm(glossary);
  });
  // Called from hover links: arguments come from a URI, so check them.
  commands.register(COMMANDS.showTerm, async (id: unknown) => {
    const term = typeof id === 'string' ? glossary.get(id) : undefined;
    if (term) await showTerm(glossary, term);
  });
  commands.register(COMMANDS.openMention, async (uri: unknown, line: unknown) => {
    if (typeof uri !== 'string' || typeof line !== 'number' || !library.has(uri)) return;
    await showLine(uri, line);
  });
  commands.register(COMMANDS.toggleAllTerms, () => {
    terms.mentionedOnly = !terms.mentionedOnly;
    termsView.description = terms.mentionedOnly ? undefined : vscode.l10n.t('all glossary terms');
    terms.refresh();
  });
  return { glossary, decorations };
}
