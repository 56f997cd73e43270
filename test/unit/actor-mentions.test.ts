import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../src/domain/article.js';
import { createRuleExtractor } from '../../src/extract/index.js';
import { parseArticle } from '../../src/parse/index.js';

/** Which actors a short article yields: general constructions, with sentences written for these tests. */
const extractor = createRuleExtractor();
const actors = (body: string): string[] =>
  (
    extractor.extract(
      parseArticle({
        origin: 't',
        content: `A test title\n\n${body}`,
        format: 'text',
        overrides: { publishedAt: '2024-05-15' },
      }),
    ) as ExtractedArticle
  ).actors.map((a) => a.name);

describe('countries talked about are not actors', () => {
  it.each([
    ['The appeal asks for calm in Chad, Niger and Mali.', ['Niger', 'Mali', 'Chad']],
    ['Oman has backed mediation efforts for Libya, Somalia and Haiti.', ['Libya', 'Somalia', 'Haiti']],
    ['The ministers will discuss Armenia and Georgia next week.', ['Armenia', 'Georgia']],
    ['The new envoy for Myanmar landed on Sunday.', ['Myanmar']],
    ['Patriarch Daniel of Bucharest and all Romania blessed the accord.', ['Romania', 'Bucharest']],
  ])('%s', (text, absent) => {
    const found = actors(text);
    for (const name of absent) expect(found).not.toContain(name);
  });

  it('countries that act in a list stay actors', () => {
    expect(actors('Talks between Serbia and Kosovo resumed as Egypt and Jordan said they would help.')).toEqual(
      expect.arrayContaining(['Serbia', 'Kosovo', 'Egypt', 'Jordan']),
    );
  });
});

describe('people named once by surname', () => {
  it('a surname that speaks is a person', () => {
    expect(actors('At a briefing, Okafor said the talks would resume. Okafor, however, insisted on a date.')).toContain(
      'Okafor',
    );
  });
  it('a surname that decides is a person', () => {
    expect(actors('Mensah decided not to attend the talks in Accra.')).toContain('Mensah');
  });
  it('a surname with an office or a spokesman is a person', () => {
    expect(actors("Mensah's office declined to comment.")).toContain('Mensah');
  });
  it('a common noun opening a sentence is not', () => {
    expect(actors('Witnesses said the blast shook the town. Analysts said the deal was fragile.')).toEqual([]);
  });
  it('a capitalised word that only appears is not', () => {
    expect(actors('The plan rests on Stability and on trust between the sides.')).toEqual([]);
  });
  it('"the Kingdom said" is not a name', () => {
    expect(actors('A source in the Kingdom said the visit went well.')).not.toContain('Kingdom');
  });
  it('countries joined by a hyphen are a modifier', () => {
    expect(actors('The Brazil-Argentina summit ended early.')).not.toContain('Brazil-Argentina');
  });
});

describe('titles before names', () => {
  it.each([
    ['President Abdi Sheikh Warsame of Kenya signed the decree.', 'Abdi Sheikh Warsame'],
    ['The clarification came after Presidential Adviser on the Peace Process Maria Lantos spoke.', 'Maria Lantos'],
    ['The chairman of the State Planning Commission Lee Dong Won arrived.', 'Lee Dong Won'],
    ['Former envoy Martha K. Osei testified on Thursday. Osei said little.', 'Martha K. Osei'],
    ['The head of the Presidential Liaison Office Petro Danylenko said talks went well.', 'Petro Danylenko'],
    [
      'The head of the Presidential Liaison Office Petro Danylenko said talks went well.',
      'Presidential Liaison Office',
    ],
  ])('%s', (text, person) => {
    expect(actors(text)).toContain(person);
  });
});

describe('gatherings named after their subject', () => {
  it('"Discussions on Security and Stability" yields no actor', () => {
    expect(actors('Kenya skipped the Regional Discussions on Security and Stability in the Sahel.')).toEqual(['Kenya']);
  });
});

describe('capitalised words that describe a group or an event', () => {
  it.each([
    'Clashes erupted between Fulani Muslim tribes and armed Tiv Christian groups.',
    'He spoke about the Tarkana Border Conflict at length.',
  ])('%s', (text) => {
    expect(actors(text)).toEqual([]);
  });
});

describe('de facto states act like states', () => {
  it('breakaway territories that act are actors, and places when only locations', () => {
    expect(actors('Abkhazia and South Ossetia rejected the proposal, the Somaliland government said.')).toEqual(
      expect.arrayContaining(['Abkhazia', 'South Ossetia', 'Somaliland']),
    );
    expect(actors('The envoy travelled to Tiraspol and then to Hargeisa.')).toEqual([]);
  });
});

describe('names given in parentheses', () => {
  it('a short name in parentheses names the organization in later sentences too', () => {
    const found = actors(
      'Envoys of the Farmers’ Unity and Justice Party (FUJ Party) met on Monday. Later the FUJ Party said talks went well.',
    );
    expect(found.filter((n) => /FUJ|Farmers/.test(n))).toHaveLength(1);
  });
});
