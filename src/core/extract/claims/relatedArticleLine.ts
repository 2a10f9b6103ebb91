/**
 * True for "Read: …" and "Also read: …" lines: links to other articles, whose claims and
 * commitments are not this one's.
 */
export function isRelatedArticleLine(body: string): boolean {
  // Every such line opens with a, m, r, s or w; the test runs on every sentence, twice.
  const first = body.charCodeAt(0) | 0x20;
  if (first !== 97 && first !== 109 && first !== 114 && first !== 115 && first !== 119) return false;
  return RELATED_ARTICLE_LINE.test(body);
}

const RELATED_ARTICLE_LINE = /^(?:also\s+)?(?:read|see|watch|related|read more|more)\s*:/i;
