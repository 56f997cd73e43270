import { gql, type Connection } from '../api.js';
import { activityChart, activitySeries } from '../chart.js';
import type { View } from '../context.js';
import { empty, h, panel } from '../dom.js';
import { meetingLabel, titleCase } from '../format.js';
import { chooseActor } from './actor.js';
import { actorList, type ActorRef, kindBadge } from './links.js';

type TimelineEvent =
  | { __typename: 'Statement'; text: string; direct: boolean }
  | {
      __typename: 'Meeting';
      kind: string;
      status: string;
      date: string | null;
      place: { name: string } | null;
      participants: ActorRef[];
    }
  | { __typename: 'Mediation'; subject: string | null; mediators: ActorRef[]; parties: ActorRef[] };

interface TimelineData {
  actor: {
    name: string;
    kind: string;
    timeline: Connection<TimelineEvent> & { edges: { date: string | null; node: TimelineEvent }[] };
  } | null;
}

const QUERY = `query Timeline($id: ID!, $from: Date, $to: Date) {
  actor(id: $id) {
    name kind
    timeline(from: $from, to: $to, first: 100) {
      totalCount
      edges { date node {
        __typename
        ... on Statement { text direct }
        ... on Meeting { kind status date place { name } participants { id name kind } }
        ... on Mediation { subject mediators { id name kind } parties { id name kind } }
      } }
    }
  }
}`;

/** An actor's statements, meetings and mediations in date order, over its activity chart. */
export const timelineView: View = async (ctx) => {
  if (!ctx.state.actor) return chooseActor(ctx);
  const [data, series] = await Promise.all([
    gql<TimelineData>(QUERY, { id: ctx.state.actor, from: ctx.state.from, to: ctx.state.to }),
    activitySeries(ctx.span, 'ARTICLES', ctx.state.actor),
  ]);
  if (!data.actor) return { element: empty('No actor with that id.') };
  // The API lists newest first; a timeline reads oldest first, undated items last.
  const edges = [...data.actor.timeline.edges].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const chart = activityChart(series, `Articles mentioning ${data.actor.name}`);
  const element = h(
    'div',
    { class: 'view timeline-view' },
    h(
      'h1',
      {},
      data.actor.name,
      ' ',
      kindBadge(data.actor.kind),
      h('span', { class: 'muted' }, ` · ${data.actor.timeline.totalCount} events`),
    ),
    panel(`Articles mentioning ${data.actor.name}, ${ctx.span.from} to ${ctx.span.to}`, chart.element),
    panel(
      'Timeline',
      edges.length
        ? h(
            'ol',
            { class: 'timeline', id: 'timeline-items' },
            edges.map(({ date, node }) =>
              h(
                'li',
                { class: `event ${node.__typename.toLowerCase()}`, 'data-date': date ?? '' },
                h('time', { datetime: date ?? '' }, date ?? 'undated'),
                h('span', { class: 'event-type' }, node.__typename),
                h('div', { class: 'event-body' }, describe(ctx, node)),
              ),
            ),
          )
        : empty('Nothing in this date range.'),
    ),
  );
  return { element, dispose: chart.dispose };
};

function describe(ctx: Parameters<View>[0], node: TimelineEvent): (HTMLElement | string)[] {
  switch (node.__typename) {
    case 'Statement':
      return [h('q', {}, node.text), node.direct ? '' : ' (reported)'];
    case 'Meeting':
      return [
        h('strong', {}, meetingLabel(node)),
        ` ${titleCase(node.status)} · `,
        ...actorList(ctx, node.participants),
      ];
    case 'Mediation':
      return [
        h('strong', {}, node.subject ?? 'Mediation'),
        ' · mediators ',
        ...actorList(ctx, node.mediators),
        ' · parties ',
        ...actorList(ctx, node.parties),
      ];
  }
}
