import type { Word } from '../words/scanWords';
import { canStartVerbPhrase } from './clauseWords';

/**
 * What governs a clause from before its subject: a reporting verb ("said that it would offer":
 * the speaker's "will", back-shifted), a hope, belief or forecast ("hopes that sales will rise":
 * not the subject's act), a condition ("If the search fails, it will …"), or an alternative set
 * aside ("rather than offer a refund": what will not be done).
 */
export type Frame = 'reported' | 'hedged' | 'conditional' | 'rejected' | 'none';

const REPORTING: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'announced', 'announces', 'announcing', 'stated', 'states', 'stating', 'confirmed',
  'confirms', 'promised', 'promises', 'promising', 'assured', 'assures', 'pledged', 'pledges', 'vowed', 'vows', 'agreed', 'agrees',
  'decided', 'decides', 'added', 'adds', 'explained', 'explains', 'revealed', 'reveals', 'insisted', 'insists', 'noted', 'wrote',
  'writes', 'commented', 'declared', 'declares', 'indicated', 'indicates', 'disclosed', 'mentioned', 'concluded', 'reported', 'reports',
  'according', 'statement', 'memo', 'letter', 'unveiled', 'unveils', 'reiterated',
]);

const HEDGING: ReadonlySet<string> = new Set([
  'hope', 'hopes', 'hoped', 'hoping', 'expect', 'expects', 'expected', 'expecting', 'believe', 'believes', 'believed', 'think', 'thinks',
  'thought', 'confident', 'confidence', 'likely', 'unlikely', 'possible', 'possibility', 'unclear', 'whether', 'doubt', 'doubts',
  'predict', 'predicts', 'predicted', 'forecast', 'forecasts', 'estimate', 'estimates', 'estimated', 'anticipate', 'anticipates',
  'fear', 'fears', 'feared', 'speculate', 'speculated', 'speculation', 'suggest', 'suggests', 'suggested', 'seems', 'appears', 'chance',
  'guess', 'assume', 'assumes', 'rumoured', 'rumored', 'rumors', 'rumours', 'optimistic', 'sure', 'certain', 'analysts', 'imagine',
  'wonder', 'question', 'uncertain', 'feel', 'feels',
]);

const BE_BEFORE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been']);

const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'provided']);

/**
 * Words a frame word may stand before the clause it governs. A sentence of news runs to a few
 * dozen words; the bound keeps a run-on "sentence" of thousands of clauses linear to read.
 */
const FRAME_REACH = 80;

/** The nearest frame word before word `before` in the sentence (a quote does not end the search). */
export function frameBefore(words: readonly Word[], before: number): Frame {
  let comma = false;
  for (let at = before - 1; at >= 0 && at >= before - FRAME_REACH; at--) {
    const lower = words[at].lower;
    if (lower === ';') return 'none';
    if (lower === ',') comma = true;
    // "Rather than recall the phones or offer a fix, …": only within the set-aside clause itself.
    if (!comma && ((lower === 'than' && words[at - 1]?.lower === 'rather') || (lower === 'of' && words[at - 1]?.lower === 'instead'))) return 'rejected';
    if (CONDITIONS.has(lower)) return 'conditional';
    if (lower === 'long' && words[at - 1]?.lower === 'as' && words[at + 1]?.lower === 'as') return 'conditional';
    if (REPORTING.has(lower)) return 'reported';
    // "is expected to take place": a plan stated with "be", read as a verb group, governs nothing after it.
    if (HEDGING.has(lower) && !BE_BEFORE.has(words[at - 1]?.lower ?? '')) return 'hedged';
  }
  return 'none';
}

/** True for a word that reports speech ("said", "announced", "saying"). */
export function isReportingWord(lower: string): boolean {
  return REPORTING.has(lower);
}

/** Index of the reporting word that governs word `before` ("Airbus announced that …"), or -1. */
export function reportingWordBefore(words: readonly Word[], before: number): number {
  for (let at = before - 1; at >= 0 && at >= before - FRAME_REACH; at--) {
    const lower = words[at].lower;
    if (lower === ';' || CONDITIONS.has(lower) || HEDGING.has(lower)) return -1;
    if (REPORTING.has(lower)) return at;
  }
  return -1;
}

/** True when the clause from word `from` to `to` holds a condition ("… if demand holds", "unless …"). */
export function conditionAfter(words: readonly Word[], from: number, to: number): boolean {
  for (let at = from; at < to && at < words.length; at++) {
    const lower = words[at].lower;
    if (lower === 'if' || lower === 'unless') return true;
  }
  return false;
}

const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'de']);

function isCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde);
}

/**
 * "NAME to VERB" with no finite verb: the infinitive headline ("Port authority to reopen the
 * quay"). Index of "to", or -1. Only for a headline, which the caller recognises by its layout.
 */
export function headlineInfinitive(text: string, words: readonly Word[]): number {
  for (let at = 1; at < words.length - 1; at++) {
    if (words[at].lower !== 'to') continue;
    const next = words[at + 1];
    if (!canStartVerbPhrase(next.lower) || isCapital(text.charCodeAt(next.start))) return -1;
    // Only a name before "to": "Port authority reopens quay to traffic" has its verb already.
    for (let before = 0; before < at; before++) {
      const word = words[before];
      if (/^\p{L}/u.test(word.lower) && !isCapital(text.charCodeAt(word.start)) && !NAME_JOINERS.has(word.lower)) return -1;
    }
    return at;
  }
  return -1;
}
