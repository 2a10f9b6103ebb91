import type { Annotation } from '../model';
import { OffsetMap } from '../offsets';
import { currentPlaceOf, type CurrentPlace } from './currentPlace';
import type { ExportDocument } from './exportFormats';

interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting' | 'describing';
  value: string;
  format?: 'text/plain';
}

/**
 * W3C Web Annotation Data Model JSON-LD: an AnnotationCollection whose items target the document
 * with a TextQuoteSelector and a TextPositionSelector (code points, as the model defines).
 */
export function toW3c(documents: readonly ExportDocument[]): string {
  const items = documents.flatMap((document) => {
    const offsets = new OffsetMap(document.text);
    return document.annotations.map((item) => toWebAnnotation(document.file, item.annotation, item.anchorState, currentPlaceOf(document, item, offsets), item.stale === true));
  });
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Seedmark annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/**
 * A placed annotation targets its current quote and position; an orphaned one only the quote it
 * was made on, with no position, since it has none in the text as it is.
 */
function toWebAnnotation(file: string, annotation: Annotation, anchorState: string, place: CurrentPlace | undefined, stale: boolean): Record<string, unknown> {
  const body: TextualBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: annotation.kind }];
  const description = describe(annotation);
  if (description) body.push({ type: 'TextualBody', purpose: 'describing', value: description, format: 'text/plain' });
  if (annotation.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' });
  for (const tag of annotation.tags ?? []) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return {
    id: `urn:seedmark:${encodeURIComponent(file)}:${encodeURIComponent(annotation.id)}`,
    type: 'Annotation',
    motivation: annotation.note ? 'commenting' : 'tagging',
    body,
    target: {
      source: file,
      selector: place
        ? [
            { type: 'TextQuoteSelector', exact: place.exact, prefix: place.prefix, suffix: place.suffix },
            { type: 'TextPositionSelector', start: place.start, end: place.end },
          ]
        : [{ type: 'TextQuoteSelector', exact: annotation.anchor.exact, prefix: annotation.anchor.prefix, suffix: annotation.anchor.suffix }],
    },
    'seedmark:review': annotation.review,
    'seedmark:anchorState': anchorState,
    ...(stale ? { 'seedmark:stale': true } : {}),
    ...(annotation.status ? { 'seedmark:status': annotation.status } : {}),
  };
}

function describe(annotation: Annotation): string | undefined {
  switch (annotation.kind) {
    case 'figure':
      return [annotation.qualifier, annotation.value, annotation.unit, annotation.per ? `per ${annotation.per}` : undefined].filter((part) => part !== undefined).join(' ');
    case 'date':
    case 'deadline':
      return [annotation.timex, annotation.due ? `due ${annotation.due}` : undefined, annotation.range ? `${annotation.range.earliest}..${annotation.range.latest}` : undefined].filter(Boolean).join(', ');
    case 'claim':
      return annotation.source ? `${annotation.source.who}${annotation.source.cue ? ` (${annotation.source.cue})` : ''}` : undefined;
    case 'commitment':
      return `${annotation.actor ?? '?'}: ${annotation.action ?? ''}${annotation.deadline ? ` — ${annotation.deadline.text}` : ''}`;
  }
}
