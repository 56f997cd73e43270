import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../src/domain/article.js';
import { ActorCuration } from '../../src/graph/actor/curate.js';
import { deleteArticle } from '../../src/graph/article/delete.js';
import { cypher } from '../../src/graph/cypher.js';
import { backfillMeetingSeekKeys } from '../../src/graph/meeting/write.js';
import { writeArticles } from '../../src/graph/ingest/write.js';
import { actor, article, meeting } from './articles.js';
import { emptyGraph, freshGraphEachTest } from './support.js';
import { verifyMaintained } from '../../src/graph/maintained/verify.js';

describe('one node per real-world actor and event across articles', () => {
  const graph = freshGraphEachTest();

  const read = (text: string, params: Record<string, unknown> = {}) =>
    graph.env.app.executor.read(cypher(text, params));
  const write = (...articles: ExtractedArticle[]) => writeArticles(graph.env.app.executor, articles, 'test');
  const actorKeys = async () => (await read('MATCH (x:Actor) RETURN x.key AS key ORDER BY key')).map((r) => r.key);

  it('merges spelling variants of a person when the context agrees, and records why', async () => {
    const houthis = actor('Houthis', 'ORGANIZATION');
    await write(
      article('Houthi negotiator in Muscat', '2023-04-10', [
        actor('Mohammed Abdulsalam', 'PERSON', ['Houthis']),
        houthis,
        actor('Oman', 'COUNTRY'),
      ]),
    );
    await write(
      article('Houthi spokesman speaks', '2023-04-12', [
        actor('Muhammad Abdul-Salam', 'PERSON', ['Houthis']),
        houthis,
        actor('Saudi Arabia', 'COUNTRY'),
      ]),
    );
    expect(await actorKeys()).toEqual(['houthis', 'mohammed abdulsalam', 'oman', 'saudi arabia']);
    const [name] = await read(
      "MATCH (n:ActorName {key: 'muhammad abdul salam'})-[:NAMES]->(x:Actor) RETURN x.key AS actor, n.mergedBecause AS why",
    );
    expect(name).toMatchObject({ actor: 'mohammed abdulsalam' });
    expect(String(name?.why)).toMatch(/spelling variant.*affiliation houthis/);
  });

  it('merges two romanisations of a Thai name, and keeps "Abdulsalam" and "Abdullah" of one group apart', async () => {
    const thailand = actor('Thailand', 'COUNTRY');
    const houthis = actor('Houthis', 'ORGANIZATION');
    await write(
      article('Border committee meets', '2025-08-07', [
        actor('Nattaphon Narkphanit', 'PERSON', ['Thailand']),
        thailand,
        actor('Mohammed Abdulsalam', 'PERSON', ['Houthis']),
        houthis,
      ]),
    );
    await write(
      article('Truce monitors agreed', '2025-08-08', [
        actor('Nattapon Nakpanich', 'PERSON', ['Thailand']),
        thailand,
        actor('Mohammed Abdullah', 'PERSON', ['Houthis']),
        houthis,
      ]),
    );
    expect(await actorKeys()).toEqual([
      'houthis',
      'mohammed abdullah',
      'mohammed abdulsalam',
      'nattaphon narkphanit',
      'thailand',
    ]);
  });

  it('a spelling variant that arrived before the context that supports it joins when that context arrives', async () => {
    const variant = article('Helsinki visit', '2022-06-20', [
      actor('Saulio Niinisto', 'PERSON'),
      actor('Recep Tayyip Erdogan', 'PERSON'),
      actor('NATO', 'ORGANIZATION'),
    ]);
    const first = article('Finnish president at home', '2022-06-21', [
      actor('Sauli Niinisto', 'PERSON'),
      actor('Sanna Marin', 'PERSON'),
    ]);
    const second = article('Madrid summit', '2022-06-28', [
      actor('Sauli Niinisto', 'PERSON'),
      actor('Recep Tayyip Erdogan', 'PERSON'),
      actor('NATO', 'ORGANIZATION'),
    ]);
    const people = async () =>
      (await read("MATCH (x:Actor {kind: 'PERSON'}) RETURN x.name AS name ORDER BY name")).map((r) => r.name);
    await write(variant);
    await write(first);
    // one shared actor is not enough: the two spellings stay apart, kept as a pair to look at again
    expect(await people()).toEqual(['Recep Tayyip Erdogan', 'Sanna Marin', 'Sauli Niinisto', 'Saulio Niinisto']);
    expect(await read('MATCH ()-[r:MAYBE_SAME]->() RETURN count(r) AS n')).toEqual([{ n: 1 }]);
    await write(second);
    expect(await people()).toEqual(['Recep Tayyip Erdogan', 'Sanna Marin', 'Sauli Niinisto']);
    const [name] = await read(
      "MATCH (n:ActorName {key: 'saulio niinisto'})-[:NAMES]->(x:Actor) RETURN x.name AS actor, n.mergedBecause AS why",
    );
    expect(name).toMatchObject({ actor: 'Sauli Niinisto' });
    expect(String(name?.why)).toMatch(/shared context/);
    expect(await read('MATCH ()-[r:MAYBE_SAME]->() RETURN count(r) AS n')).toEqual([{ n: 0 }]);
    expect(await verifyMaintained(graph.env.app.executor)).toEqual([]);

    // the other order gives the same people at once
    await emptyGraph(graph.env.app.executor);
    await write(first);
    await write(second);
    await write(variant);
    expect(await people()).toEqual(['Recep Tayyip Erdogan', 'Sanna Marin', 'Sauli Niinisto']);
  });

  it('keeps look-alikes apart: two people named Mohammed Ali, Congo and DR Congo', async () => {
    await write(
      article('Cairo talks', '2023-05-01', [
        actor('Mohammed Ali', 'PERSON', ['Egypt']),
        actor('Egypt', 'COUNTRY'),
        actor('Hamas', 'ORGANIZATION'),
      ]),
    );
    await write(
      article('Islamabad cabinet', '2023-05-02', [
        actor('Mohammed Ali', 'PERSON', ['Pakistan']),
        actor('Pakistan', 'COUNTRY'),
        actor('Imran Khan', 'PERSON'),
      ]),
    );
    await write(
      article('Two Congos', '2023-05-03', [
        actor('Republic of the Congo', 'COUNTRY'),
        actor('Democratic Republic of the Congo', 'COUNTRY'),
      ]),
    );
    expect(await actorKeys()).toEqual([
      'democratic republic of the congo',
      'egypt',
      'hamas',
      'imran khan',
      'mohammed ali',
      'mohammed ali (pakistan)',
      'pakistan',
      'republic of the congo',
    ]);
  });

  it('keeps two brothers apart though both are called by the family name, in any batching, and deletes cleanly', async () => {
    const withSurname = (name: string) => ({ ...actor(name, 'PERSON', ['Rapid Support Forces']), aliases: ['Dagalo'] });
    const rsf = actor('Rapid Support Forces', 'ORGANIZATION');
    const commander = article('RSF commander speaks', '2025-06-04', [withSurname('Mohamed Hamdan Dagalo'), rsf]);
    const deputy = article('RSF deputy leads delegation', '2025-06-17', [withSurname('Abdul Rahim Dagalo'), rsf]);
    const expected = ['abdul rahim dagalo', 'mohamed hamdan dagalo', 'rapid support forces'];
    await write(commander);
    await write(deputy);
    expect(await actorKeys()).toEqual(expected);
    await emptyGraph(graph.env.app.executor);
    await write(commander, deputy);
    expect(await actorKeys()).toEqual(expected);
    const names = async () =>
      (await read('MATCH (n:ActorName)-[:NAMES]->(x:Actor) RETURN n.key + " > " + x.key AS n ORDER BY n')).map(
        (r) => r.n,
      );
    await emptyGraph(graph.env.app.executor);
    await write(commander);
    const before = await names();
    await write(deputy);
    await deleteArticle(graph.env.app.executor, deputy.article.id);
    expect(await names()).toEqual(before);
  });

  it('two articles\' bare "Foreign Ministry" stay two actors: every state has one', async () => {
    await write(
      article('Cairo statement', '2024-08-24', [actor('Egypt', 'COUNTRY'), actor('Foreign Ministry', 'ORGANIZATION')]),
    );
    await write(
      article('Kyiv statement', '2025-03-10', [actor('Ukraine', 'COUNTRY'), actor('Foreign Ministry', 'ORGANIZATION')]),
    );
    const rows = await read("MATCH (x:Actor {name: 'Foreign Ministry'}) RETURN count(x) AS n");
    expect(Number(rows[0]?.n)).toBe(2);
  });

  it('keeps meetings in Georgia the country and in Atlanta, Georgia apart, and in Kinshasa and Brazzaville', async () => {
    const people = [actor('Irakli Garibashvili', 'PERSON'), actor('Brian Kemp', 'PERSON'), actor('Georgia', 'COUNTRY')];
    await write(
      article('Tbilisi', '2023-06-01', people, [
        meeting({
          participants: ['Irakli Garibashvili', 'Brian Kemp', 'Georgia'],
          location: 'Georgia',
          date: '2023-06-01',
        }),
        meeting({ participants: ['Brian Kemp', 'Georgia'], location: 'Kinshasa', date: null }),
      ]),
    );
    await write(
      article('Atlanta', '2023-06-02', people, [
        meeting({
          participants: ['Irakli Garibashvili', 'Brian Kemp', 'Georgia'],
          location: 'Atlanta, Georgia',
          date: '2023-06-08',
        }),
        meeting({ participants: ['Brian Kemp', 'Georgia'], location: 'Brazzaville', date: null }),
      ]),
    );
    expect((await read('MATCH (m:Meeting) RETURN count(m) AS n'))[0]?.n).toBe(4);
  });

  it('keeps Georgia the country and Georgia the US state apart', async () => {
    await write(article('Tbilisi protests', '2023-06-01', [actor('Georgia', 'COUNTRY'), actor('Russia', 'COUNTRY')]));
    await write(
      article('Atlanta budget', '2023-06-02', [
        actor('Georgia', 'ORGANIZATION'),
        actor('Brian Kemp', 'PERSON', ['Georgia']),
      ]),
    );
    expect(await actorKeys()).toEqual(['brian kemp', 'georgia', 'georgia (organization)', 'russia']);
  });

  const summitActors = () => [
    actor('Vladimir Putin', 'PERSON'),
    actor('Donald Trump', 'PERSON'),
    actor('Finland', 'COUNTRY'),
  ];
  const planned = () =>
    article('Summit announced', '2018-06-28', summitActors(), [
      meeting({
        kind: 'SUMMIT',
        status: 'PLANNED',
        participants: ['Vladimir Putin', 'Donald Trump', 'Finland'],
        location: 'Helsinki',
        date: '2018-07-16',
      }),
    ]);
  const held = () =>
    article(
      'Summit begins',
      '2018-07-16',
      [...summitActors(), actor('Sauli Niinisto', 'PERSON')],
      [
        meeting({
          kind: 'MEETING',
          status: 'HELD',
          participants: ['Vladimir Putin', 'Donald Trump', 'Sauli Niinisto'],
          location: 'Finland',
          date: '2018-07-16',
        }),
      ],
    );
  const meetings = () =>
    read(
      `MATCH (m:Meeting)
      RETURN m.status AS status, m.location AS location, toString(m.date) AS date,
        [(x)-[:ATTENDS]->(m) | x.key] AS participants,
        [(m)-[r:REPORTED_IN]->(a) | r.status] AS history`,
    );

  it('a planned meeting and the report that it was held are one node with the latest status and the history on its reports', async () => {
    await write(planned());
    await write(held());
    const [only, ...rest] = await meetings();
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ status: 'HELD', location: 'Helsinki', date: '2018-07-16' });
    expect([...((only?.history as string[]) ?? [])].sort()).toEqual(['HELD', 'PLANNED']);
    expect([...((only?.participants as string[]) ?? [])].sort()).toEqual([
      'donald trump',
      'finland',
      'sauli niinisto',
      'vladimir putin',
    ]);
  });

  /** One outlet's report of the Alaska summit of 2025-08-15, placed at `location`. */
  const alaskaReport = (title: string, location: string) =>
    article(title, '2025-08-15', summitActors(), [
      meeting({
        kind: 'SUMMIT',
        status: 'HELD',
        participants: ['Vladimir Putin', 'Donald Trump'],
        location,
        date: '2025-08-15',
      }),
    ]);

  it('a meeting reported at a region, at a venue and at a city is placed at the city', async () => {
    await write(alaskaReport('Summit in the north', 'Alaska'));
    await write(alaskaReport('Summit at the base', 'Joint Base Elmendorf-Richardson'));
    await write(alaskaReport('Summit in the city', 'Anchorage'));
    const [only, ...rest] = await meetings();
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ location: 'Anchorage', date: '2025-08-15' });
  });

  it('a meeting stored before its place and date were marked known or not is found again once backfilled', async () => {
    await write(alaskaReport('Summit at the base', 'Joint Base Elmendorf-Richardson'));
    await graph.env.app.executor.write(cypher('MATCH (m:Meeting) REMOVE m.placeKnown, m.dated'));
    await backfillMeetingSeekKeys(graph.env.app.executor);
    await write(alaskaReport('Summit in the city', 'Anchorage'));
    const [only, ...rest] = await meetings();
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ location: 'Anchorage' });
  });

  it("a mediator's reports months apart within the window are one mediation; beyond it, two", async () => {
    const mediation = (title: string, publishedAt: string) => ({
      ...article(title, publishedAt, [
        actor('Qatar', 'COUNTRY'),
        actor('Hamas', 'ORGANIZATION'),
        actor('Israel', 'COUNTRY'),
      ]),
      mediations: [
        {
          mediators: ['Qatar'],
          parties: ['Hamas', 'Israel'],
          subject: 'truce',
          evidence: [{ sentenceIndex: 0, start: 0, end: 5 }],
          confidence: 0.7,
        },
      ],
    });
    await write(mediation('Qatar mediates in November', '2023-11-20'));
    await write(mediation('Qatar mediates in March', '2024-03-10'));
    await write(mediation('Qatar mediates two years later', '2026-01-10'));
    const rows = await read('MATCH (m:Mediation) RETURN COUNT { (m)-[:REPORTED_IN]->() } AS reports ORDER BY reports');
    expect(rows.map((r) => Number(r.reports))).toEqual([1, 2]);
  });

  it('mediations are found by their mediator and parties: one side named, none named, or a mediation that named none', async () => {
    const mediation = (title: string, publishedAt: string, parties: string[], mediators = ['Qatar']) => ({
      ...article(title, publishedAt, [
        actor('Qatar', 'COUNTRY'),
        actor('Egypt', 'COUNTRY'),
        actor('Hamas', 'ORGANIZATION'),
        actor('Israel', 'COUNTRY'),
      ]),
      mediations: [
        { mediators, parties, subject: 'truce', evidence: [{ sentenceIndex: 0, start: 0, end: 5 }], confidence: 0.7 },
      ],
    });
    // a mediation that names no parties takes a later report that names them, and one that names one side
    await write(mediation('Qatar is mediating', '2023-11-01', []));
    await write(mediation('Qatar mediates between Israel and Hamas', '2023-11-05', ['Israel', 'Hamas']));
    await write(mediation('Qatar mediates with Hamas', '2023-11-08', ['Hamas']));
    // a report that names none joins it too; Egypt's own mediation in the same days is another
    await write(mediation('Qatar keeps mediating', '2023-11-10', []));
    await write(mediation('Egypt mediates between Israel and Hamas', '2023-11-10', ['Israel', 'Hamas'], ['Egypt']));
    const rows = await read(
      `MATCH (m:Mediation) RETURN [(x)-[:MEDIATES]->(m) | x.key] AS mediators, COUNT { (m)-[:REPORTED_IN]->() } AS reports
      ORDER BY reports`,
    );
    expect(rows.map((r) => [r.mediators, Number(r.reports)])).toEqual([
      [['egypt'], 1],
      [['qatar'], 4],
    ]);
  });

  it('one mediator between one country and two others is two mediations; another name for a side joins', async () => {
    const mediation = (title: string, publishedAt: string, parties: string[]) => ({
      ...article(title, publishedAt, [
        actor('United States', 'COUNTRY'),
        actor('Israel', 'COUNTRY'),
        actor('United Arab Emirates', 'COUNTRY'),
        actor('Bahrain', 'COUNTRY'),
        actor('Israeli government', 'ORGANIZATION'),
      ]),
      mediations: [
        {
          mediators: ['United States'],
          parties,
          subject: 'normalization',
          evidence: [{ sentenceIndex: 0, start: 0, end: 5 }],
          confidence: 0.7,
        },
      ],
    });
    await write(mediation('US brokers Israel and UAE', '2020-08-13', ['Israel', 'United Arab Emirates']));
    await write(mediation('US brokers Israel and Bahrain', '2020-09-11', ['Israel', 'Bahrain']));
    await write(mediation('US brokers the UAE deal', '2020-09-15', ['Israeli government', 'United Arab Emirates']));
    const rows = await read(
      `MATCH (m:Mediation) RETURN [(m)-[:BETWEEN]->(x) | x.key] AS parties ORDER BY size(parties), parties[0]`,
    );
    expect(rows.map((r) => (r.parties as string[]).toSorted())).toEqual([
      ['bahrain', 'israel'],
      ['israel', 'israeli government', 'united arab emirates'],
    ]);
  });

  it('undated reports of a meeting in one city do not chain across the year: a season apart they are two', async () => {
    const report = (title: string, publishedAt: string) =>
      article(
        title,
        publishedAt,
        [actor('Mexico', 'COUNTRY')],
        [meeting({ kind: 'MEETING', participants: ['Mexico'], location: 'Mexico City', date: null })],
      );
    // each report within 45 days of the one before: the chain would span four months
    for (const [n, day] of ['2023-01-05', '2023-02-10', '2023-03-20', '2023-04-30', '2023-05-05'].entries())
      await write(report(`Meeting in the capital, report ${n}`, day));
    const rows = await read('MATCH (m:Meeting) RETURN COUNT { (m)-[:REPORTED_IN]->() } AS reports ORDER BY reports');
    expect(rows.map((r) => Number(r.reports))).toEqual([2, 3]);
  });

  it('a meeting dated by its month with many sides takes a report that shares one of them no more', async () => {
    const sides = ['Chad', 'Niger', 'Mali', 'Togo', 'Ghana', 'Benin', 'Senegal'];
    await write(
      article(
        'Regional talks in Lome in May',
        '2023-05-20',
        sides.map((name) => actor(name, 'COUNTRY')),
        [meeting({ participants: sides, location: 'Lome', date: '2023-05' })],
      ),
    );
    const report = (title: string, names: string[]) =>
      article(
        title,
        '2023-05-25',
        names.map((name) => actor(name, 'COUNTRY')),
        [meeting({ participants: names, location: 'Lome', date: '2023-05' })],
      );
    await write(report('Chad and Gabon talk in Lome', ['Chad', 'Gabon']));
    await write(report('Chad and Niger talk in Lome', ['Chad', 'Niger']));
    const rows = await read('MATCH (m:Meeting) RETURN COUNT { (m)-[:REPORTED_IN]->() } AS reports ORDER BY reports');
    expect(rows.map((r) => Number(r.reports))).toEqual([1, 2]);
  });

  it('deleting an article after a merge takes back only what it said', async () => {
    await write(planned());
    const second = held();
    await write(second);
    await deleteArticle(graph.env.app.executor, second.article.id);
    const [only, ...rest] = await meetings();
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ status: 'PLANNED', history: ['PLANNED'] });
    expect([...((only?.participants as string[]) ?? [])].sort()).toEqual(['donald trump', 'finland', 'vladimir putin']);
  });

  it('the same batch, or concurrent batches, reporting one meeting make one node', async () => {
    await write(planned(), held());
    expect(await meetings()).toHaveLength(1);
    await emptyGraph(graph.env.app.executor);
    await Promise.all([write(planned()), write(held())]);
    expect(await meetings()).toHaveLength(1);
  });

  it('a state visit and the talks at that very place on the same day are one meeting', async () => {
    const people = () => [
      actor('Emomali Rahmon', 'PERSON', ['Tajikistan']),
      actor('Tajikistan', 'COUNTRY'),
      actor('Kyrgyzstan', 'COUNTRY'),
      actor('Sadyr Japarov', 'PERSON', ['Kyrgyzstan']),
    ];
    await write(
      article('Rahmon arrives in Bishkek', '2025-03-13', people(), [
        meeting({
          kind: 'VISIT',
          status: 'HELD',
          location: 'Bishkek',
          participants: ['Emomali Rahmon'],
          date: '2025-03-13',
        }),
      ]),
    );
    await write(
      article('Border treaty signed in Bishkek', '2025-03-14', people(), [
        meeting({
          kind: 'TALKS',
          status: 'HELD',
          location: 'Bishkek',
          participants: ['Emomali Rahmon', 'Sadyr Japarov', 'Tajikistan', 'Kyrgyzstan'],
          date: '2025-03-13',
        }),
      ]),
    );
    await write(
      article('Rahmon to return in March', '2025-03-01', people(), [
        meeting({
          kind: 'VISIT',
          status: 'PLANNED',
          location: 'Bishkek',
          participants: ['Emomali Rahmon'],
          date: '2025-03',
        }),
      ]),
    );
    const rows = await read(
      'MATCH (m:Meeting) RETURN COLLECT { MATCH (m)-[:REPORTED_IN]->(a:Article) RETURN a.title ORDER BY a.title } AS titles',
    );
    expect(rows.map((r) => (r.titles as string[]).join(' + ')).sort()).toEqual([
      'Border treaty signed in Bishkek + Rahmon arrives in Bishkek',
      'Rahmon to return in March',
    ]);
  });

  it('a held and a planned visit in one article, each in another: grouped alike in any order and batches', async () => {
    const people = () => [
      actor('Emmanuel Macron', 'PERSON', ['France']),
      actor('France', 'COUNTRY'),
      actor('China', 'COUNTRY'),
      actor('Xi Jinping', 'PERSON', ['China']),
      actor('Li Qiang', 'PERSON', ['China']),
    ];
    const visit = (status: 'HELD' | 'PLANNED' | 'UNKNOWN', location: string, participants: string[], date?: string) =>
      meeting({ kind: 'VISIT', status, location, participants, date: date ?? null });
    const both = article('French president lands in China', '2024-04-10', people(), [
      visit('HELD', 'China', ['Emmanuel Macron', 'France', 'Xi Jinping'], '2024-04-10'),
      visit('UNKNOWN', 'Beijing', ['China', 'Emmanuel Macron']),
    ]);
    const plannedOnly = article('Macron to travel to China', '2024-04-11', people(), [
      visit('PLANNED', 'China', ['China', 'Emmanuel Macron']),
    ]);
    const heldOnly = article('Macron ends his China visit', '2024-04-11', people(), [
      visit('HELD', 'China', ['France', 'China', 'Emmanuel Macron', 'Li Qiang', 'Xi Jinping']),
    ]);
    const grouping = async () =>
      (
        await read(
          `MATCH (m:Meeting)
          RETURN m.id AS id, COLLECT { MATCH (m)-[:REPORTED_IN]->(a:Article) RETURN a.title ORDER BY a.title } AS titles
          ORDER BY id`,
        )
      ).map((row) => `${row.id}: ${(row.titles as string[]).join(' + ')}`);
    const orders = [
      [[both], [plannedOnly], [heldOnly]],
      [[heldOnly], [plannedOnly], [both]],
      [[plannedOnly, heldOnly], [both]],
      [[heldOnly, both, plannedOnly]],
    ];
    const seen = new Set<string>();
    for (const order of orders) {
      await emptyGraph(graph.env.app.executor);
      for (const batch of order) await write(...batch);
      seen.add((await grouping()).join(' | '));
      expect(await verifyMaintained(graph.env.app.executor)).toEqual([]);
    }
    expect(seen.size).toBe(1);
    const titles = [...seen][0]!.split(' | ').map((line) => line.split(': ')[1]);
    expect(titles.sort()).toEqual([
      'French president lands in China',
      'French president lands in China + Macron ends his China visit + Macron to travel to China',
    ]);
  });

  it('meetings stored without report ids (older graphs) are clustered again under the same id', async () => {
    const ids = async () => (await read('MATCH (m:Meeting) RETURN m.id AS id ORDER BY id')).map((row) => row.id);
    await write(planned(), held());
    const fresh = await ids();
    await emptyGraph(graph.env.app.executor);
    await write(held());
    await graph.env.app.executor.write(cypher('MATCH (:Meeting)-[r:REPORTED_IN]->() REMOVE r.reportId'));
    await write(planned());
    expect(await ids()).toEqual(fresh);
    expect(fresh).toHaveLength(1);
  });

  it('the same statement carried by two outlets is one Statement with two reports', async () => {
    const said = (title: string, publishedAt: string, text: string): ExtractedArticle => ({
      ...article(title, publishedAt, [actor('Vladimir Putin', 'PERSON')]),
      statements: [
        {
          speaker: 'Vladimir Putin',
          text,
          direct: true,
          date: null,
          via: null,
          evidence: { sentenceIndex: 0, start: 0, end: 10 },
          confidence: 0.8,
        },
      ],
    });
    await write(said('Outlet one', '2018-07-16', 'We are ready to continue the talks with our partners.'));
    await write(said('Outlet two', '2018-07-17', 'We are ready to continue talks with our partners'));
    await write(said('Outlet three', '2018-07-17', 'The sanctions must be lifted.'));
    const rows = await read('MATCH (s:Statement) RETURN COUNT { (s)-[:REPORTED_IN]->() } AS reports ORDER BY reports');
    expect(rows.map((r) => r.reports)).toEqual([1, 2]);

    // A curator's merge hands the duplicate's statements to the survivor: a later report of one joins it.
    const putin = (title: string, name: string, publishedAt: string): ExtractedArticle => ({
      ...said(title, publishedAt, 'Our patience is not unlimited.'),
      actors: [actor(name, 'PERSON')],
      statements: [
        { ...said(title, publishedAt, '').statements[0]!, speaker: name, text: 'Our patience is not unlimited.' },
      ],
    });
    await write(putin('Outlet four', 'V. V. Putin', '2018-07-18'));
    await new ActorCuration(graph.env.app.executor).merge('vladimir putin', 'v v putin');
    await write(putin('Outlet five', 'Vladimir Putin', '2018-07-19'));
    const patience = await read(
      `MATCH (:Actor {key: 'vladimir putin'})-[:MADE]->(s:Statement {text: 'Our patience is not unlimited.'})
      RETURN COUNT { (s)-[:REPORTED_IN]->() } AS reports`,
    );
    expect(patience).toEqual([{ reports: 2 }]);
  });

  it('finds an actor by name with or without accents, in any case', async () => {
    await write(article('Niinisto', '2022-06-28', [actor('Sauli Niinistö', 'PERSON'), actor('Finland', 'COUNTRY')]));
    const search = async (s: string) =>
      (
        await graph.env.gql('query ($s: String) { actors(search: $s) { edges { node { name } } } }', { s })
      ).data.actors.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(await search('niinisto')).toEqual(['Sauli Niinistö']);
    expect(await search('NIINISTÖ')).toEqual(['Sauli Niinistö']);
  });
});
