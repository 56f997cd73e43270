import { describe, expect, it } from 'vitest';
import type { ExtractedArticle, ExtractedStatement } from '../../src/domain/article.js';
import { createRuleExtractor } from '../../src/extract/index.js';
import { parseArticle } from '../../src/parse/index.js';

// Constructions of issue 9 (extraction on unseen news); every sentence here is made up for the test.
const extractor = createRuleExtractor();
const run = (body: string, publishedAt = '2024-03-14'): ExtractedArticle =>
  extractor.extract(
    parseArticle({ origin: 't', content: `A test title\n\n${body}`, format: 'text', overrides: { publishedAt } }),
  ) as ExtractedArticle;
const said = (x: ExtractedArticle): string[] => x.statements.map((s: ExtractedStatement) => `${s.speaker}: ${s.text}`);

describe('statements: a title for the person who holds it', () => {
  it('gives "the president said" to the president named before', () => {
    const x = run(
      'Kenyan President William Ruto met the envoys in Nairobi.\n“We will not go back to war,” the president said.',
    );
    expect(said(x)).toEqual(['William Ruto: We will not go back to war']);
  });
  it('gives "the Kenyan leader" to the head of that country, not to the country', () => {
    const x = run(
      'Kenyan President William Ruto met Ugandan President Yoweri Museveni.\n“Observers from the region arrive tomorrow,” the Kenyan leader went on.',
    );
    expect(said(x)).toEqual(['William Ruto: Observers from the region arrive tomorrow']);
  });
  it('reads a title the lexicon does not list from the person named with it', () => {
    const x = run(
      'Archbishop Daniel Mwangi welcomed the envoys.\n“The church will pray for a lasting peace,” the archbishop said.',
    );
    expect(said(x)).toEqual(['Daniel Mwangi: The church will pray for a lasting peace']);
  });
});

describe('statements: a quote before a long apposition', () => {
  it('reads “…,” X, an expert at Y, said', () => {
    const x = run(
      '“The longer the standoff lasts, the weaker the bloc becomes,” Maria Lindqvist, a security researcher at the University of Oslo, said in an interview.',
    );
    expect(said(x)).toEqual(['Maria Lindqvist: The longer the standoff lasts, the weaker the bloc becomes']);
  });
});

describe('statements: cues', () => {
  it('reads a clause cue whose "that" follows a day ("clarified on Tuesday that…")', () => {
    const x = run('The Kenyan Foreign Ministry clarified on Tuesday that Norway remains the facilitator of the talks.');
    expect(said(x)).toEqual(['Kenyan Foreign Ministry: Norway remains the facilitator of the talks']);
    expect(x.statements[0]?.date).toBe('2024-03-12');
  });
  it('does not read a participle before a noun as a cue ("the recently disclosed deal")', () => {
    const x = run(
      'Kenyan President William Ruto signed a law voiding the recently disclosed deal between the two ports.',
    );
    expect(x.statements).toHaveLength(0);
  });
});

describe('statements: more than one in a sentence', () => {
  it('reads a second subject after an act ("X called on…, while Y assured that…")', () => {
    const x = run(
      'Uganda called upon the region to respect the accord, while Kenya assured that no neighbour would be harmed by the deal.',
    );
    expect(said(x)).toEqual([
      'Uganda: the region to respect the accord',
      'Kenya: no neighbour would be harmed by the deal',
    ]);
  });
  it('splits "X said that A and, asked about B, he indicated that C" into two statements', () => {
    const x = run(
      'Kenyan President William Ruto said that the talks should be held in Nairobi and when asked about the mediators, he indicated that foreign envoys would have no role.',
    );
    expect(said(x)).toEqual([
      'William Ruto: the talks should be held in Nairobi',
      'William Ruto: foreign envoys would have no role',
    ]);
  });
});

describe('statements: a long subject after the clause', () => {
  it('reads "CLAUSE, the head of the president’s office Jane Wambui said"', () => {
    const x = run(
      'The envoys will meet at the border crossing on Friday, the head of the Kenyan president’s private office Jane Wambui said.',
    );
    expect(said(x)).toEqual(['Jane Wambui: The envoys will meet at the border crossing on Friday']);
  });
});

describe('statements: "as reported by X"', () => {
  it('gives the clause before ", as announced by X" to X', () => {
    const x = run(
      'The talks will take place with the support of the region, as announced by the Kenyan Foreign Ministry.',
    );
    expect(said(x)).toEqual(['Kenyan Foreign Ministry: The talks will take place with the support of the region']);
  });
  it('leaves the phrase out of a clause it interrupts and does not give the clause to its subject', () => {
    const x = run(
      'Kenyan President William Ruto arrived in Mombasa.\nThe envoy plans to visit several camps, possibly including, as reported by the Kenyan daily Nation, the camp at Dadaab.',
    );
    expect(said(x)).toEqual(['Nation: The envoy plans to visit several camps, possibly including the camp at Dadaab']);
  });
});

describe('statements: content', () => {
  it('reads "insisted that if…, …" as a statement (a condition, not a question)', () => {
    const x = run(
      'In a briefing in Mombasa, Kenyan President William Ruto, however, insisted that if talks resume, they should be held in Kenya.',
    );
    expect(said(x)).toEqual(['William Ruto: if talks resume, they should be held in Kenya']);
  });
});

describe('statements: what is not a report', () => {
  it('drops "didn’t mention"', () => {
    const x = run("Kenyan President William Ruto didn't mention the sanctions or the border dispute with Uganda.");
    expect(x.statements).toHaveLength(0);
  });
  it('drops an infinitive joined by "and" ("are to reach and declare an agreement")', () => {
    const x = run(
      'The African Union Commission hosted the summit. The two leaders are expected to reach and declare an agreement before the banquet.',
    );
    expect(x.statements).toHaveLength(0);
  });
  it('drops a noun in a base form after an article ("a pledge that…")', () => {
    const x = run(
      'Kenyan President William Ruto secured a ceasefire in exchange for a border pledge that did not come with any timetable.',
    );
    expect(x.statements).toHaveLength(0);
  });
  it('drops a passive report with nobody named ("it was reported")', () => {
    const x = run(
      'The African Union welcomed the idea of a new contact group for the Horn of Africa, it was reported.',
    );
    expect(x.statements).toHaveLength(0);
  });
  it('keeps "a statement said"', () => {
    const x = run(
      'The African Union Commission met in Addis Ababa. A statement said the summit would be held in Nairobi in June.',
    );
    expect(said(x)).toEqual(['African Union Commission: the summit would be held in Nairobi in June']);
  });
});

describe('statements: told an audience without "that"', () => {
  it('reads "X sources told local media the…" as X’s', () => {
    const x = run('Arakan Army sources told local media the ceasefire would be extended to the coastal towns.');
    expect(said(x)).toEqual(['Arakan Army: the ceasefire would be extended to the coastal towns']);
  });
  it('reads "telling reporters the…" after a statement', () => {
    const x = run(
      'Kenyan President William Ruto said the talks would resume, telling reporters the envoys were already in Nairobi.',
    );
    expect(said(x)).toEqual([
      'William Ruto: the talks would resume',
      'William Ruto: the envoys were already in Nairobi',
    ]);
  });
});

describe('statements: a reference with a modifier', () => {
  it('gives "the armed alliance said" to the alliance named before', () => {
    const x = run(
      'The Northern Freedom Alliance rejected the truce. Last week, the armed alliance said it had captured a border town.',
    );
    expect(said(x)).toEqual(['Northern Freedom Alliance: it had captured a border town']);
  });
});

describe('statements: acts past a time phrase', () => {
  it('reads "called in October last year for…"', () => {
    const x = run(
      'The African Union called in October last year for all parties to return to the talks in Addis Ababa.',
    );
    expect(said(x)).toEqual(['African Union: all parties to return to the talks in Addis Ababa']);
  });
  it('reads "called on Monday for…" without the day in the text', () => {
    const x = run('The African Union called on Monday for an immediate ceasefire around the city of El Fasher.');
    expect(said(x)).toEqual(['African Union: an immediate ceasefire around the city of El Fasher']);
  });
});

describe('statements: coordinated acts', () => {
  it('does not give "The declaration calls for peace in Y and urges Z…" to Y', () => {
    const x = run(
      'The joint declaration calls for peace in Sudan, Chad and Libya and urges the envoys to “return to the table in Jeddah.”',
    );
    expect(x.statements).toEqual([]);
  });
  it('gives "X called for peace in Y and urged Z…" to X', () => {
    const x = run(
      'The African Union called for peace in Sudan, Chad and Libya and urged the envoys to “return to the table in Jeddah.”',
    );
    expect(said(x)).toContain('African Union: peace in Sudan, Chad and Libya');
    expect(x.statements.every((s) => s.speaker === 'African Union')).toBe(true);
  });
});

describe('statements: a clause before a colon and a quote', () => {
  it('reads "X stated that A:" and the quote after it as two statements', () => {
    const x = run(
      'For his part, the UN envoy in Kenya, Carlos Mendez, stated that the countries of the region have helped the talks along:\n“We will keep supporting the peace efforts in Kenya.”',
    );
    expect(said(x)).toEqual([
      'Carlos Mendez: the countries of the region have helped the talks along',
      'Carlos Mendez: We will keep supporting the peace efforts in Kenya',
    ]);
  });
  it('keeps "X acknowledged Y’s help:" and the quote as one statement, the quote', () => {
    const x = run(
      'Kenyan President William Ruto acknowledged Uganda’s help:\n“Our neighbours stood by us from the first day of the talks.”',
    );
    expect(said(x)).toEqual(['William Ruto: Our neighbours stood by us from the first day of the talks']);
  });
});

describe('statements: unnamed officials in a "with" clause', () => {
  it('gives ", with officials stressing…" to the subject of the sentence', () => {
    const x = run(
      'The United States, which hosted the talks, tried to play down hopes for the new round, with officials stressing it was too early for a lasting deal.',
    );
    expect(said(x)).toEqual(['United States: it was too early for a lasting deal']);
  });
});

describe('statements: a capital as the subject', () => {
  it('reads "Last week, Beijing also expressed…" as China’s (a capital ending in -ing is no lead-in)', () => {
    const x = run(
      'Last week, Beijing also expressed “deep concern” that the fighting had reached the border and said it would protect its citizens.',
    );
    expect(x.statements.map((s) => s.speaker)).toEqual(['China', 'China']);
  });
});
