// A small in-memory file system provider for the web suite: a virtual workspace like the one
// github.dev mounts, so sidecar writes (temporary file, then rename) are tested on a file system
// that is not the disk. Registered read-only, it stands for a repository opened without write access.
import * as vscode from 'vscode';

interface Entry {
  type: vscode.FileType;
  ctime: number;
  mtime: number;
  data: Uint8Array;
}

export class MemFs implements vscode.FileSystemProvider {
  private readonly entries = new Map<string, Entry>([['/', { type: vscode.FileType.Directory, ctime: Date.now(), mtime: Date.now(), data: new Uint8Array() }]]);
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  /** Every rename, for the tests: a sidecar write ends with one. */
  readonly renames: Array<[string, string]> = [];

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const entry = this.get(uri);
    return { type: entry.type, ctime: entry.ctime, mtime: entry.mtime, size: entry.data.byteLength };
  }

  readDirectory(uri: vscode.Uri): Array<[string, vscode.FileType]> {
    const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
    return [...this.entries].filter(([path]) => path.startsWith(prefix) && path !== prefix && !path.slice(prefix.length).includes('/')).map(([path, entry]) => [path.slice(prefix.length), entry.type]);
  }

  createDirectory(uri: vscode.Uri): void {
    this.entries.set(uri.path, { type: vscode.FileType.Directory, ctime: Date.now(), mtime: Date.now(), data: new Uint8Array() });
  }

  readFile(uri: vscode.Uri): Uint8Array {
    return this.get(uri).data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    const existing = this.entries.get(uri.path);
    if (!existing && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (existing && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    this.entries.set(uri.path, { type: vscode.FileType.File, ctime: existing?.ctime ?? Date.now(), mtime: Date.now(), data: content });
    this.emitter.fire([{ type: existing ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    this.get(uri);
    this.entries.delete(uri.path);
    this.emitter.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri, options: { overwrite: boolean }): void {
    const entry = this.get(from);
    if (this.entries.has(to.path) && !options.overwrite) throw vscode.FileSystemError.FileExists(to);
    this.entries.delete(from.path);
    this.entries.set(to.path, { ...entry, mtime: Date.now() });
    this.renames.push([from.path, to.path]);
    this.emitter.fire([
      { type: vscode.FileChangeType.Deleted, uri: from },
      { type: vscode.FileChangeType.Created, uri: to },
    ]);
  }

  /** Puts a file (and the folders above it) in place without events, as if they had always been there. */
  seed(path: string, text: string): void {
    const parts = path.split('/').slice(1, -1);
    for (let i = 1; i <= parts.length; i++) {
      const folder = `/${parts.slice(0, i).join('/')}`;
      if (!this.entries.has(folder)) this.entries.set(folder, { type: vscode.FileType.Directory, ctime: Date.now(), mtime: Date.now(), data: new Uint8Array() });
    }
    this.entries.set(path, { type: vscode.FileType.File, ctime: Date.now(), mtime: Date.now(), data: new TextEncoder().encode(text) });
  }

  text(path: string): string | undefined {
    const entry = this.entries.get(path);
    return entry ? new TextDecoder().decode(entry.data) : undefined;
  }

  paths(): string[] {
    return [...this.entries.keys()];
  }

  private get(uri: vscode.Uri): Entry {
    const entry = this.entries.get(uri.path);
    if (!entry) throw vscode.FileSystemError.FileNotFound(uri);
    return entry;
  }
}
