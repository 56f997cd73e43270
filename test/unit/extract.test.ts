import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRuleExtractor } from '../../src/extract/index.js';
import { type DateDirection, findDates } from '../../src/extract/dates.js';
import { parseArticle } from '../../src/parse/index.js';
import type { ExtractedArticle } from '../../src/domain/article.js';

const extractor = createRuleExtractor();
const run = (body: string, publishedAt = '2024-03-14'): ExtractedArticle =>
  extractor.extract(
    parseArticle({ origin: 't', content: `A test title\n\n${body}`, format: 'text', overrides: { publishedAt } }),
  ) as ExtractedArticle;
const actor = (x: ExtractedArticle, name: string) => x.actors.find((a) => a.name === name || a.aliases.includes(name));

describe('actors', () => {
  it('finds countries, organizations with acronyms, persons with titles', () => {
    const x = run(
      'The Economic Community of West African States (ECOWAS) said Senegal would host the talks. Senegalese Foreign Minister Amadou Diallo welcomed the move.',
    );
    expect(actor(x, 'ECOWAS')?.kind).toBe('ORGANIZATION');
    expect(actor(x, 'Senegal')?.kind).toBe('COUNTRY');
    const p = actor(x, 'Amadou Diallo');
    expect(p?.kind).toBe('PERSON');
    expect(p?.affiliations[0]?.actor).toBe('Senegal');
  });
  it('composes ministries and governments from adjectives', () => {
    const x = run('The Norwegian Foreign Ministry said the Peruvian government had accepted the offer.');
    expect(actor(x, 'Norwegian Foreign Ministry')?.kind).toBe('ORGANIZATION');
    expect(actor(x, 'Ministry of Foreign Affairs of Norway')).toBeDefined();
    expect(actor(x, 'Peru')?.aliases).toContain('Peruvian government');
  });
  it('does not report a place that is only a location', () => {
    const x = run('Rebel leaders and the army met in Switzerland on Monday, the Red Cross said.');
    expect(actor(x, 'Switzerland')).toBeUndefined();
    expect(actor(x, 'International Committee of the Red Cross')).toBeDefined();
  });
  it('merges a surname with the full name', () => {
    const x = run(
      'Rebel commander Joseph Kabila Mwamba said the talks were over. Mwamba added that his fighters would stay.',
    );
    expect(x.actors.filter((a) => a.kind === 'PERSON').map((a) => a.name)).toEqual(['Joseph Kabila Mwamba']);
  });
});

describe('statements', () => {
  it('reads "X said that ..." and "“...,” X said"', () => {
    const x = run(
      'Kenyan President William Ruto said that the ceasefire would hold. “We will not go back to war,” he added.',
    );
    expect(x.statements).toHaveLength(2);
    expect(x.statements[0]).toMatchObject({ speaker: 'William Ruto', text: 'the ceasefire would hold', direct: false });
    expect(x.statements[1]).toMatchObject({
      speaker: 'William Ruto',
      text: 'We will not go back to war',
      direct: true,
    });
  });
  it("gives an unnamed spokesman's words to the organization and records the outlet", () => {
    const x = run('Al Jazeera quoted a Hezbollah spokesman as saying that the group would respect the truce.');
    expect(x.statements[0]).toMatchObject({ speaker: 'Hezbollah', via: 'Al Jazeera' });
  });
  it('reads inverted reports and dates them', () => {
    const x = run(
      'The border crossing will reopen next week, announced the Egyptian Foreign Ministry on Tuesday.',
      '2024-03-14',
    );
    expect(x.statements[0]?.speaker).toBe('Egyptian Foreign Ministry');
    expect(x.statements[0]?.text).toBe('The border crossing will reopen next week');
  });
});

describe('mediations', () => {
  it('finds mediators and parties', () => {
    const x = run(
      'Talks between the Sudanese army and the Rapid Support Forces, mediated by Saudi Arabia and the United States, resumed on Sunday.',
    );
    expect(x.mediations).toHaveLength(1);
    expect(x.mediations[0]!.mediators.sort()).toEqual(['Saudi Arabia', 'United States']);
    expect(x.mediations[0]!.parties).toContain('Rapid Support Forces');
  });
  it('reads "X-brokered"', () => {
    const x = run('The Qatari-brokered deal between Israel and Hamas took effect on Friday.');
    expect(x.mediations[0]?.mediators).toEqual(['Qatar']);
  });
});

describe('meetings', () => {
  it('splits meetings in two places and marks them planned', () => {
    const x = run('The African Union plans to hold meetings in London and Paris.');
    expect(x.meetings.map((m) => m.location).sort()).toEqual(['London', 'Paris']);
    expect(x.meetings.every((m) => m.status === 'PLANNED')).toBe(true);
  });
  it("takes a meeting's participants from its own clause, not from the clause around it", () => {
    const x = run(
      'President Idriss Malo of Chad, who on Wednesday also plans to meet with the president of Portugal, Marcelo Rebelo de Sousa, kept blocking the accord for Niger and Mali.',
    );
    expect(x.meetings).toHaveLength(1);
    expect([...x.meetings[0]!.participants].sort()).toEqual([
      'Chad',
      'Idriss Malo',
      'Marcelo Rebelo de Sousa',
      'Portugal',
    ]);
  });
  it('keeps a bilateral meeting on the sidelines of a summit apart from the summit', () => {
    const x = run(
      'The ECOWAS summit opened in Dakar on Monday. On the sidelines of the summit, President Idriss Malo of Chad met Prime Minister Lena Varga of Niger in Dakar on Monday.',
    );
    expect(x.meetings.map((m) => m.kind).sort()).toEqual(['MEETING', 'SUMMIT']);
    expect(x.meetings.find((m) => m.kind === 'MEETING')?.participants).not.toContain('ECOWAS');
  });
  it('places a meeting during a visit where the visitor is, apart from the visit', () => {
    const x = run(
      'President Idriss Malo of Chad arrived in Dakar on Sunday for a three-day visit. Malo met Prime Minister Lena Varga of Senegal on Monday.',
      '2024-03-14',
    );
    expect(x.meetings.map((m) => `${m.kind} ${m.location}`).sort()).toEqual(['MEETING Dakar', 'VISIT Dakar']);
  });
  it('resolves the date and status of a held meeting', () => {
    const x = run('Iranian Foreign Minister Ali Rezaei met his Omani counterpart in Muscat on Monday.', '2024-03-14');
    expect(x.meetings[0]).toMatchObject({ location: 'Muscat', date: '2024-03-11', status: 'HELD' });
  });
});

describe('dates', () => {
  it('resolves weekdays, months and relative expressions', () => {
    const d = (s: string, direction: DateDirection = 'either') => findDates(s, '2023-11-22', direction)[0]?.date;
    expect(d('on November 18')).toBe('2023-11-18');
    expect(d('on Wednesday')).toBe('2023-11-22');
    expect(d('last Tuesday')).toBe('2023-11-21');
    expect(d('last month')).toBe('2023-10');
    expect(d('next month')).toBe('2023-12');
    expect(d('in August')).toBe('2023-08');
    // a month fronted at a sentence's start
    expect(d('In August, the two sides met.', 'past')).toBe('2023-08');
    expect(d('on Friday', 'future')).toBe('2023-11-24');
    // a planned event in a month before the publication's is next year's
    expect(d('in March', 'future')).toBe('2024-03');
    expect(d('on March 5', 'future')).toBe('2024-03-05');
    expect(d('in December', 'future')).toBe('2023-12');
    // "February this year" is the publication's year whichever way the sentence looks
    expect(d('in October 2022 and February this year')).toBe('2022-10');
    expect(d('and February this year', 'future')).toBe('2023-02');
    // an event held in a month after the publication's is last year's ("last met in December")
    expect(d('in December', 'past')).toBe('2022-12');
    expect(d('in May', 'past')).toBe('2023-05');
    expect(d('in December')).toBe('2023-12');
    // a part of a month dates the month
    expect(d('are due to begin by the end of February', 'future')).toBe('2024-02');
    expect(d('by mid-January', 'future')).toBe('2024-01');
    expect(d('at the start of May')).toBe('2023-05');
  });
});

describe('truce-moscow fixture', () => {
  it('produces all four kinds', () => {
    const content = readFileSync(join(import.meta.dirname, '../fixtures/truce-moscow.txt'), 'utf8');
    const x = extractor.extract(
      parseArticle({ origin: 'f', content, format: 'text', overrides: { publishedAt: '2023-11-21' } }),
    ) as ExtractedArticle;
    expect(actor(x, 'Hamas')?.aliases).toContain('Islamic Resistance Movement');
    expect(x.statements.find((s) => s.speaker === 'Ismail Haniya')?.text).toBe(
      'Hamas (Islamic Resistance Movement) and Israel are close to reaching a truce',
    );
    expect(x.mediations[0]?.mediators).toEqual(['Qatar']);
    expect(x.meetings.find((m) => m.location === 'Moscow')).toMatchObject({ date: '2023-11-21', status: 'PLANNED' });
  });
});
