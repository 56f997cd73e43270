import type {
  ExtractedActor,
  ExtractedArticle,
  ExtractedMeeting,
  MeetingKind,
  MeetingStatus,
} from '../../src/domain/article.js';
import { parseArticle } from '../../src/parse/index.js';

/** Small extracted articles of our own, for the graph tests (no extraction involved). */
const SPAN = { sentenceIndex: 0, start: 0, end: 10 };

export function actor(name: string, kind: ExtractedActor['kind'], affiliatedWith: string[] = []): ExtractedActor {
  return {
    name,
    kind,
    aliases: [],
    affiliations: affiliatedWith.map((other) => ({ actor: other, role: null, evidence: SPAN })),
    mentions: [SPAN],
    confidence: 0.9,
  };
}

export interface MeetingSpec {
  kind?: MeetingKind;
  status?: MeetingStatus;
  participants: string[];
  location: string | null;
  date: string | null;
}

export function meeting(spec: MeetingSpec): ExtractedMeeting {
  return { kind: 'TALKS', status: 'UNKNOWN', ...spec, evidence: [SPAN], confidence: 0.7 };
}

/** An article of our own: the title makes its content (and id) unique. */
export function article(
  title: string,
  publishedAt: string,
  actors: ExtractedActor[],
  meetings: ExtractedMeeting[] = [],
): ExtractedArticle {
  return {
    article: parseArticle({
      origin: 'test',
      content: `${title}\n\nThe delegations met and talked about the ceasefire for a long time.`,
      format: 'text',
      overrides: { publishedAt },
    }),
    actors,
    statements: [],
    mediations: [],
    meetings,
  };
}
