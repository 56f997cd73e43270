import { gql } from '../api.js';
import { activityChart, activitySeries } from '../chart.js';
import type { View, ViewContext } from '../context.js';
import { empty, h } from '../dom.js';
import { titleCase } from '../format.js';
import { actorLink, type ActorRef } from './links.js';
import { PLACES_QUERY, type PlaceCount } from './map.js';

/** How often each tile asks the API again. */
const REFRESH_MS = 30_000;

interface Tile {
  title: string;
  /** Columns of the three-column grid the tile spans. */
  span?: 1 | 2 | 3;
  load(ctx: ViewContext): Promise<{ content: HTMLElement; dispose?(): void }>;
}

type Stats = Record<string, number>;

const TILES: Tile[] = [
  {
    title: 'The graph',
    span: 3,
    async load() {
      const { stats } = await gql<{ stats: Stats }>(
        '{ stats { articles actors persons organizations countries media statements mediations meetings places topics } }',
      );
      return {
        content: h(
          'dl',
          { class: 'stats' },
          Object.entries(stats).map(([name, value]) =>
            h('div', {}, h('dt', {}, titleCase(name)), h('dd', {}, value.toLocaleString('en'))),
          ),
        ),
      };
    },
  },
  {
    title: 'Articles per period',
    span: 2,
    async load(ctx) {
      const chart = activityChart(await activitySeries(ctx.span, 'ARTICLES'), 'Articles');
      return { content: chart.element, dispose: chart.dispose };
    },
  },
  {
    title: 'Meeting places',
    async load(ctx) {
      const { meetingPlaces } = await gql<{ meetingPlaces: PlaceCount[] }>(PLACES_QUERY, {
        from: ctx.state.from,
        to: ctx.state.to,
      });
      if (!meetingPlaces.length) return { content: empty('No meeting in this date range.') };
      const max = Math.max(...meetingPlaces.map((p) => p.count));
      return {
        content: h(
          'ul',
          { class: 'bars' },
          meetingPlaces
            .slice(0, 10)
            .map((p) =>
              h(
                'li',
                {},
                h(
                  'span',
                  { class: 'bar-label' },
                  p.place.name,
                  p.place.countryCode ? h('span', { class: 'muted' }, ` ${p.place.countryCode}`) : null,
                ),
                h('span', { class: 'bar', style: `width:${(100 * p.count) / max}%` }),
                h('span', { class: 'bar-value' }, `${p.count}`),
              ),
            ),
        ),
      };
    },
  },
  {
    title: 'Most mentioned actors',
    async load(ctx) {
      return { content: ranking(ctx, await ranked(ctx, 'topActors(by: MENTIONS')) };
    },
  },
  {
    title: 'Top mediators',
    async load(ctx) {
      return { content: ranking(ctx, await ranked(ctx, 'topMediators(')) };
    },
  },
  {
    title: 'Most meetings',
    async load(ctx) {
      return { content: ranking(ctx, await ranked(ctx, 'topActors(by: MEETINGS')) };
    },
  },
];

/** `call` is a ranking field with its first arguments, e.g. `topActors(by: MENTIONS`. */
async function ranked(ctx: ViewContext, call: string): Promise<{ actor: ActorRef; count: number }[]> {
  const rest = call.endsWith('(') ? '' : ', ';
  const data = await gql<{ rows: { actor: ActorRef; count: number }[] }>(
    `query ($from: Date, $to: Date) { rows: ${call}${rest}from: $from, to: $to, limit: 10) { count actor { id name kind } } }`,
    { from: ctx.state.from, to: ctx.state.to },
  );
  return data.rows;
}

function ranking(ctx: ViewContext, rows: { actor: ActorRef; count: number }[]): HTMLElement {
  if (!rows.length) return empty('None in this date range.');
  const max = Math.max(...rows.map((r) => r.count));
  return h(
    'ul',
    { class: 'bars' },
    rows.map((r) =>
      h(
        'li',
        {},
        h('span', { class: 'bar-label' }, actorLink(ctx, r.actor, 'actor')),
        h('span', { class: 'bar', style: `width:${(100 * r.count) / max}%` }),
        h('span', { class: 'bar-value' }, `${r.count}`),
      ),
    ),
  );
}

/** stats, rankings, activity and places on one page; each tile reloads on its own timer. */
export const dashboardView: View = async (ctx) => {
  const disposers: (() => void)[] = [];
  const tiles = await Promise.all(
    TILES.map(async (tile) => {
      const body = h('div', { class: 'tile-body' });
      const section = h(
        'section',
        { class: `panel tile${tile.span === 3 ? ' wide' : tile.span === 2 ? ' span2' : ''}` },
        h('h2', {}, tile.title),
        body,
      );
      let dispose: (() => void) | undefined;
      const refresh = async () => {
        try {
          const loaded = await tile.load(ctx);
          dispose?.();
          dispose = loaded.dispose;
          body.replaceChildren(loaded.content);
        } catch (error) {
          body.replaceChildren(h('p', { class: 'error' }, `Could not load: ${String(error)}`));
        }
      };
      await refresh();
      const timer = setInterval(() => void refresh(), REFRESH_MS);
      disposers.push(() => {
        clearInterval(timer);
        dispose?.();
      });
      return section;
    }),
  );
  const range = ctx.state.from || ctx.state.to ? `${ctx.state.from ?? '…'} to ${ctx.state.to ?? '…'}` : 'all dates';
  const element = h(
    'div',
    { class: 'view dashboard-view' },
    h('p', { class: 'muted' }, `Rankings and places for ${range}; tiles refresh every ${REFRESH_MS / 1000} s.`),
    h('div', { class: 'tiles' }, tiles),
  );
  return {
    element,
    dispose: () => {
      for (const dispose of disposers) dispose();
    },
  };
};
