import type { Annotation } from '../model';

/** The action as compared and shown: the annotation's action (else its quote) without its deadline phrase. */
export function actionTextOf(annotation: Annotation): string {
  const action = annotation.action ?? annotation.anchor.exact;
  const deadline = annotation.deadline?.text;
  if (!deadline) return action.trim();
  const at = action.toLowerCase().lastIndexOf(deadline.toLowerCase());
  if (at < 0) return action.trim();
  return `${action.slice(0, at)} ${action.slice(at + deadline.length)}`.replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').replace(/[\s,;:]+$/, '').trim();
}
