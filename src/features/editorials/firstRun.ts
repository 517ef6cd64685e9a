// The first time the extension runs in a profile: its walkthrough, with the UPSC view open beside
// it. VS Code opens a walkthrough by itself only for an extension installed from the Marketplace;
// one installed from a .vsix (how this one is installed) or started by `npm start` would open on
// nothing. VS Code's own switch for that (`workbench.welcomePage.walkthroughs.openOnInstall`)
// is honoured, so a student who turned walkthroughs off is not shown this one either.
import * as vscode from 'vscode';

const SHOWN_KEY = 'upscEditorials.walkthroughShown';
export const WALKTHROUGH_ID = 'upscEditorials.start';

export function showWalkthroughOnce(extension: vscode.ExtensionContext): void {
  // Tests drive the window themselves; a walkthrough taking the editor would get in their way.
  if (extension.extensionMode === vscode.ExtensionMode.Test || extension.globalState.get<boolean>(SHOWN_KEY)) return;
  void extension.globalState.update(SHOWN_KEY, true);
  if (vscode.workspace.getConfiguration('workbench.welcomePage.walkthroughs').get<boolean>('openOnInstall') === false) return;
  void Promise.resolve(vscode.commands.executeCommand('workbench.view.extension.upscEditorials'))
    .then(() => vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extension.extension.id}#${WALKTHROUGH_ID}`, false))
    .then(undefined, () => undefined); // a host without walkthroughs (an old vscode.dev) just has none
}
