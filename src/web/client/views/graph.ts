import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { gql } from '../api.js';
import type { View, ViewContext } from '../context.js';
import { empty, h } from '../dom.js';
import { KIND_COLOURS, meetingLabel, titleCase } from '../format.js';
import { chooseActor } from './actor.js';

interface GraphNode {
  id: string;
  type: string;
  label: string;
  kind: string | null;
}
interface GraphData {
  nodes: GraphNode[];
  edges: { source: string; target: string; type: string }[];
  truncated: boolean;
}

const NEIGHBORHOOD = `query ($id: ID!, $depth: Int) {
  neighborhood(actor: $id, depth: $depth, limit: 100) { truncated nodes { id type label kind } edges { source target type } }
}`;

/** The neighbourhood of an actor: actors and the events that link them; double-click expands. */
export const graphView: View = async (ctx) => {
  if (!ctx.state.actor) return chooseActor(ctx);
  const data = (await gql<{ neighborhood: GraphData }>(NEIGHBORHOOD, { id: ctx.state.actor, depth: 1 })).neighborhood;
  if (!data.nodes.length) return { element: empty('Nothing around this actor.') };
  const labels = await meetingLabels(data.nodes);
  const canvas = h('div', {
    class: 'graph-canvas',
    id: 'graph-canvas',
    role: 'img',
    'aria-label': 'Graph of the actor and its events',
  });
  const details = h(
    'aside',
    { class: 'graph-details', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Click a node to see it; double-click an actor to expand it.'),
  );
  const legend = h(
    'div',
    { class: 'legend' },
    Object.entries(KIND_COLOURS).map(([kind, colour]) =>
      h('span', {}, h('span', { class: 'swatch', style: `background:${colour}` }), titleCase(kind)),
    ),
  );
  const list = h('ul', { class: 'graph-list', id: 'graph-nodes' });
  const element = h(
    'div',
    { class: 'view graph-view' },
    h(
      'div',
      { class: 'graph-main' },
      legend,
      canvas,
      data.truncated ? h('p', { class: 'muted' }, 'Only the first 100 nodes are shown.') : null,
    ),
    h('div', { class: 'graph-side' }, details, h('h3', {}, 'Nodes'), list),
  );
  // cytoscape measures its container, so it starts once the view is in the page.
  let cy: Core | null = null;
  requestAnimationFrame(() => {
    if (!canvas.isConnected) return;
    cy = drawGraph(canvas, toElements(data, labels, ctx.state.actor));
    const graph = cy;
    const expandAt = async (id: string) => {
      await expand(graph, id);
      fillList(graph, list, (node) => showDetails(ctx, node, details, expandAt));
    };
    graph.on('tap', 'node', (event) => showDetails(ctx, event.target.data(), details, expandAt));
    graph.on('dbltap', 'node[type = "Actor"]', (event) => void expandAt(event.target.id()));
    fillList(graph, list, (node) => showDetails(ctx, node, details, expandAt));
  });
  return { element, dispose: () => cy?.destroy() };
};

function drawGraph(container: HTMLElement, elements: ElementDefinition[]): Core {
  return cytoscape({
    container,
    elements,
    style: STYLE,
    layout: LAYOUT,
    maxZoom: 1.3,
    minZoom: 0.2,
  });
}

function toElements(data: GraphData, labels: Map<string, string>, root: string | null = null): ElementDefinition[] {
  return [
    ...data.nodes.map((n) => ({
      group: 'nodes' as const,
      data: {
        id: n.id,
        type: n.type,
        kind: n.kind,
        root: n.id === root,
        label: labels.get(n.id) ?? (n.type === 'Statement' ? `“${shorten(n.label, 36)}”` : shorten(n.label, 40)),
        colour: colourOf(n),
      },
    })),
    ...data.edges.map((e) => ({
      group: 'edges' as const,
      data: {
        id: `${e.source}-${e.type}-${e.target}`,
        source: e.source,
        target: e.target,
        label: e.type.toLowerCase(),
      },
    })),
  ];
}

/** A meeting reads as its kind, place and date rather than just "TALKS". */
async function meetingLabels(nodes: GraphNode[]): Promise<Map<string, string>> {
  const meetings = nodes.filter((n) => n.type === 'Meeting');
  if (!meetings.length) return new Map();
  const fields = meetings.map(
    (m, i) => `m${i}: node(id: ${JSON.stringify(m.id)}) { ... on Meeting { kind date place { name } } }`,
  );
  const data = await gql<Record<string, { kind: string; date: string | null; place: { name: string } | null }>>(
    `{ ${fields.join('\n')} }`,
  );
  return new Map(meetings.map((m, i) => [m.id, data[`m${i}`] ? meetingLabel(data[`m${i}`]!) : m.label]));
}

async function expand(cy: Core, id: string): Promise<void> {
  const data = (await gql<{ neighborhood: GraphData }>(NEIGHBORHOOD, { id, depth: 1 })).neighborhood;
  const labels = await meetingLabels(data.nodes.filter((n) => cy.getElementById(n.id).empty()));
  const fresh = toElements(data, labels).filter((e) => cy.getElementById(e.data.id!).empty());
  cy.add(fresh);
  cy.layout(LAYOUT).run();
}

const LAYOUT = {
  name: 'cose',
  animate: false,
  padding: 30,
  nodeRepulsion: () => 60_000,
  idealEdgeLength: () => 110,
  nodeOverlap: 40,
  componentSpacing: 120,
  randomize: false,
} as cytoscape.LayoutOptions;

/** The nodes as a list of buttons: the keyboard's way into the graph. */
function fillList(cy: Core, list: HTMLElement, select: (node: NodeData) => void): void {
  const nodes = cy
    .nodes()
    .sort(
      (a, b) =>
        String(a.data('type')).localeCompare(b.data('type')) || String(a.data('label')).localeCompare(b.data('label')),
    );
  list.replaceChildren(
    ...nodes.map((node) => {
      const button = h(
        'button',
        { type: 'button', class: 'node-button', 'data-node': node.id() },
        h('span', { class: 'swatch', style: `background:${node.data('colour')}` }),
        node.data('label'),
      );
      button.addEventListener('click', () => {
        cy.nodes().unselect();
        node.select();
        cy.animate({ center: { eles: node } }, { duration: 200 });
        select(node.data());
      });
      return h('li', {}, button);
    }),
  );
}

interface NodeData {
  id: string;
  type: string;
  label: string;
  kind: string | null;
}

function showDetails(ctx: ViewContext, data: NodeData, details: HTMLElement, expandAt: (id: string) => void): void {
  const expandButton = h('button', { type: 'button' }, 'Expand here');
  expandButton.addEventListener('click', () => expandAt(data.id));
  const open =
    data.type === 'Actor'
      ? [
          h(
            'a',
            { href: ctx.href({ view: 'actor', actor: data.id }), 'data-internal': true, class: 'button' },
            'Open actor',
          ),
          h(
            'a',
            { href: ctx.href({ view: 'graph', actor: data.id }), 'data-internal': true, class: 'button' },
            'Centre graph here',
          ),
          expandButton,
        ]
      : [];
  details.replaceChildren(
    h('h3', {}, data.label),
    h('p', { class: 'muted' }, [data.type, data.kind ? titleCase(data.kind) : null].filter(Boolean).join(' · ')),
    h('p', { class: 'actions' }, open),
  );
}

function colourOf(node: GraphNode): string {
  return KIND_COLOURS[node.type === 'Actor' ? (node.kind ?? 'ORGANIZATION') : node.type] ?? '#777';
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      'font-size': 9,
      'font-family': 'system-ui, sans-serif',
      color: '#1d2733',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      width: 18,
      height: 18,
    },
  },
  { selector: 'node[type = "Actor"]', style: { width: 24, height: 24, 'font-size': 11, 'font-weight': 'bold' } },
  {
    selector: 'node[?root]',
    style: { width: 36, height: 36, 'border-width': 3, 'border-color': '#14202e', 'font-size': 13 },
  },
  { selector: 'node[type != "Actor"]', style: { shape: 'round-rectangle' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#a9b4c0',
      'target-arrow-color': '#a9b4c0',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 8,
      color: '#5b6673',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
    },
  },
];
