import * as vscode from 'vscode';

/** Lines kept for the tests' probe (src/vscode/quietTestProbes.ts). */
const RECENT_LINES = 200;

/**
 * The "Seedmark" Output channel (a LogOutputChannel: levels, timestamps, the user's log level):
 * indexing, timings, files skipped and why, errors. A person asking "why is this document not
 * highlighted?" or "what is Seedmark doing?" finds the answer here.
 */
export class SeedmarkLog implements vscode.Disposable {
  // Made on the first line, not during activation: creating a channel is a round trip to the window.
  private made: vscode.LogOutputChannel | undefined;
  /** The latest lines, newest last, as `level: message`. */
  readonly recent: string[] = [];

  info(message: string): void {
    this.channel.info(message);
    this.remember('info', message);
  }

  warn(message: string): void {
    this.channel.warn(message);
    this.remember('warn', message);
  }

  error(message: string, error?: unknown): void {
    const detail = error === undefined ? message : `${message}: ${error instanceof Error ? (error.stack ?? error.message) : JSON.stringify(error)}`;
    this.channel.error(detail);
    this.remember('error', detail);
  }

  /** Shows the channel (the "Show Log" command). */
  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.made?.dispose();
  }

  private get channel(): vscode.LogOutputChannel {
    this.made ??= vscode.window.createOutputChannel('Seedmark', { log: true });
    return this.made;
  }

  private remember(level: string, message: string): void {
    this.recent.push(`${level}: ${message}`);
    if (this.recent.length > RECENT_LINES) this.recent.splice(0, this.recent.length - RECENT_LINES);
  }
}

/** Milliseconds as the log shows them. */
export function ms(value: number): string {
  return `${Math.round(value)} ms`;
}
