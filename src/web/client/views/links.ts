import type { ViewContext } from '../context.js';
import { badge, h } from '../dom.js';

export interface ActorRef {
  id: string;
  name: string;
  kind?: string;
}

/** A meeting as the actor and map views list it. */
export interface MeetingRef {
  kind: string;
  status: string;
  date: string | null;
  place: { name: string } | null;
  participants: ActorRef[];
}

/** A link that opens an actor in the current view when it is about actors, else in the actor view. */
export function actorLink(ctx: ViewContext, actor: ActorRef, view = ctx.state.view): HTMLElement {
  const target = ['graph', 'timeline', 'actor'].includes(view) ? view : 'actor';
  return h(
    'a',
    { href: ctx.href({ view: target, actor: actor.id }), 'data-internal': true, class: 'actor-link' },
    actor.kind ? h('span', { class: `dot ${actor.kind.toLowerCase()}`, 'aria-hidden': 'true' }) : null,
    actor.name,
  );
}

export function actorList(ctx: ViewContext, actors: ActorRef[]): HTMLElement[] {
  return actors.flatMap((actor, i) =>
    i === 0 ? [actorLink(ctx, actor)] : [h('span', {}, ', '), actorLink(ctx, actor)],
  );
}

export interface EvidenceRef {
  article: { id: string; title: string; url: string | null; publishedAt: string | null };
  sentenceIndex: number;
  sentence: string;
  text: string;
}

/** The evidence sentence with the extracted span highlighted, and a link to the article. */
export function evidenceBlock(ctx: ViewContext, evidence: EvidenceRef): HTMLElement {
  const at = evidence.sentence.indexOf(evidence.text);
  const sentence =
    at >= 0 && evidence.text
      ? [
          evidence.sentence.slice(0, at),
          h('mark', {}, evidence.text),
          evidence.sentence.slice(at + evidence.text.length),
        ]
      : [evidence.sentence];
  return h(
    'blockquote',
    { class: 'evidence' },
    h('p', {}, ...sentence),
    h(
      'footer',
      {},
      h(
        'a',
        {
          href: ctx.href({ view: 'article', article: evidence.article.id, sentence: evidence.sentenceIndex }),
          'data-internal': true,
        },
        evidence.article.title,
      ),
      evidence.article.publishedAt ? h('span', { class: 'muted' }, ` · ${evidence.article.publishedAt}`) : null,
      evidence.article.url
        ? h('a', { href: evidence.article.url, class: 'external', rel: 'noreferrer' }, ' source ↗')
        : null,
    ),
  );
}

export function kindBadge(kind: string): HTMLElement {
  return badge(kind, kind);
}

export const EVIDENCE_FIELDS = 'evidence { article { id title url publishedAt } sentenceIndex sentence text }';
