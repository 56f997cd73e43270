/** What the page shows, all of it in the URL so that a link reopens the same view. */
export type ViewName = 'search' | 'actor' | 'graph' | 'timeline' | 'map' | 'dashboard' | 'article';

export const VIEWS: { name: ViewName; label: string; key: string; needsActor?: boolean }[] = [
  { name: 'dashboard', label: 'Dashboard', key: '1' },
  { name: 'search', label: 'Search', key: '2' },
  { name: 'actor', label: 'Actor', key: '3', needsActor: true },
  { name: 'graph', label: 'Graph', key: '4', needsActor: true },
  { name: 'timeline', label: 'Timeline', key: '5', needsActor: true },
  { name: 'map', label: 'Map', key: '6' },
];

export interface ViewState {
  view: ViewName;
  /** Global id of the actor the actor, graph and timeline views are about. */
  actor: string | null;
  /** Date range shared by every view (ISO dates), null for open. */
  from: string | null;
  to: string | null;
  /** Search text. */
  q: string | null;
  /** Global id of an article (article view), with the sentence to highlight. */
  article: string | null;
  sentence: number | null;
}

const KEYS = ['view', 'actor', 'from', 'to', 'q', 'article', 'sentence'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readState(search: string = location.search): ViewState {
  const params = new URLSearchParams(search);
  const view = params.get('view') as ViewName | null;
  const date = (key: string) => (ISO_DATE.test(params.get(key) ?? '') ? params.get(key) : null);
  const sentence = Number(params.get('sentence'));
  return {
    view: view && (VIEWS.some((v) => v.name === view) || view === 'article') ? view : 'dashboard',
    actor: params.get('actor'),
    from: date('from'),
    to: date('to'),
    q: params.get('q'),
    article: params.get('article'),
    sentence: params.has('sentence') && Number.isInteger(sentence) ? sentence : null,
  };
}

export function urlOf(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (value !== null && value !== '') params.set(key, String(value));
  }
  return `/?${params.toString()}`;
}
