import type { IsoDate } from '../core/model';

/**
 * Today's date in the local time zone as YYYY-MM-DD, the day a person running the command is
 * in (as the editor's src/vscode/today.ts): the core reads no clock, so the CLI passes this in
 * unless `--today` says otherwise.
 */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
