import { describe, expect, it } from 'vitest';
import { looksLikeFeed, parseFeed } from '../../src/parse/feed.js';
import { looksLikeHtml, readHtml } from '../../src/parse/html.js';
import { urlsOf } from '../../src/parse/url-list.js';
import { parseArticle } from '../../src/parse/index.js';

describe('URL lists', () => {
  it('reads one URL per line, skipping comments and repeats', () => {
    expect(urlsOf('# list\nhttps://a.example/1\n\nhttps://a.example/2\nhttps://a.example/1\n')).toEqual([
      'https://a.example/1',
      'https://a.example/2',
    ]);
  });
  it('reads the URL column of GDELT rows and skips rows without one', () => {
    const row = (last: string) => ['1', '20240520', 'USA', 'GOV', '042', last].join('\t');
    expect(urlsOf(`${row('https://b.example/x')}\n${row('BBC Monitoring')}\n`)).toEqual(['https://b.example/x']);
  });
  it('is not fooled by an article', () => {
    expect(urlsOf('A title\n\nSee https://a.example/1 for the full text of the accord.')).toBeNull();
  });
});

describe('feeds', () => {
  it('recognises RSS and Atom, not HTML', () => {
    expect(looksLikeFeed('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>')).toBe(true);
    expect(looksLikeFeed('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe(true);
    expect(looksLikeFeed('<!doctype html><html></html>')).toBe(false);
  });
  it('gives each item its guid, link and date', async () => {
    const items = await parseFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title>One</title><link>https://c.example/1</link><guid>g-1</guid><pubDate>Tue, 21 May 2024 10:00:00 GMT</pubDate></item>
      <item><title>No link</title></item>
      <item><title>Two</title><link>https://c.example/2</link></item></channel></rss>`);
    expect(items).toEqual([
      { key: 'g-1', link: 'https://c.example/1', title: 'One', publishedAt: '2024-05-21T10:00:00.000Z' },
      { key: 'https://c.example/2', link: 'https://c.example/2', title: 'Two', publishedAt: null },
    ]);
  });
});

describe('HTML metadata', () => {
  const page = (head: string, body = '<article><h1>Envoys meet</h1><p>The envoys met on Monday.</p></article>') =>
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  it('prefers JSON-LD NewsArticle, then Open Graph and article: tags', () => {
    const ld = readHtml(
      page(
        '<script type="application/ld+json">[{"@type":"NewsArticle","headline":"From LD","datePublished":"2024-02-01","url":"/a"}]</script><meta property="og:title" content="From OG">',
      ),
      'https://d.example/path/page',
    );
    expect(ld).toMatchObject({ title: 'From LD', publishedAt: '2024-02-01', url: 'https://d.example/a' });
    const og = readHtml(
      page(
        '<meta property="og:title" content="From OG"><meta property="article:published_time" content="2024-02-02T09:00:00Z"><meta property="og:site_name" content="D News">',
      ),
      'https://d.example/p',
    );
    expect(og).toMatchObject({
      title: 'From OG',
      publishedAt: '2024-02-02T09:00:00Z',
      siteName: 'D News',
      url: 'https://d.example/p',
    });
  });
  it('credits a page that names no agency to its site', () => {
    const body =
      '<article><h1>Envoys meet in Doha</h1><p>The envoys of both governments met in Doha on Monday for a new round of talks on the border.</p><p>They will meet again next week, officials said after the session ended.</p></article>';
    const own = parseArticle({
      origin: 'https://d.example/p',
      content: page('<meta property="og:site_name" content="D News">', body),
      format: 'html',
    });
    expect(own.source).toBe('D News');
  });
  it('dates a page by its Dublin Core issue date when it has no other', () => {
    const html = readHtml(
      page(
        '<meta name="DC.date.issued" content="2010-02-02">',
        '<article><h1>T</h1><p>The envoys met on Monday.</p></article>',
      ),
      null,
    );
    expect(html.publishedAt).toBe('2010-02-02');
  });
  it('reads a visible "Keywords:" line of a page, which Readability drops', () => {
    const html = readHtml(
      page(
        '',
        '<article><h1>Envoys meet</h1><div class="kw"><span>Keywords:</span> truce, Gaza, Qatar</div><p>The envoys met on Monday.</p></article>',
      ),
      null,
    );
    expect(html.keywords).toEqual(['truce', 'Gaza', 'Qatar']);
  });
  it('leaves captions, scripts and forms out of the text', () => {
    const html = readHtml(
      page(
        '',
        '<article><h1>T</h1><figure><figcaption>A caption (Photo: X)</figcaption></figure><p>The envoys met on Monday.</p><script>var x = 1;</script><form><p>Subscribe now</p></form></article>',
      ),
      null,
    );
    expect(html.text).toContain('The envoys met on Monday.');
    expect(html.text).not.toMatch(/caption|var x|Subscribe/);
    expect(looksLikeHtml('  <!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('A title\n\n<b>not</b> a page')).toBe(false);
  });
});

describe('HTML text', () => {
  it('reads line breaks as paragraph breaks', () => {
    const lines = Array.from(
      { length: 6 },
      (_, i) => `The envoys met for the ${i + 1}th time on Monday and agreed to meet again next week in Geneva.`,
    );
    const html = readHtml(
      `<!doctype html><html><body><article><div>${lines.join('<br><br>')}</div></article></body></html>`,
      null,
    );
    expect(html.text.split('\n\n')).toEqual(lines);
  });
});
