import { gql, nodesOf, type Connection } from '../api.js';
import type { RenderedView, View, ViewContext } from '../context.js';
import { empty, h, panel } from '../dom.js';
import { inRange, meetingLabel, titleCase } from '../format.js';
import {
  actorLink,
  actorList,
  type ActorRef,
  EVIDENCE_FIELDS,
  evidenceBlock,
  type EvidenceRef,
  type MeetingRef,
  kindBadge,
} from './links.js';

interface Mediation {
  subject: string | null;
  firstReportedAt: string | null;
  mediators: ActorRef[];
  parties: ActorRef[];
}

interface ActorPage {
  actor: {
    id: string;
    name: string;
    kind: string;
    aliases: string[];
    mentionCount: number;
    firstSeen: string | null;
    lastSeen: string | null;
    affiliations: Connection<{ actor: ActorRef; role: string | null }>;
    members: Connection<{ actor: ActorRef; role: string | null }>;
    statements: Connection<{
      text: string;
      direct: boolean;
      date: string | null;
      via: ActorRef | null;
      evidence: EvidenceRef[];
    }>;
    meetings: Connection<MeetingRef>;
    asMediator: Connection<Mediation>;
    asParty: Connection<Mediation>;
    counterparts: { actor: ActorRef; weight: number; meetings: number; mediations: number }[];
  } | null;
}

const MEDIATION = 'subject firstReportedAt mediators { id name kind } parties { id name kind }';
const QUERY = `query ActorPage($id: ID!) {
  actor(id: $id) {
    id name kind aliases mentionCount firstSeen lastSeen
    affiliations(first: 30) { edges { node { role actor { id name kind } } } }
    members(first: 30) { edges { node { role actor { id name kind } } } }
    statements(first: 50) { totalCount edges { node { text direct date via { id name } ${EVIDENCE_FIELDS} } } }
    meetings(first: 50) { totalCount edges { node { kind status date place { name } participants { id name kind } } } }
    asMediator: mediations(role: MEDIATOR, first: 30) { edges { node { ${MEDIATION} } } }
    asParty: mediations(role: PARTY, first: 30) { edges { node { ${MEDIATION} } } }
    counterparts(first: 15) { weight meetings mediations actor { id name kind } }
  }
}`;

/** Everything about one actor: who it is, what it said (with evidence), whom it meets. */
export const actorView: View = async (ctx) => {
  if (!ctx.state.actor) return chooseActor(ctx);
  const { actor } = await gql<ActorPage>(QUERY, { id: ctx.state.actor });
  if (!actor) return { element: empty('No actor with that id.') };
  const { from, to } = ctx.state;
  const statements = nodesOf(actor.statements).filter((s) =>
    inRange(s.date ?? s.evidence[0]?.article.publishedAt, from, to),
  );
  const meetings = nodesOf(actor.meetings).filter((m) => inRange(m.date, from, to));
  const mediation = (m: Mediation) =>
    h(
      'li',
      {},
      h('strong', {}, m.subject ?? 'mediation'),
      ' — mediators ',
      ...actorList(ctx, m.mediators),
      '; parties ',
      ...actorList(ctx, m.parties),
    );

  const header = h(
    'div',
    { class: 'actor-header' },
    h('h1', {}, actor.name, ' ', kindBadge(actor.kind)),
    actor.aliases.length ? h('p', { class: 'aliases' }, 'Also: ', actor.aliases.join(' · ')) : null,
    h(
      'p',
      { class: 'muted' },
      `${actor.mentionCount} article${actor.mentionCount === 1 ? '' : 's'} · first seen ${actor.firstSeen ?? '?'} · last seen ${actor.lastSeen ?? '?'}`,
    ),
    h(
      'p',
      { class: 'actions' },
      h('a', { href: ctx.href({ view: 'graph' }), 'data-internal': true, class: 'button' }, 'Graph'),
      h('a', { href: ctx.href({ view: 'timeline' }), 'data-internal': true, class: 'button' }, 'Timeline'),
    ),
  );
  const affiliations = [...nodesOf(actor.affiliations), ...nodesOf(actor.members)];
  const side = h(
    'div',
    { class: 'side' },
    panel(
      'Affiliations',
      affiliations.length
        ? h(
            'ul',
            {},
            affiliations.map((a) =>
              h('li', {}, actorLink(ctx, a.actor), a.role ? h('span', { class: 'muted' }, ` — ${a.role}`) : null),
            ),
          )
        : empty('None recorded.'),
    ),
    panel(
      'Counterparts',
      actor.counterparts.length
        ? h(
            'table',
            { class: 'counts' },
            h(
              'thead',
              {},
              h('tr', {}, h('th', {}, 'Actor'), h('th', {}, 'Weight'), h('th', {}, 'Meet.'), h('th', {}, 'Med.')),
            ),
            h(
              'tbody',
              {},
              actor.counterparts.map((c) =>
                h(
                  'tr',
                  {},
                  h('td', {}, actorLink(ctx, c.actor)),
                  h('td', {}, c.weight),
                  h('td', {}, c.meetings),
                  h('td', {}, c.mediations),
                ),
              ),
            ),
          )
        : empty('None.'),
    ),
    panel(
      'Mediates',
      nodesOf(actor.asMediator).length ? h('ul', {}, nodesOf(actor.asMediator).map(mediation)) : empty('None.'),
    ),
    panel(
      'Mediated as a party',
      nodesOf(actor.asParty).length ? h('ul', {}, nodesOf(actor.asParty).map(mediation)) : empty('None.'),
    ),
  );
  const mainColumn = h(
    'div',
    { class: 'main-column' },
    panel(
      `Statements (${statements.length})`,
      statements.length
        ? statements.map((s) =>
            h(
              'div',
              { class: 'item statement' },
              h(
                'div',
                { class: 'item-head' },
                h('span', { class: 'date' }, s.date ?? 'undated'),
                s.direct ? ' quoted' : ' reported',
                s.via ? h('span', { class: 'muted' }, ` via ${s.via.name}`) : null,
              ),
              s.evidence[0] ? evidenceBlock(ctx, s.evidence[0]) : h('p', {}, s.text),
            ),
          )
        : empty('No statement in this date range.'),
    ),
    panel(
      `Meetings (${meetings.length})`,
      meetings.length
        ? h(
            'ul',
            { class: 'meetings' },
            meetings.map((m) =>
              h(
                'li',
                {},
                h('strong', {}, meetingLabel(m)),
                ` (${titleCase(m.status)}) `,
                h('span', { class: 'muted' }, 'with '),
                ...actorList(
                  ctx,
                  m.participants.filter((p) => p.id !== actor.id),
                ),
              ),
            ),
          )
        : empty('No meeting in this date range.'),
    ),
  );
  return {
    element: h('div', { class: 'view actor-view' }, header, h('div', { class: 'two-columns' }, mainColumn, side)),
  };
};

/** Views about an actor, opened with none: the most mentioned actors to choose from. */
export async function chooseActor(ctx: ViewContext): Promise<RenderedView> {
  const data = await gql<{ actors: Connection<ActorRef & { mentionCount: number; kind: string }> }>(
    '{ actors(first: 24, orderBy: MOST_MENTIONED) { edges { node { id name kind mentionCount } } } }',
  );
  return {
    element: panel(
      'Choose an actor',
      h('p', { class: 'muted' }, 'Or search by name on the Search tab.'),
      h(
        'ul',
        { class: 'chooser' },
        nodesOf(data.actors).map((a) =>
          h('li', {}, actorLink(ctx, a), h('span', { class: 'muted' }, ` ${a.mentionCount}`)),
        ),
      ),
    ),
  };
}
