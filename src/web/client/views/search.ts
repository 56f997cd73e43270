import { gql, nodesOf, type Connection } from '../api.js';
import type { View } from '../context.js';
import { empty, h, panel } from '../dom.js';
import { actorLink, type ActorRef, EVIDENCE_FIELDS, evidenceBlock, type EvidenceRef, kindBadge } from './links.js';

interface SearchResult {
  actors: Connection<ActorRef & { aliases: string[]; mentionCount: number; kind: string }>;
  statements: Connection<{ text: string; date: string | null; speaker: ActorRef; evidence: EvidenceRef[] }>;
  articles: Connection<{ id: string; title: string; publishedAt: string | null; source: string | null }>;
}

const QUERY = `query Search($q: String!, $from: Date, $to: Date) {
  actors(search: $q, first: 20) { totalCount edges { node { id name kind aliases mentionCount } } }
  statements(filter: { search: $q, from: $from, to: $to }, first: 10) {
    totalCount edges { node { text date speaker { id name kind } ${EVIDENCE_FIELDS} } }
  }
  articles(filter: { search: $q, from: $from, to: $to }, first: 10) {
    totalCount edges { node { id title publishedAt source } }
  }
}`;

/** Actors by name or alias (accents ignored), statements and articles by their words. */
export const searchView: View = async (ctx) => {
  const input = h('input', {
    type: 'search',
    name: 'q',
    id: 'search-input',
    value: ctx.state.q ?? '',
    placeholder: 'Actor, alias, words of a statement or article…',
    'aria-label': 'Search',
    autocomplete: 'off',
  });
  const form = h('form', { class: 'search', role: 'search' }, input, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.navigate({ q: input.value.trim() || null });
  });
  queueMicrotask(() => input.focus());
  const q = ctx.state.q?.trim();
  if (!q) return { element: h('div', { class: 'view search-view' }, form, empty('Type a name or words, then Enter.')) };

  const data = await gql<SearchResult>(QUERY, { q, from: ctx.state.from, to: ctx.state.to });
  const actors = nodesOf(data.actors);
  const results = h(
    'div',
    { class: 'columns' },
    panel(
      `Actors (${data.actors.totalCount})`,
      actors.length
        ? h(
            'ul',
            { class: 'results', id: 'actor-results' },
            actors.map((a) =>
              h(
                'li',
                {},
                actorLink(ctx, a, 'actor'),
                ' ',
                kindBadge(a.kind),
                h('span', { class: 'muted' }, ` ${a.mentionCount} article${a.mentionCount === 1 ? '' : 's'}`),
                a.aliases.length ? h('div', { class: 'aliases' }, a.aliases.join(' · ')) : null,
              ),
            ),
          )
        : empty('No actor by that name.'),
    ),
    panel(
      `Statements (${data.statements.totalCount})`,
      nodesOf(data.statements).map((s) =>
        h(
          'div',
          { class: 'item' },
          h('div', {}, actorLink(ctx, s.speaker, 'actor'), h('span', { class: 'muted' }, ` ${s.date ?? ''}`)),
          s.evidence[0] ? evidenceBlock(ctx, s.evidence[0]) : h('p', {}, s.text),
        ),
      ),
      data.statements.totalCount ? null : empty('No statement with those words.'),
    ),
    panel(
      `Articles (${data.articles.totalCount})`,
      h(
        'ul',
        { class: 'results' },
        nodesOf(data.articles).map((a) =>
          h(
            'li',
            {},
            h(
              'a',
              { href: ctx.href({ view: 'article', article: a.id, sentence: null }), 'data-internal': true },
              a.title,
            ),
            h('div', { class: 'muted' }, [a.publishedAt, a.source].filter(Boolean).join(' · ')),
          ),
        ),
      ),
      data.articles.totalCount ? null : empty('No article with those words.'),
    ),
  );
  return { element: h('div', { class: 'view search-view' }, form, results) };
};
