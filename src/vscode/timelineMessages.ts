import { TIMELINE_GROUPINGS, type TimelineGrouping, type TimelineModel } from '../core/timeline/timelineModel';
import type { TimelineStrings } from './timelineStrings';

/** What the extension sends the timeline webview: the model, and the words to draw it with. */
export type TimelineHostMessage = { type: 'model'; model: TimelineModel; strings: TimelineStrings };

/** What the timeline webview sends back, once checked by `parseTimelineMessage`. */
export type TimelineWebviewMessage =
  | { type: 'ready' }
  | { type: 'rendered'; rows: number; placed: number; groups?: number; grouping?: TimelineGrouping }
  | { type: 'reveal'; id: string }
  | { type: 'group'; grouping: TimelineGrouping };

/** Row ids are a URI and an annotation id; anything longer is not one of ours. */
const MAX_ID_LENGTH = 4096;

/**
 * Checks a message from the webview field by field and returns a copy holding only the known
 * fields, or `undefined` for anything else. The webview renders document text, so it is treated
 * like any other untrusted input: a malformed or unknown message is ignored, never acted on.
 */
export function parseTimelineMessage(value: unknown): TimelineWebviewMessage | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'rendered': {
      if (!isCount(message.rows) || !isCount(message.placed) || message.placed > message.rows) return undefined;
      if (message.groups !== undefined && !isCount(message.groups)) return undefined;
      if (message.grouping !== undefined && !isGrouping(message.grouping)) return undefined;
      return {
        type: 'rendered',
        rows: message.rows,
        placed: message.placed,
        ...(message.groups !== undefined ? { groups: message.groups } : {}),
        ...(message.grouping !== undefined ? { grouping: message.grouping } : {}),
      };
    }
    case 'reveal':
      return typeof message.id === 'string' && message.id.length > 0 && message.id.length <= MAX_ID_LENGTH ? { type: 'reveal', id: message.id } : undefined;
    case 'group':
      return isGrouping(message.grouping) ? { type: 'group', grouping: message.grouping } : undefined;
    default:
      return undefined;
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isGrouping(value: unknown): value is TimelineGrouping {
  return typeof value === 'string' && (TIMELINE_GROUPINGS as readonly string[]).includes(value);
}
