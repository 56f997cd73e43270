import Parser from 'rss-parser';

/** An RSS or Atom item: the page it links to, and what the feed says of it. */
export interface FeedItem {
  /** What identifies the item across polls: its guid or id, else its link. */
  key: string;
  link: string;
  title: string | null;
  publishedAt: string | null;
}

/** True when a text is an RSS, RDF or Atom document. */
export function looksLikeFeed(content: string): boolean {
  return /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<\?xml-stylesheet[^>]*\?>\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(
    content,
  );
}

/** The items of a feed that link to a page (rss-parser reads RSS 0.9–2.0 and Atom). */
export async function parseFeed(xml: string): Promise<FeedItem[]> {
  const feed = await new Parser().parseString(xml);
  const items: FeedItem[] = [];
  for (const item of feed.items) {
    const link = item.link?.trim();
    if (!link || !/^https?:\/\//i.test(link)) continue;
    const id = (item.guid ?? (item as { id?: string }).id)?.trim();
    items.push({ key: id || link, link, title: item.title?.trim() || null, publishedAt: item.isoDate ?? null });
  }
  return items;
}
