import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findSharedDirectory } from './goldData';

/**
 * The commitments-dev gold (../shared/eval/commitments-dev/{airbus,apple}.json): 60 whole news
 * articles with commitments, attributions and traps written under
 * ../shared/eval/commitments-guidelines.md. Offsets are JS offsets already (the texts hold no
 * astral characters), so they are read as they are.
 */

export interface DevSpan {
  start: number;
  end: number;
  text: string;
}

export interface DevResolution {
  type: string;
  value?: string;
  start?: string;
  end?: string;
  by?: string;
  by_earliest?: string;
  by_latest?: string;
  accept_from?: string;
  accept_to?: string;
}

export type DevActor = (DevSpan & { resolved?: string; aliases?: string[] }) | { text: string; implicit: true; aliases?: string[] };

export type DevCommitmentSource = (DevSpan & { cue?: string; attribution?: string; resolved?: string; pronoun?: boolean }) | { implicit: string } | null;

export interface DevCommitment extends DevSpan {
  id: string;
  actor: DevActor;
  cue: DevSpan | null;
  action: string;
  deadline: (DevSpan & { resolved: DevResolution }) | null;
  source: DevCommitmentSource;
  optional?: boolean;
  debatable?: boolean;
}

export interface DevAttribution extends DevSpan {
  id: string;
  source: (DevSpan & { pronoun?: boolean; resolved?: string }) | { text: string; implicit: true };
  cue: DevSpan | null;
  optional?: boolean;
}

export interface DevTrap extends DevSpan {
  id: string;
  cue: DevSpan;
  why: string;
  optional?: boolean;
  debatable?: boolean;
}

export interface DevDocument {
  file: string;
  corpus: string;
  referenceDate: string;
  text: string;
  attributions: DevAttribution[];
  commitments: DevCommitment[];
  traps: DevTrap[];
}

/** The two halves of the dev set by name, or an empty list when the shared data is not there. */
export function loadCommitmentsDev(): Array<{ name: string; documents: DevDocument[] }> {
  const shared = findSharedDirectory();
  if (!shared) throw new Error('The shared evaluation data (../shared/eval) was not found beside the project root.');
  return ['airbus', 'apple'].flatMap((name) => {
    const path = resolve(shared, 'eval', 'commitments-dev', `${name}.json`);
    if (!existsSync(path)) return [];
    // The gold file's own shape (commitments-guidelines.md §9); only the fields above are read.
    const raw = JSON.parse(readFileSync(path, 'utf8')) as { documents: DevDocument[] };
    return [{ name, documents: raw.documents }];
  });
}
