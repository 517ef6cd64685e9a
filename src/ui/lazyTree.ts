// A tree view's data provider whose real provider is made on first need: when the view first asks
// for rows (the student expands it) or the feature asks for it. A feature whose views live in a
// lazily loaded chunk (features/chunks.ts) registers its views at activation with this.
import * as vscode from 'vscode';

export class LazyTreeProvider<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private inner: vscode.TreeDataProvider<T> | undefined;
  private subscription: vscode.Disposable | undefined;
  private readonly emitter = new vscode.EventEmitter<T | T[] | undefined | null | void>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly make: () => vscode.TreeDataProvider<T>) {}

  /** The real provider, made now if it was not yet. */
  resolve(): vscode.TreeDataProvider<T> {
    if (!this.inner) {
      this.inner = this.make();
      this.subscription = this.inner.onDidChangeTreeData?.(e => this.emitter.fire(e));
    }
    return this.inner;
  }

  getTreeItem(element: T): vscode.TreeItem | Thenable<vscode.TreeItem> {
    return this.resolve().getTreeItem(element);
  }

  getChildren(element?: T): vscode.ProviderResult<T[]> {
    return this.resolve().getChildren(element);
  }

  getParent(element: T): vscode.ProviderResult<T> {
    return this.resolve().getParent?.(element);
  }

  dispose(): void {
    this.subscription?.dispose();
    this.emitter.dispose();
  }
}
