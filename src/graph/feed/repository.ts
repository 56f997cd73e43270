import { cypher } from '../cypher.js';
import type { Executor } from '../executor.js';

/**
 * What `watch` has seen of each feed: one FeedItem node per feed item, keyed by the feed URL and
 * the item's guid, so a restart neither loses nor repeats an item.
 */
export interface SeenItem {
  feed: string;
  item: string;
  link: string;
  /** The stored article's id, or null when the page was rejected (the reason is in `outcome`). */
  articleId: string | null;
  outcome: string;
}

export const feedItemKey = (feed: string, item: string): string => `${feed}\n${item}`;

export class FeedItemRepository {
  constructor(private readonly executor: Executor) {}

  /** The keys among `items` (guids of `feed`) already seen. */
  async seen(feed: string, items: readonly string[]): Promise<Set<string>> {
    const rows = await this.executor.read(
      cypher('UNWIND $keys AS key MATCH (i:FeedItem {key: key}) RETURN i.item AS item', {
        keys: items.map((item) => feedItemKey(feed, item)),
      }),
    );
    return new Set(rows.map((r) => String(r.item)));
  }

  async markSeen(items: readonly SeenItem[]): Promise<void> {
    if (items.length === 0) return;
    await this.executor.write(
      cypher(
        `UNWIND $rows AS row
        MERGE (i:FeedItem {key: row.key})
        ON CREATE SET i.feed = row.feed, i.item = row.item, i.firstSeenAt = datetime()
        SET i.link = row.link, i.articleId = row.articleId, i.outcome = row.outcome, i.lastSeenAt = datetime()`,
        { rows: items.map((i) => ({ ...i, key: feedItemKey(i.feed, i.item) })) },
      ),
    );
  }
}
