import { gql } from '../api.js';
import type { View } from '../context.js';
import { empty, h } from '../dom.js';

interface ArticlePage {
  article: {
    title: string;
    publishedAt: string | null;
    source: string | null;
    dateline: string | null;
    url: string | null;
    keywords: string[];
    sentences: string[];
  } | null;
}

/** An article's text, sentence by sentence, with the evidence sentence marked and scrolled to. */
export const articleView: View = async (ctx) => {
  if (!ctx.state.article) return { element: empty('No article chosen.') };
  const { article } = await gql<ArticlePage>(
    'query ($id: ID!) { article(id: $id) { title publishedAt source dateline url keywords sentences } }',
    { id: ctx.state.article },
  );
  if (!article) return { element: empty('No article with that id.') };
  const sentences = article.sentences.map((text, i) =>
    h('span', { class: i === ctx.state.sentence ? 'sentence highlighted' : 'sentence', id: `s${i}` }, text, ' '),
  );
  const element = h(
    'article',
    { class: 'panel article-view' },
    h('h1', {}, article.title),
    h(
      'p',
      { class: 'muted' },
      [article.dateline, article.publishedAt, article.source].filter(Boolean).join(' · '),
      article.url ? h('a', { href: article.url, rel: 'noreferrer', class: 'external' }, ' original ↗') : null,
    ),
    article.keywords.length ? h('p', { class: 'aliases' }, article.keywords.join(' · ')) : null,
    h('div', { class: 'article-body' }, sentences),
  );
  const marked = ctx.state.sentence === null ? undefined : sentences[ctx.state.sentence];
  if (marked) requestAnimationFrame(() => marked.scrollIntoView({ block: 'center' }));
  return { element };
};
