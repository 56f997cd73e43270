import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebAssets } from '../../src/web/build.js';
import { TestEnv } from './support.js';

/** What the API process serves besides /graphql: the workbench, its assets and the offline IDE. */
describe('web routes', () => {
  let dev: TestEnv;
  let production: TestEnv;
  beforeAll(async () => {
    await buildWebAssets();
    dev = await TestEnv.start();
    production = await TestEnv.start({ NODE_ENV: 'production', EVENTGRAPH_API_KEYS: 'k' });
  });
  afterAll(async () => {
    await dev?.stop();
    await production?.stop();
  });

  const get = (env: TestEnv, path: string, accept = '*/*') => fetch(env.origin + path, { headers: { accept } });

  it('serves the workbench page and its bundled assets from this origin only', async () => {
    const page = await get(dev, '/');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/assets/app.js');
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ['/assets/app.js', '/assets/app.css', '/assets/countries-50m.json', '/assets/graphiql.js']) {
      expect((await get(dev, asset)).status, asset).toBe(200);
    }
    expect((await get(dev, '/assets/missing.js')).status).toBe(404);
  });

  it('serves GraphiQL with the README operations, and Sandbox’s page points to it', async () => {
    expect((await get(dev, '/graphiql')).status).toBe(200);
    const examples = (await (await get(dev, '/assets/examples.json')).json()) as { query: string }[];
    expect(examples.map((e) => /query (\w+)/.exec(e.query)?.[1])).toEqual(
      expect.arrayContaining(['Actor', 'Mediations', 'Planned', 'Dashboard']),
    );
    const landing = await (await get(dev, '/graphql', 'text/html')).text();
    expect(landing).toContain('href="/graphiql"');
  });

  it('turns GraphiQL off with introspection (off by default in production), like the Sandbox, and keeps the workbench', async () => {
    expect((await get(production, '/graphiql')).status).toBe(404);
    expect((await get(production, '/')).status).toBe(200);
    expect(await (await get(production, '/graphql', 'text/html')).text()).not.toContain('/graphiql');
  });
});
