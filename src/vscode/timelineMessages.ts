import { isIsoDate } from '../core/calendar';
import { TIMELINE_GROUPINGS, type TimelineGrouping, type TimelineModel } from '../core/timeline/timelineModel';
import { TIMELINE_ZOOMS, type TimelineZoom } from '../core/timeline/timelineZoom';
import type { TimelineStrings } from './timelineStrings';

/** What the extension sends the timeline webview: the model, and the words to draw it with. */
export type TimelineHostMessage = { type: 'model'; model: TimelineModel; strings: TimelineStrings };

/** What the timeline webview sends back, once checked by `parseTimelineMessage`. */
export type TimelineWebviewMessage =
  | { type: 'ready' }
  | { type: 'rendered'; rows: number; placed: number; groups?: number; grouping?: TimelineGrouping; zoom?: TimelineZoom; axis?: { start: string; end: string }; headings?: string[] }
  | { type: 'reveal'; id: string }
  | { type: 'group'; grouping: TimelineGrouping }
  | { type: 'zoom'; zoom: TimelineZoom };

/** Row ids are a URI and an annotation id; anything longer is not one of ours. */
const MAX_ID_LENGTH = 4096;
/** The group headings a render reports (for the tests): a name is an actor or a path, never this long. */
const MAX_HEADINGS = 1000;
const MAX_HEADING_LENGTH = 2048;

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
      if (message.zoom !== undefined && !isZoom(message.zoom)) return undefined;
      const axis = message.axis === undefined ? undefined : axisOf(message.axis);
      if (message.axis !== undefined && !axis) return undefined;
      if (message.headings !== undefined && !isHeadings(message.headings)) return undefined;
      return {
        type: 'rendered',
        rows: message.rows,
        placed: message.placed,
        ...(message.groups !== undefined ? { groups: message.groups } : {}),
        ...(message.grouping !== undefined ? { grouping: message.grouping } : {}),
        ...(message.zoom !== undefined ? { zoom: message.zoom } : {}),
        ...(axis ? { axis } : {}),
        ...(message.headings !== undefined ? { headings: [...message.headings] } : {}),
      };
    }
    case 'reveal':
      return typeof message.id === 'string' && message.id.length > 0 && message.id.length <= MAX_ID_LENGTH ? { type: 'reveal', id: message.id } : undefined;
    case 'group':
      return isGrouping(message.grouping) ? { type: 'group', grouping: message.grouping } : undefined;
    case 'zoom':
      return isZoom(message.zoom) ? { type: 'zoom', zoom: message.zoom } : undefined;
    default:
      return undefined;
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isZoom(value: unknown): value is TimelineZoom {
  return typeof value === 'string' && (TIMELINE_ZOOMS as readonly string[]).includes(value);
}

function axisOf(value: unknown): { start: string; end: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { start, end } = value as Record<string, unknown>;
  return typeof start === 'string' && typeof end === 'string' && isIsoDate(start) && isIsoDate(end) ? { start, end } : undefined;
}

function isHeadings(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_HEADINGS && value.every((heading) => typeof heading === 'string' && heading.length <= MAX_HEADING_LENGTH);
}

function isGrouping(value: unknown): value is TimelineGrouping {
  return typeof value === 'string' && (TIMELINE_GROUPINGS as readonly string[]).includes(value);
}
