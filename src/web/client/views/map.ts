import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { gql, nodesOf, type Connection } from '../api.js';
import type { View, ViewContext } from '../context.js';
import { empty, h, panel } from '../dom.js';
import { meetingLabel, titleCase } from '../format.js';
import { actorList, type MeetingRef } from './links.js';

export interface PlaceCount {
  count: number;
  held: number;
  planned: number;
  place: {
    name: string;
    latitude: number | null;
    longitude: number | null;
    countryCode: string | null;
    kind: string | null;
  };
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const WIDTH = 960;
const HEIGHT = 500;

export const PLACES_QUERY = `query ($from: Date, $to: Date) {
  meetingPlaces(from: $from, to: $to, limit: 100) { count held planned place { name latitude longitude countryCode kind } }
}`;

/** Meeting places on a world map shipped with the page (Natural Earth via world-atlas). */
export const mapView: View = async (ctx) => {
  const [{ meetingPlaces }, world] = await Promise.all([
    gql<{ meetingPlaces: PlaceCount[] }>(PLACES_QUERY, { from: ctx.state.from, to: ctx.state.to }),
    worldShapes(),
  ]);
  const meetings = panel('Meetings', h('p', { class: 'muted' }, 'Choose a place on the map or in the list.'));
  meetings.id = 'place-meetings';
  const svg = worldMap(world, meetingPlaces, (place) => void listMeetings(ctx, place, meetings));
  const located = meetingPlaces.filter((p) => p.place.latitude !== null);
  const table = h(
    'table',
    { class: 'counts' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Place'), h('th', {}, 'All'), h('th', {}, 'Held'), h('th', {}, 'Planned'))),
    h(
      'tbody',
      {},
      meetingPlaces.map((p) => {
        const button = h('button', { type: 'button', class: 'link' }, p.place.name);
        button.addEventListener('click', () => void listMeetings(ctx, p, meetings));
        return h(
          'tr',
          {},
          h('td', {}, button, p.place.latitude === null ? h('span', { class: 'muted' }, ' (not located)') : null),
          h('td', {}, p.count),
          h('td', {}, p.held),
          h('td', {}, p.planned),
        );
      }),
    ),
  );
  const element = h(
    'div',
    { class: 'view map-view' },
    h(
      'div',
      { class: 'map-main' },
      h('div', { class: 'map-frame' }, svg.element),
      h(
        'p',
        { class: 'muted' },
        `${located.length} of ${meetingPlaces.length} places located · scroll or use + / − to zoom, drag to pan · circle area = meetings, orange = some planned`,
      ),
      svg.controls,
    ),
    h(
      'div',
      { class: 'map-side' },
      panel('Meeting places', meetingPlaces.length ? table : empty('No meeting in this date range.')),
      meetings,
    ),
  );
  return { element };
};

async function worldShapes(): Promise<FeatureCollection<Geometry>> {
  const topology = (await (await fetch('/assets/countries-50m.json')).json()) as Topology;
  return feature(topology, topology.objects.countries!) as FeatureCollection<Geometry>;
}

/** The SVG map with one circle per located place; zoom by wheel or buttons, pan by drag. */
export function worldMap(
  world: FeatureCollection<Geometry>,
  places: PlaceCount[],
  onSelect: (place: PlaceCount) => void,
): { element: SVGSVGElement; controls: HTMLElement } {
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [WIDTH - 4, HEIGHT - 4],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath(projection);
  const svg = svgEl('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: 'world',
    role: 'img',
    'aria-label': 'World map of meeting places',
  });
  const layer = svgEl('g', {});
  layer.append(svgEl('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
  layer.append(svgEl('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
  for (const country of world.features) layer.append(svgEl('path', { d: path(country) ?? '', class: 'country' }));
  const max = Math.max(1, ...places.map((p) => p.count));
  for (const place of [...places].sort((a, b) => b.count - a.count)) {
    const { latitude, longitude } = place.place;
    if (latitude === null || longitude === null) continue;
    const [x, y] = projection([longitude, latitude]) ?? [0, 0];
    const marker = svgEl('circle', {
      cx: x,
      cy: y,
      r: 4 + 10 * Math.sqrt(place.count / max),
      class: `marker${place.planned ? ' planned' : ''}`,
      tabindex: 0,
      role: 'button',
      'data-place': place.place.name,
      'aria-label': `${place.place.name}: ${place.count} meetings`,
    });
    const title = svgEl('title', {});
    title.textContent = `${place.place.name} (${place.place.countryCode ?? '?'}): ${place.count} meetings, ${place.held} held, ${place.planned} planned`;
    marker.append(title);
    marker.addEventListener('click', () => onSelect(place));
    marker.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onSelect(place);
      }
    });
    layer.append(marker);
  }
  svg.append(layer);
  return { element: svg, controls: zoomControls(svg, layer) };
}

function zoomControls(svg: SVGSVGElement, layer: SVGGElement): HTMLElement {
  let k = 1;
  let tx = 0;
  let ty = 0;
  const apply = () => {
    layer.setAttribute('transform', `translate(${tx} ${ty}) scale(${k})`);
    svg.style.setProperty('--k', String(k));
  };
  const zoomAt = (factor: number, cx = WIDTH / 2, cy = HEIGHT / 2) => {
    const next = Math.min(12, Math.max(1, k * factor));
    tx = cx - ((cx - tx) * next) / k;
    ty = cy - ((cy - ty) * next) / k;
    k = next;
    if (k === 1) tx = ty = 0;
    apply();
  };
  svg.addEventListener('wheel', (event) => {
    event.preventDefault();
    const box = svg.getBoundingClientRect();
    zoomAt(
      event.deltaY < 0 ? 1.25 : 0.8,
      ((event.clientX - box.left) / box.width) * WIDTH,
      ((event.clientY - box.top) / box.height) * HEIGHT,
    );
  });
  let drag: { x: number; y: number } | null = null;
  svg.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, y: event.clientY };
  });
  svg.addEventListener('pointermove', (event) => {
    if (!drag || k === 1) return;
    const scale = WIDTH / svg.getBoundingClientRect().width;
    tx += (event.clientX - drag.x) * scale;
    ty += (event.clientY - drag.y) * scale;
    drag = { x: event.clientX, y: event.clientY };
    apply();
  });
  svg.addEventListener('pointerup', () => {
    drag = null;
  });
  const button = (label: string, title: string, action: () => void) => {
    const b = h('button', { type: 'button', title, 'aria-label': title }, label);
    b.addEventListener('click', action);
    return b;
  };
  return h(
    'div',
    { class: 'zoom' },
    button('+', 'Zoom in', () => zoomAt(1.5)),
    button('−', 'Zoom out', () => zoomAt(1 / 1.5)),
    button('Reset', 'Show the whole world', () => zoomAt(1 / k)),
  );
}

async function listMeetings(ctx: ViewContext, place: PlaceCount, target: HTMLElement): Promise<void> {
  const data = await gql<{
    meetings: Connection<MeetingRef>;
  }>(
    `query ($place: String!, $from: Date, $to: Date) {
      meetings(filter: { place: $place, from: $from, to: $to }, first: 50) {
        totalCount edges { node { kind status date place { name } participants { id name kind } } } } }`,
    { place: place.place.name, from: ctx.state.from, to: ctx.state.to },
  );
  target.replaceChildren(
    h('h2', {}, `Meetings in ${place.place.name}`),
    h(
      'ul',
      { class: 'meetings' },
      nodesOf(data.meetings).map((m) =>
        h('li', {}, h('strong', {}, meetingLabel(m)), ` ${titleCase(m.status)} · `, ...actorList(ctx, m.participants)),
      ),
    ),
  );
}

function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  return el;
}
