import type { ArticleMeta, ExtractedActor, ExtractedArticle } from '../domain/article.js';
import { findMentions } from './actors/mentions.js';
import { resolveActors, toActors } from './actors/resolve.js';
import { createContext } from './context.js';
import type { Extractor } from './extractor.js';
import { homeCountry, outletCountry } from './home.js';
import { lexicon } from './lexicon/index.js';
import { detectMediations } from './mediations/detect.js';
import { detectMeetings } from './meetings/detect.js';
import { detectStatements } from './statements/detect.js';

export type { Extractor } from './extractor.js';
export { toContractJson } from './contract.js';

/** Runs the rule pipeline on one article: mentions → actors → mediations, statements ("the mediators said"), meetings. */
export function extractWithRules(article: ArticleMeta): ExtractedArticle {
  const analyses = article.sentences.map((s) => findMentions(s, article.body));
  const home = homeCountry(article.dateline) ?? outletCountry(article.source);
  const index = resolveActors(analyses, article.body, home);
  const ctx = createContext(article, analyses, index, home);
  const mediations = detectMediations(ctx);
  const statements = detectStatements(ctx, mediations);
  const meetings = detectMeetings(ctx);
  // actors named by an item take part even when only named in passing
  const named = new Set([
    ...statements.flatMap((s) => [s.speaker]),
    ...mediations.flatMap((m) => [...m.mediators, ...m.parties]),
  ]);
  for (const g of index.groups.values()) if (named.has(g.name)) g.active = true;
  const takingPart = new Set([
    ...named,
    ...[...index.groups.values()].flatMap((g) => g.affiliations.flatMap((a) => index.groups.get(a.key)?.name ?? [])),
  ]);
  const actors = toActors(index, takingPart);
  const emitted = new Set(actors.map((a) => a.name));
  for (const a of actors) a.affiliations = a.affiliations.filter((f) => emitted.has(f.actor));
  for (const m of meetings) m.participants = m.participants.filter((p) => emitted.has(p));
  // a meeting none of whose participants is an actor of the article is not one it reports
  const reported = meetings.filter((m) => m.participants.length > 0);
  const mentioned = new Set([...index.groups.values()].map((g) => g.name));
  for (const s of statements) {
    if (!s.via || emitted.has(s.via)) continue;
    if (mentioned.has(s.via)) {
      s.via = null; // an outlet named only in passing is not an actor of the article
    } else {
      // a channel the wording implies ("tweeted"), never named: the statement's via makes it one
      actors.push(impliedChannel(s.via, Math.min(s.confidence, IMPLIED_CHANNEL)));
      emitted.add(s.via);
    }
  }
  return { article, actors, statements, mediations, meetings: reported };
}

/** A channel the article never names is an actor less often than one it names. */
const IMPLIED_CHANNEL = 0.75;

function impliedChannel(name: string, confidence: number): ExtractedActor {
  return { name, kind: 'MEDIA', aliases: [], affiliations: [], mentions: [], confidence };
}

/** The default extractor: rule-based, deterministic, offline. */
export function createRuleExtractor(): Extractor {
  lexicon(); // build the lookup tables once, up front
  return { name: 'rules', extract: extractWithRules };
}
