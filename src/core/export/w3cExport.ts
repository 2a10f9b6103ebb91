import type { Annotation } from '../model';
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
  const items = documents.flatMap((document) => document.annotations.map(({ annotation }) => toWebAnnotation(document.file, annotation)));
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Seedmark annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

function toWebAnnotation(file: string, annotation: Annotation): Record<string, unknown> {
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
      selector: [
        { type: 'TextQuoteSelector', exact: annotation.anchor.exact, prefix: annotation.anchor.prefix, suffix: annotation.anchor.suffix },
        { type: 'TextPositionSelector', start: annotation.anchor.start, end: annotation.anchor.end },
      ],
    },
    'seedmark:review': annotation.review,
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
