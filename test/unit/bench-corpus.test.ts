import { describe, expect, it } from 'vitest';
import { buildPopulation, generateArticle, generateCorpus, populationSizes } from '../../bench/corpus/index.js';
import { extractWithRules } from '../../src/extract/index.js';
import { parseArticle } from '../../src/parse/index.js';

const parse = (text: string, publishedAt: string) =>
  parseArticle({ origin: 'corpus', content: text, format: 'text', overrides: { publishedAt } });

describe('benchmark corpus generator', () => {
  it('is deterministic for a seed and size, and differs across seeds', () => {
    const a = [...generateCorpus({ size: 30, seed: 7 })].map((x) => x.text);
    const b = [...generateCorpus({ size: 30, seed: 7 })].map((x) => x.text);
    const c = [...generateCorpus({ size: 30, seed: 8 })].map((x) => x.text);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    // any article can be made alone: the same as in the whole sequence
    expect(generateArticle(buildPopulation(7, 30), 7, 17).text).toBe(a[17]);
  });

  it('writes articles in the wire layout: keyword line, title, dateline, body, source credit', () => {
    const articles = [...generateCorpus({ size: 40, seed: 1 })];
    for (const article of articles) {
      const meta = parse(article.text, article.publishedAt);
      expect(meta.keywords.length).toBeGreaterThanOrEqual(3);
      expect(meta.title.length).toBeGreaterThan(10);
      expect(meta.dateline).toBeTruthy();
      expect(meta.source).toBeTruthy();
      expect(meta.publishedAt).toBe(article.publishedAt);
      expect(meta.publishedAt?.startsWith('2023-')).toBe(true);
      expect(meta.sentences.length).toBeGreaterThanOrEqual(4);
      expect(meta.body).not.toMatch(/^\s*\w+, \w{3} \d+\.-/); // the dateline is not left in the body
    }
    // a year of dates
    const months = new Set(articles.map((a) => a.publishedAt.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(8);
  });

  it('has statements, mediations and meetings that the extractor finds', () => {
    const totals = { actors: 0, statements: 0, direct: 0, mediations: 0, meetings: 0, places: 0 };
    const n = 40;
    for (const article of generateCorpus({ size: n, seed: 3 })) {
      const extracted = extractWithRules(parse(article.text, article.publishedAt));
      totals.actors += extracted.actors.length;
      totals.statements += extracted.statements.length;
      totals.direct += extracted.statements.filter((s) => s.direct).length;
      totals.mediations += extracted.mediations.length;
      totals.meetings += extracted.meetings.length;
      totals.places += extracted.meetings.filter((m) => m.location).length;
    }
    expect(totals.actors / n).toBeGreaterThan(4);
    expect(totals.statements / n).toBeGreaterThan(2);
    expect(totals.direct).toBeGreaterThan(0);
    expect(totals.mediations / n).toBeGreaterThan(0.4);
    expect(totals.meetings / n).toBeGreaterThan(0.5);
    expect(totals.places).toBeGreaterThan(0);
  });

  it('draws a population of hundreds to thousands of actors with power-law mentions', () => {
    expect(populationSizes(200).persons).toBeGreaterThan(150);
    expect(populationSizes(100_000).persons).toBeGreaterThan(3000);
    const population = buildPopulation(1, 1000);
    const persons = new Set(population.persons.map((p) => `${p.given} ${p.surname}`));
    expect(persons.size).toBe(population.persons.length);
    expect(population.persons.some((p) => p.variant && p.variant !== p.surname)).toBe(true);
    expect(population.persons.every((p) => p.affiliation.members.includes(p))).toBe(true);
    expect(population.organizations.some((o) => o.acronym)).toBe(true);

    // mention counts of persons by full name over a corpus: the top few dominate, the tail is long
    const counts = new Map<string, number>();
    for (const article of generateCorpus({ size: 300, seed: 1 }, population)) {
      for (const p of population.persons) {
        if (
          article.text.includes(`${p.given} ${p.surname}`) ||
          (p.variant && article.text.includes(`${p.given} ${p.variant}`))
        ) {
          counts.set(p.surname, (counts.get(p.surname) ?? 0) + 1);
        }
      }
    }
    const sorted = [...counts.values()].sort((x, y) => y - x);
    expect(sorted.length).toBeGreaterThan(100);
    const top = sorted.slice(0, 10).reduce((s, x) => s + x, 0);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(top / 10).toBeGreaterThan(5 * median);
  });
});
