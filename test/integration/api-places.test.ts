import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWithFixtureGraph, nodes } from './fixture-graph.js';
import type { TestEnv } from './support.js';

describe('places with coordinates', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startWithFixtureGraph();
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('meetingPlaces returns each place geocoded at ingestion', async () => {
    const { data, errors } = await env.gql(
      '{ meetingPlaces { count place { name latitude longitude countryCode kind } } }',
    );
    expect(errors).toBeUndefined();
    const doha = data.meetingPlaces.find((p: any) => p.place.name === 'Doha');
    expect(doha.place).toMatchObject({ countryCode: 'QA', kind: 'CITY' });
    expect(doha.place.latitude).toBeCloseTo(25.29, 1);
    expect(doha.place.longitude).toBeCloseTo(51.53, 1);
    for (const { place } of data.meetingPlaces) expect(place.countryCode, place.name).toMatch(/^[A-Z]{2}$/);
  });

  it('a country filter includes the meetings in its cities', async () => {
    const query = `query ($place: String!) { meetings(filter: { place: $place }) { totalCount edges { node { place { name } } } } }`;
    const inQatar = await env.gql(query, { place: 'Qatar' });
    const inDoha = await env.gql(query, { place: 'Doha' });
    expect(inDoha.data.meetings.totalCount).toBeGreaterThan(0);
    expect(nodes(inQatar.data.meetings).map((m: any) => m.place.name)).toEqual(
      expect.arrayContaining(nodes(inDoha.data.meetings).map((m: any) => m.place.name)),
    );
    expect(inQatar.data.meetings.totalCount).toBeGreaterThanOrEqual(inDoha.data.meetings.totalCount);
    const inEgypt = await env.gql(query, { place: 'Egypt' });
    expect(nodes(inEgypt.data.meetings).map((m: any) => m.place.name)).not.toContain('Doha');
  });
});
