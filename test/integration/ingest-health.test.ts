import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../src/parse/sources.js';
import { TestEnv } from './support.js';

const ARTICLE = `Mediators meet rival delegations in Nairobi

NAIROBI, March 4 (Reuters) - Kenyan mediators met the two delegations in Nairobi on Monday, the foreign ministry said. The government and the rebels agreed to hold a second round of talks in Mombasa next month.
Kenya's foreign minister said both sides had shown goodwill and that the ceasefire would be monitored by the African Union.`;

const QUERY = `query { articles(first: 10) { edges { node { title url warnings } } } }`;

describe('ingest health: binary input refused, encodings decoded, warnings stored and returned', () => {
  let env: TestEnv;
  const dir = mkdtempSync(join(tmpdir(), 'eventgraph-health-'));
  const file = (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  beforeAll(async () => {
    env = await TestEnv.start();
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await env?.stop();
  });

  it('refuses binaries with a one-line reason and stores nothing', async () => {
    const before = await env.fingerprint();
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 251;
    const paths = [
      file('program.txt', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.from('GLIBC_2.2.5')])),
      file('article.txt.gz', gzipSync(ARTICLE)),
      file('random.txt', random),
      file('scan.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >>'),
      file('nul.txt', `A title\n\nSome text\u0000with a NUL byte in it.`),
    ];
    const summary = await env.app.ingest.ingestStream(readSources(paths));
    expect(summary.articles).toBe(0);
    expect(summary.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/not a text article: it is an ELF executable$/),
      expect.stringMatching(/not a text article: it is a gzip archive$/),
      expect.stringMatching(/not a text article: .*(NUL|control|invalid)/),
      expect.stringMatching(/not a text article: it is a PDF document$/),
      expect.stringMatching(/not a text article: it contains NUL bytes/),
    ]);
    for (const s of summary.skipped) expect(s.reason).not.toContain('\n');
    expect(await env.fingerprint()).toEqual(before);
  });

  it('decodes UTF-8 with a BOM, UTF-16 and Windows-1252', async () => {
    const accented = ARTICLE.replace('Kenyan mediators', 'Kenyan mediators, led by José Muñoz,');
    const paths = [
      file(
        'bom.txt',
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(accented.replace('Nairobi\n', 'Nairobi (1)\n'))]),
      ),
      file('utf16.txt', iconv.encode(accented.replace('Nairobi\n', 'Nairobi (2)\n'), 'utf-16le', { addBOM: true })),
      file('latin.txt', iconv.encode(accented.replace('Nairobi\n', 'Nairobi (3)\n'), 'windows-1252')),
    ];
    const summary = await env.app.ingest.ingestStream(readSources(paths, { publishedAt: '2024-03-04' }));
    expect(summary.skipped).toEqual([]);
    const rows = await env.gql(
      `query { articles(first: 10, filter: { search: "Muñoz" }) { totalCount edges { node { title body } } } }`,
    );
    expect(rows.data.articles.totalCount).toBe(3);
    for (const edge of rows.data.articles.edges) {
      expect(edge.node.title).toMatch(/^Mediators meet rival delegations in Nairobi \([123]\)$/);
      expect(edge.node.body).toContain('José Muñoz');
    }
  });

  it('stores warnings on the article, returns them from the mutation and lists them in the summary', async () => {
    const undated = ARTICLE.replace('Nairobi\n', 'Nairobi (undated)\n');
    const summary = await env.app.ingest.ingestStream(readSources([file('undated.txt', undated)]));
    expect(summary.warned).toEqual([
      { origin: join(dir, 'undated.txt'), warnings: [expect.stringMatching(/^no publication date/)] },
    ]);
    const french = `Les médiateurs rencontrent les délégations

Les médiateurs kényans ont rencontré lundi les deux délégations à Nairobi, a indiqué le ministère des affaires étrangères. Le gouvernement et les rebelles ont accepté un second cycle de négociations.`;
    const response = await env.gql(
      `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { article { warnings } } }`,
      { input: { text: french, publishedAt: '2024-03-04' } },
    );
    expect(response.data.ingestArticle.article.warnings).toEqual([
      expect.stringMatching(/^not English \(detected language: fra\)/),
    ]);
  });

  it('flags a syndicated copy from another URL as a suspected duplicate', async () => {
    const copy = `${ARTICLE}\nThis story was first published by a partner site.`;
    const first = await env.gql(
      `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { article { warnings } } }`,
      { input: { text: ARTICLE, publishedAt: '2024-03-04', url: 'https://one.example/story' } },
    );
    expect(first.data.ingestArticle.article.warnings).toEqual([]);
    const second = await env.gql(
      `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { article { warnings } } }`,
      { input: { text: copy, publishedAt: '2024-03-04', url: 'https://two.example/copy' } },
    );
    expect(second.data.ingestArticle.article.warnings).toEqual([
      expect.stringMatching(/^suspected duplicate of article [0-9a-f]{64} \(same title/),
    ]);
    const listed = await env.gql(QUERY);
    expect(listed.data.articles.edges.length).toBeGreaterThan(1);
  });

  it('reads the HTML of a page given as text to the mutation', async () => {
    const page = `<!doctype html><html><head><title>Page</title><meta property="article:published_time" content="2024-06-01">
      </head><body><article><h1>Envoys meet in Oslo</h1><p>OSLO (Reuters) - The envoys of both governments met in Oslo on Monday and agreed to resume the talks next month, the Norwegian foreign ministry said.</p></article></body></html>`;
    const response = await env.gql(
      `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { article { title dateline source publishedAt body } } }`,
      { input: { text: page } },
    );
    expect(response.data.ingestArticle.article).toMatchObject({
      title: 'Envoys meet in Oslo',
      dateline: 'Oslo',
      source: 'Reuters',
      publishedAt: '2024-06-01',
    });
    expect(response.data.ingestArticle.article.body).toMatch(/^The envoys of both governments met in Oslo/);
  });
});
