import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../src/parse/sources.js';
import { repoRoot } from '../../src/paths.js';
import { actorId, startWithFixtureGraph } from '../integration/fixture-graph.js';
import type { TestEnv } from '../integration/support.js';
import { launchBrowser, type PageWatch, screenshot, watch } from './browser.js';

/** The workbench in Debian's Chromium against the real API and Neo4j with the fixture graph. */
describe('the workbench in a browser', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let hamas: string;
  let article: string;

  beforeAll(async () => {
    env = await startWithFixtureGraph();
    // One article of our own with accented names, to search for them without accents.
    await env.app.ingest.ingestStream(readSources([join(repoRoot(), 'test', 'browser', 'fixtures')]));
    hamas = await actorId(env, 'Hamas');
    article = (await env.gql('{ articles(first: 1) { edges { node { id } } } }')).data.articles.edges[0].node.id;
    browser = await launchBrowser();
    context = browser.context;
  });
  afterAll(async () => {
    await browser?.close();
    await env?.stop();
  });

  /** Opens a URL of the workbench and waits until the view has rendered. */
  async function open(path: string, ready: string): Promise<{ page: Page; seen: PageWatch }> {
    const page = await context.newPage();
    const seen = watch(page, env.origin);
    await page.goto(env.origin + path);
    await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    return { page, seen };
  }

  const views = () => [
    { name: 'dashboard', path: '/', ready: '.tile .bars' },
    { name: 'search', path: '/?view=search&q=Qatar', ready: '#actor-results li' },
    { name: 'actor', path: `/?view=actor&actor=${hamas}`, ready: '.actor-header h1' },
    { name: 'graph', path: `/?view=graph&actor=${hamas}`, ready: '#graph-nodes li' },
    { name: 'timeline', path: `/?view=timeline&actor=${hamas}`, ready: '#timeline-items li' },
    { name: 'map', path: '/?view=map', ready: 'circle.marker' },
    { name: 'article', path: `/?view=article&article=${article}&sentence=1`, ready: '.sentence.highlighted' },
    { name: 'graphiql', path: '/graphiql', ready: '.graphiql-container .cm-s-graphiql, .graphiql-container' },
  ];

  it('loads every view with no console error and no request to another host', async () => {
    for (const view of views()) {
      const { page, seen } = await open(view.path, view.ready);
      await screenshot(page, view.name);
      expect(seen.errors, view.name).toEqual([]);
      expect(seen.foreignRequests, view.name).toEqual([]);
      await page.close();
    }
  });

  it('draws the fixture nodes around an actor in the graph view', async () => {
    const { data } = await env.gql('query ($id: ID!) { neighborhood(actor: $id, limit: 150) { nodes { id } } }', {
      id: hamas,
    });
    const { page } = await open(`/?view=graph&actor=${hamas}`, '#graph-nodes li');
    const drawn = await page
      .locator('#graph-nodes [data-node]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-node')));
    expect(drawn.sort()).toEqual(data.neighborhood.nodes.map((n: { id: string }) => n.id).sort());
    expect(await page.locator('#graph-canvas canvas').count()).toBeGreaterThan(0);
    // Expanding Qatar from the node list (the keyboard's way) adds its own neighbourhood.
    await page.locator(`#graph-nodes [data-node="${await actorId(env, 'Qatar')}"]`).click();
    await page.getByRole('button', { name: 'Expand here' }).click();
    await expect.poll(() => page.locator('#graph-nodes [data-node]').count()).toBeGreaterThan(drawn.length);
    await page.close();
  });

  it('finds an actor by a spelling without accents', async () => {
    const { page } = await open('/?view=search', '#search-input');
    await page.fill('#search-input', 'Jose Felix Lafaurie');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#actor-results').innerText()).toContain('José Félix Lafaurie');
    await page.close();
  });

  it('shows a marker for a known meeting place and lists its meetings', async () => {
    const { page } = await open('/?view=map', 'circle.marker');
    const doha = page.locator('circle.marker[data-place="Doha"]');
    expect(await doha.count()).toBe(1);
    await doha.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#place-meetings h2').textContent()).toBe('Meetings in Doha');
    await screenshot(page, 'map-doha');
    await page.close();
  });

  it('lists the actor’s timeline in date order', async () => {
    const { page } = await open(`/?view=timeline&actor=${hamas}`, '#timeline-items li');
    const dates = (
      await page.locator('#timeline-items li').evaluateAll((items) => items.map((i) => i.getAttribute('data-date')))
    ).filter((d): d is string => Boolean(d));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort());
    await page.close();
  });

  it('reopens the same view from a shared URL', async () => {
    const { page } = await open('/?view=search&q=Hamas', '#actor-results li');
    await page.locator('#actor-results a', { hasText: 'Hamas' }).first().click();
    await page.locator('.actor-header h1').waitFor();
    await page.locator('nav a', { hasText: 'Timeline' }).click();
    await page.locator('#timeline-items li').first().waitFor();
    await page.fill('#range-from', '2023-01-01');
    await page.locator('#range-from').dispatchEvent('change');
    await page.locator('#timeline-items li').first().waitFor();
    const shared = page.url();
    expect(shared).toContain('view=timeline');
    expect(shared).toContain('from=2023-01-01');
    const items = await page.locator('#timeline-items').innerText();
    const again = await open(new URL(shared).pathname + new URL(shared).search, '#timeline-items li');
    expect(await again.page.locator('#timeline-items').innerText()).toBe(items);
    expect(await again.page.inputValue('#range-from')).toBe('2023-01-01');
    expect(await again.page.locator('nav a[aria-current="page"]').innerText()).toBe('Timeline');
    await page.close();
    await again.page.close();
  });
});
