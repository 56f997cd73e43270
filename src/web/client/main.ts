import './style.css';
import { gql } from './api.js';
import type { RenderedView, View, ViewContext } from './context.js';
import { h } from './dom.js';
import { readState, urlOf, VIEWS, type ViewName, type ViewState } from './state.js';
import { actorView } from './views/actor.js';
import { articleView } from './views/article.js';
import { dashboardView } from './views/dashboard.js';
import { graphView } from './views/graph.js';
import { mapView } from './views/map.js';
import { searchView } from './views/search.js';
import { timelineView } from './views/timeline.js';

const RENDERERS: Record<ViewName, View> = {
  dashboard: dashboardView,
  search: searchView,
  actor: actorView,
  graph: graphView,
  timeline: timelineView,
  map: mapView,
  article: articleView,
};

interface Shell {
  nav: HTMLElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  main: HTMLElement;
  status: HTMLElement;
}

async function start(): Promise<void> {
  const dataSpan = await publishedSpan();
  const shell = buildShell();
  let current: RenderedView | null = null;
  let renderCount = 0;

  const render = async () => {
    const state = readState();
    const ticket = ++renderCount;
    syncShell(shell, state);
    current?.dispose?.();
    current = null;
    shell.main.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
    const ctx: ViewContext = {
      state,
      span: { from: state.from ?? dataSpan.from, to: state.to ?? dataSpan.to },
      navigate: (patch) => go({ ...state, ...patch }),
      href: (patch) => urlOf({ ...state, ...patch }),
    };
    try {
      const view = await RENDERERS[state.view](ctx);
      if (ticket !== renderCount) return view.dispose?.();
      current = view;
      shell.main.replaceChildren(view.element);
      shell.status.textContent = '';
    } catch (error) {
      if (ticket !== renderCount) return;
      shell.main.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not load: ${String(error)}`));
    }
  };
  const go = (state: ViewState) => {
    history.pushState(null, '', urlOf(state));
    void render();
  };

  shell.nav.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    go(readState(new URL(link.href).search));
  });
  // Links inside views navigate without reloading, like the tabs.
  shell.main.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a[data-internal]');
    if (!link || (event as MouseEvent).ctrlKey || (event as MouseEvent).metaKey) return;
    event.preventDefault();
    go(readState(new URL((link as HTMLAnchorElement).href).search));
  });
  const onRange = () => go({ ...readState(), from: shell.from.value || null, to: shell.to.value || null });
  shell.from.addEventListener('change', onRange);
  shell.to.addEventListener('change', onRange);
  document.addEventListener('keydown', (event) => {
    if (!event.altKey) return;
    const view = VIEWS.find((v) => v.key === event.key);
    if (view) {
      event.preventDefault();
      go({ ...readState(), view: view.name });
    }
  });
  window.addEventListener('popstate', () => void render());
  await render();
}

function buildShell(): Shell {
  const from = h('input', { type: 'date', id: 'range-from', 'aria-label': 'From date' });
  const to = h('input', { type: 'date', id: 'range-to', 'aria-label': 'To date' });
  const clear = h('button', { type: 'button', class: 'ghost', title: 'Clear the date range' }, 'All dates');
  clear.addEventListener('click', () => {
    from.value = '';
    to.value = '';
    from.dispatchEvent(new Event('change'));
  });
  const nav = h('nav', { 'aria-label': 'Views' });
  const main = h('main', { id: 'view', tabindex: '-1' });
  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const header = h(
    'header',
    {},
    h('a', { class: 'brand', href: '/' }, h('span', { class: 'logo', 'aria-hidden': 'true' }, '◈'), 'EventGraph'),
    nav,
    h(
      'div',
      { class: 'range', role: 'group', 'aria-label': 'Date range' },
      h('span', {}, 'Dates'),
      from,
      '–',
      to,
      clear,
    ),
    h('a', { class: 'ide', href: '/graphiql' }, 'GraphiQL'),
  );
  document.body.replaceChildren(header, main, status);
  return { nav, from, to, main, status };
}

function syncShell(shell: Shell, state: ViewState): void {
  shell.from.value = state.from ?? '';
  shell.to.value = state.to ?? '';
  shell.nav.replaceChildren(
    ...VIEWS.map((view) => {
      const disabled = view.needsActor && !state.actor;
      const current = view.name === state.view;
      return h(
        'a',
        {
          href: urlOf({ ...state, view: view.name }),
          class: `tab${current ? ' current' : ''}${disabled ? ' disabled' : ''}`,
          'aria-current': current ? 'page' : null,
          title: `${view.label} (Alt+${view.key})${disabled ? ': choose an actor first' : ''}`,
        },
        view.label,
      );
    }),
  );
}

/** The first and last publication dates in the graph: the default range of charts. */
async function publishedSpan(): Promise<{ from: string; to: string }> {
  type Newest = { edges: { node: { publishedAt: string | null } }[] };
  const data = await gql<{ first: Newest; last: Newest }>(
    `{ first: articles(first: 1, orderBy: OLDEST_FIRST) { edges { node { publishedAt } } }
       last: articles(first: 1, orderBy: NEWEST_FIRST) { edges { node { publishedAt } } } }`,
  );
  const today = new Date().toISOString().slice(0, 10);
  return {
    from: data.first.edges[0]?.node.publishedAt ?? today,
    to: data.last.edges[0]?.node.publishedAt ?? today,
  };
}

void start();
