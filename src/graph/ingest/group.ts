import { blockKeys } from '../actor/fuzzy.js';
import type { ActorWriteRow, AffiliationWriteRow, MentionWriteRow } from './rows.js';

/** What one article says about one of its actors, resolved to the Actor node it merges into. */
export interface ActorInArticle {
  articleId: string;
  publishedAt: string | null;
  target: string;
  name: string;
  kind: string;
  /** `reason`: why the name joined a person spelled otherwise (actor resolution), else null. */
  names: { key: string; text: string; reason: string | null }[];
  sentences: number[];
  starts: number[];
  ends: number[];
  confidence: number;
}

/** An affiliation one article states; `from` and `to` are resolved, distinct Actor keys. */
export type AffiliationInArticle = Omit<AffiliationWriteRow, 'articles'>;

/**
 * Groups a batch's actors so that every Actor node is written once per batch (one lock, one
 * alias recomputation, however many articles of the batch mention it), and every article gets
 * one MENTIONS row per actor, recording the names and affiliations it supports.
 */
export class ActorGrouper {
  private readonly actors = new Map<string, GroupedActor>();
  private readonly mentions = new Map<string, MentionWriteRow>();
  private readonly affiliations = new Map<string, AffiliationWriteRow>();

  addActor(item: ActorInArticle): void {
    const actor = this.actorRow(item);
    const id = `${item.articleId}\u0000${item.target}`;
    let mention = this.mentions.get(id);
    if (!mention) {
      mention = newMention(item);
      this.mentions.set(id, mention);
      actor.articles += 1;
      actor.first = earliest(actor.first, item.publishedAt);
      actor.last = latest(actor.last, item.publishedAt);
    }
    mention.sentences.push(...item.sentences);
    mention.starts.push(...item.starts);
    mention.ends.push(...item.ends);
    for (const { key, text, reason } of item.names) {
      const name = actor.nameIndex.get(key) ?? addName(actor, key);
      name.reason ??= reason;
      if (!name.texts.includes(text)) name.texts.push(text);
      if (!mention.nameKeys.includes(key)) {
        // The first name an article gives the actor is the one it calls it by (the canonical name's rank).
        if (mention.nameKeys.length === 0) name.primary += 1;
        mention.nameKeys.push(key);
        name.articles += 1;
      }
    }
  }

  /** Counts each (from, to, role) once per article. */
  addAffiliation(item: AffiliationInArticle): void {
    const mention = this.mentions.get(`${item.articleId}\u0000${item.from}`);
    if (!mention) throw new Error(`affiliation of ${item.from} before its actor`);
    const already = mention.affiliatedTo.some((to, i) => to === item.to && mention.affiliationRoles[i] === item.role);
    if (already) return;
    mention.affiliatedTo.push(item.to);
    mention.affiliationRoles.push(item.role);
    mention.affiliationSentences.push(item.sentenceIndex);
    mention.affiliationStarts.push(item.start);
    mention.affiliationEnds.push(item.end);
    const id = `${item.from}\u0000${item.to}\u0000${item.role}`;
    const row = this.affiliations.get(id);
    if (row) row.articles += 1;
    else this.affiliations.set(id, { ...item, articles: 1 });
  }

  rows(): { actors: ActorWriteRow[]; mentions: MentionWriteRow[]; affiliations: AffiliationWriteRow[] } {
    return {
      // Sorted: actor nodes are locked in one order, so concurrent batches do not deadlock.
      actors: [...this.actors.values()]
        .map(({ nameIndex: _index, ...row }) => ({ ...row, blocks: row.kind === 'PERSON' ? blocksOf(row) : [] }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
      mentions: [...this.mentions.values()],
      affiliations: [...this.affiliations.values()],
    };
  }

  private actorRow(item: ActorInArticle): GroupedActor {
    let row = this.actors.get(item.target);
    if (!row) {
      row = {
        key: item.target,
        name: item.name,
        kind: item.kind,
        names: [],
        blocks: [],
        articles: 0,
        first: null,
        last: null,
        nameIndex: new Map(),
      };
      this.actors.set(item.target, row);
    }
    return row;
  }
}

type NameRow = ActorWriteRow['names'][number];
type GroupedActor = ActorWriteRow & { nameIndex: Map<string, NameRow> };

function blocksOf(actor: ActorWriteRow): string[] {
  return [...new Set(actor.names.flatMap((name) => name.texts.flatMap(blockKeys)))].sort();
}

function newMention(item: ActorInArticle): MentionWriteRow {
  return {
    articleId: item.articleId,
    actor: item.target,
    sentences: [],
    starts: [],
    ends: [],
    confidence: item.confidence,
    nameKeys: [],
    affiliatedTo: [],
    affiliationRoles: [],
    affiliationSentences: [],
    affiliationStarts: [],
    affiliationEnds: [],
  };
}

function addName(actor: GroupedActor, key: string): NameRow {
  const row: NameRow = { key, texts: [], articles: 0, primary: 0, reason: null };
  actor.names.push(row);
  actor.nameIndex.set(key, row);
  return row;
}

function earliest(a: string | null, b: string | null): string | null {
  return a === null || (b !== null && b < a) ? b : a;
}

function latest(a: string | null, b: string | null): string | null {
  return a === null || (b !== null && b > a) ? b : a;
}
