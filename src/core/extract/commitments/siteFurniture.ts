import { BOILERPLATE_MARKERS } from '../../tables/commitmentCues';
import { isRelatedArticleLine } from '../claims/relatedArticleLine';

/**
 * True for a sentence that belongs to the page rather than to the reporting: a link to another
 * article, a comment policy, a sign-up prompt. "We will never share your email" promises nothing
 * the article reports.
 */
export function isSiteFurniture(body: string): boolean {
  return isRelatedArticleLine(body) || BOILERPLATE_MARKERS.some((marker) => marker.test(body));
}
