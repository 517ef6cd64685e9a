// The first time the extension runs in a profile: its walkthrough, with the UPSC view open beside
// it. VS Code opens a walkthrough by itself only for an extension installed from the Marketplace;
// one installed from a .vsix (how this one is installed) or started by `npm start` would open on
// nothing. VS Code's own switch for that (`workbench.welcomePage.walkthroughs.openOnInstall`)
// is honoured where the extension host can see it, and `upscEditorials.walkthrough.openOnFirstRun`
// always.
import * as vscode from 'vscode';
import type { Config } from '../../services/config';

const SHOWN_KEY = 'upscEditorials.walkthroughShown';
export const WALKTHROUGH_ID = 'upscEditorials.start';

export function showWalkthroughOnce(extension: vscode.ExtensionContext, ready: Promise<void>, config: Config): void {
  // Tests drive the window themselves; a walkthrough taking the editor would get in their way.
  if (extension.extensionMode === vscode.ExtensionMode.Test || extension.globalState.get<boolean>(SHOWN_KEY)) return;
  // After the first scan: the view then lists the student's editorials (or the sample).
  void ready.then(async () => {
    void extension.globalState.update(SHOWN_KEY, true);
    if (!config.get('walkthrough.openOnFirstRun') || !walkthroughsWanted()) return;
    await Promise.resolve(vscode.commands.executeCommand('workbench.view.extension.upscEditorials'))
      .then(() => vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extension.extension.id}#${WALKTHROUGH_ID}`, false))
      .then(undefined, () => undefined); // a host without walkthroughs (an old vscode.dev) just has none
  });
}

/**
 * VS Code's own switch. The workbench registers it with its welcome page, which can come after
 * an extension that starts with the window (`workspaceContains`): then the extension host does
 * not see the student's value yet, hence the extension's own setting as well.
 */
function walkthroughsWanted(): boolean {
  return vscode.workspace.getConfiguration('workbench.welcomePage.walkthroughs').get<boolean>('openOnInstall') !== false;
}
