import { describe, expect, it } from 'vitest';
import { counterpartDeltas } from '../../src/graph/actor/counterparts.js';
import { eventPaths } from '../../src/graph/actor/traversal.js';
import type { PathStepRow } from '../../src/graph/actor/traversal-rows.js';
import { dailyDeltas } from '../../src/graph/analytics/daily.js';
import type { Contribution, Snapshot } from '../../src/graph/maintained/contributions.js';

const snap = (...items: Contribution[]): Snapshot => new Map(items.map((item) => [`${item.kind}:${item.id}`, item]));
const meeting = (id: string, day: string | null, actors: string[]): Contribution => ({
  kind: 'MEETING',
  id,
  day,
  actors,
  links: actors,
});

describe('counterpart deltas between two snapshots of the touched items', () => {
  it('a new meeting adds one to every pair of its participants, with its day', () => {
    const deltas = counterpartDeltas(snap(), snap(meeting('m1', '2024-03-01', ['qatar', 'egypt', 'hamas'])));
    expect(deltas.map((d) => [d.a, d.b, d.meetings, d.addFirst, d.removed])).toEqual([
      ['egypt', 'hamas', 1, '2024-03-01', []],
      ['egypt', 'qatar', 1, '2024-03-01', []],
      ['hamas', 'qatar', 1, '2024-03-01', []],
    ]);
  });

  it('a report that adds a participant changes only the new pairs; a new date moves every pair', () => {
    const before = snap(meeting('m1', '2024-03-01', ['qatar', 'egypt']));
    const joined = counterpartDeltas(before, snap(meeting('m1', '2024-03-01', ['qatar', 'egypt', 'hamas'])));
    expect(joined.map((d) => `${d.a}-${d.b}`)).toEqual(['egypt-hamas', 'hamas-qatar']);
    const moved = counterpartDeltas(before, snap(meeting('m1', '2024-03-02', ['qatar', 'egypt'])));
    expect(moved).toEqual([
      {
        a: 'egypt',
        b: 'qatar',
        meetings: 0,
        mediations: 0,
        statements: 0,
        addFirst: '2024-03-02',
        addLast: '2024-03-02',
        removed: ['2024-03-01'],
      },
    ]);
  });

  it('an actor both mediator and party of a mediation counts twice; a statement links speaker and outlet, undated', () => {
    const mediation: Contribution = {
      kind: 'MEDIATION',
      id: 'x',
      day: '2024-01-05',
      actors: ['qatar', 'qatar', 'israel'],
      links: ['qatar', 'qatar', 'israel'],
    };
    const statement: Contribution = {
      kind: 'STATEMENT',
      id: 's',
      day: '2024-01-06',
      actors: ['qatar'],
      links: ['qatar', 'reuters'],
    };
    const deltas = counterpartDeltas(snap(), snap(mediation, statement));
    expect(deltas.map((d) => [d.a, d.b, d.mediations, d.statements, d.addFirst])).toEqual([
      ['israel', 'qatar', 2, 0, '2024-01-05'],
      ['qatar', 'reuters', 0, 1, null],
    ]);
  });

  it('an event renamed by coreference, with the same links and day, changes no edge', () => {
    const before = snap(meeting('m2', '2024-03-01', ['qatar', 'egypt']), meeting('m1', '2024-03-01', ['a', 'b']));
    const after = snap(meeting('m1', '2024-03-01', ['qatar', 'egypt']), meeting('m3', '2024-03-01', ['a', 'b']));
    expect(counterpartDeltas(before, after)).toEqual([]);
  });

  it('a day stays while another touched event still holds it', () => {
    const before = snap(meeting('m1', '2024-03-01', ['a', 'b']), meeting('m2', '2024-03-01', ['a', 'b']));
    const after = snap(meeting('m1', '2024-03-01', ['a', 'b']), meeting('m2', '2024-03-05', ['a', 'b']));
    expect(counterpartDeltas(before, after)).toEqual([
      {
        a: 'a',
        b: 'b',
        meetings: 0,
        mediations: 0,
        statements: 0,
        addFirst: '2024-03-05',
        addLast: '2024-03-05',
        removed: [],
      },
    ]);
  });

  it('a deleted event takes back what it added', () => {
    const deltas = counterpartDeltas(snap(meeting('m1', null, ['a', 'b'])), snap());
    expect(deltas).toEqual([
      { a: 'a', b: 'b', meetings: -1, mediations: 0, statements: 0, addFirst: null, addLast: null, removed: [] },
    ]);
  });
});

describe('daily deltas', () => {
  it('counts each actor once per item on its day, and moves it when the day changes', () => {
    const mediation: Contribution = { kind: 'MEDIATION', id: 'x', day: '2024-01-05', actors: ['q', 'q'], links: [] };
    expect(dailyDeltas(snap(), snap(mediation))).toEqual([
      { actor: 'q', day: '2024-01-05', articles: 0, statements: 0, meetings: 0, mediations: 1 },
    ]);
    const moved = dailyDeltas(snap(meeting('m', '2024-01-01', ['a'])), snap(meeting('m', '2024-01-02', ['a', 'b'])));
    expect(moved.map((d) => [d.actor, d.day, d.meetings])).toEqual([
      ['a', '2024-01-01', -1],
      ['a', '2024-01-02', 1],
      ['b', '2024-01-02', 1],
    ]);
    expect(dailyDeltas(snap(meeting('m', null, ['a'])), snap(meeting('m', null, ['a', 'b'])))).toEqual([]);
  });
});

describe('paths through events from paths through actors', () => {
  const step = (from: string, to: string, eventId: string): PathStepRow => ({
    fromKey: from,
    toKey: to,
    eventType: 'Meeting',
    eventId,
    fromRole: 'ATTENDS',
    toRole: 'ATTENDS',
  });
  it('every choice of one event per step, up to the limit', () => {
    const paths = eventPaths([[[step('a', 'b', 'm1'), step('a', 'b', 'm2')], [step('b', 'c', 'm3')]]], 10);
    expect(paths.map((p) => p.steps.map((s) => s.eventId))).toEqual([
      ['m1', 'm3'],
      ['m2', 'm3'],
    ]);
    expect(eventPaths([[[step('a', 'b', 'm1'), step('a', 'b', 'm2')]]], 1)).toHaveLength(1);
    expect(eventPaths([[[step('a', 'b', 'm1')], []]], 10)).toEqual([]);
  });
});
