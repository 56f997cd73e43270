import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../src/domain/article.js';
import { deleteArticle } from '../../src/graph/article/delete.js';
import { cypher } from '../../src/graph/cypher.js';
import { writeArticles } from '../../src/graph/ingest/write.js';
import { toGlobalId } from '../../src/api/ids.js';
import { actor, article, meeting } from './articles.js';
import { freshGraphEachTest } from './support.js';

describe('curation mutations, recorded and kept across later ingestion and deletion', () => {
  const graph = freshGraphEachTest();

  const read = (text: string, params: Record<string, unknown> = {}) =>
    graph.env.app.executor.read(cypher(text, params));
  const write = (...articles: ExtractedArticle[]) => writeArticles(graph.env.app.executor, articles, 'test');
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await graph.env.gql(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data;
  };
  const summitActors = () => [
    actor('Vladimir Putin', 'PERSON'),
    actor('Donald Trump', 'PERSON'),
    actor('Finland', 'COUNTRY'),
  ];
  const summit = (title: string, publishedAt: string, status: 'PLANNED' | 'HELD', location: string) =>
    article(title, publishedAt, summitActors(), [
      meeting({
        kind: 'SUMMIT',
        status,
        participants: ['Vladimir Putin', 'Donald Trump'],
        location,
        date: '2018-07-16',
      }),
    ]);
  const onlyMeeting = async () => {
    const rows = await read('MATCH (m:Meeting) RETURN m.id AS id, m.status AS status, toString(m.date) AS date');
    expect(rows).toHaveLength(1);
    return rows[0] as { id: string; status: string; date: string };
  };

  it('a curated meeting status and date survive later reports, and every curation is listed', async () => {
    await write(summit('Announced', '2018-06-28', 'PLANNED', 'Helsinki'));
    const { id } = await onlyMeeting();
    const meetingId = toGlobalId('Meeting', id);
    const set = await gql('mutation ($m: ID!) { setMeetingStatus(meeting: $m, status: CANCELLED) { status } }', {
      m: meetingId,
    });
    expect(set.setMeetingStatus).toEqual({ status: 'CANCELLED' });
    const dated = await gql('mutation ($m: ID!) { setMeetingDate(meeting: $m, date: "2018-07-20") { date } }', {
      m: meetingId,
    });
    expect(dated.setMeetingDate).toEqual({ date: '2018-07-20' });
    await write(summit('Held after all', '2018-07-16', 'HELD', 'Helsinki'));
    expect(await onlyMeeting()).toMatchObject({ id, status: 'CANCELLED', date: '2018-07-20' });
    const { curations } = await gql('query ($t: String) { curations(target: $t) { action details at } }', { t: id });
    expect(curations.map((c: { action: string }) => c.action)).toEqual(['setMeetingDate', 'setMeetingStatus']);
  });

  it('mergeEvents folds two meetings; deleting one article afterwards keeps the other report', async () => {
    const first = summit('In Helsinki', '2018-07-16', 'HELD', 'Helsinki');
    const second = summit('In Moscow', '2018-07-16', 'HELD', 'Moscow');
    await write(first);
    await write(second);
    const ids = (await read('MATCH (m:Meeting) RETURN m.id AS id ORDER BY m.firstReportedAt, id')).map((r) =>
      toGlobalId('Meeting', String(r.id)),
    );
    expect(ids).toHaveLength(2);
    await gql('mutation ($ids: [ID!]!) { mergeEvents(kind: MEETING, ids: $ids) }', { ids });
    const [merged] = await read('MATCH (m:Meeting)-[r:REPORTED_IN]->() RETURN count(r) AS reports');
    expect(merged?.reports).toBe(2);
    // A later report joins the merged meeting without clustering its reports apart again.
    await write(summit('Helsinki again', '2018-07-17', 'HELD', 'Helsinki'));
    const [after] = await read(
      'MATCH (m:Meeting)-[r:REPORTED_IN]->() RETURN count(DISTINCT m) AS meetings, count(r) AS reports',
    );
    expect(after).toEqual({ meetings: 1, reports: 3 });
    await deleteArticle(graph.env.app.executor, second.article.id);
    await onlyMeeting();
  });

  it('removeAlias takes a name back for good; setActorKind is not undone by extraction', async () => {
    const hamas = { ...actor('Hamas', 'ORGANIZATION'), aliases: ['Islamic Resistance Movement'] };
    await write(article('Hamas statement', '2023-11-01', [hamas, actor('Qatar', 'COUNTRY')]));
    const hamasId = toGlobalId('Actor', 'hamas');
    await gql('mutation ($a: ID!) { removeAlias(actor: $a, alias: "Islamic Resistance Movement") { aliases } }', {
      a: hamasId,
    });
    await gql('mutation ($a: ID!) { setActorKind(actor: $a, kind: COUNTRY) { kind } }', { a: hamasId });
    await write(article('Hamas again', '2023-11-02', [hamas, actor('Egypt', 'COUNTRY')]));
    const [row] = await read("MATCH (x:Actor {key: 'hamas'}) RETURN x.aliases AS aliases, x.kind AS kind");
    expect(row).toEqual({ aliases: [], kind: 'COUNTRY' });
  });

  it('splitActor moves the chosen names and the articles that used only them; later articles follow', async () => {
    const haniya = { ...actor('Ismail Haniyeh', 'PERSON'), aliases: ['Haniya'] };
    await write(article('Both names', '2023-11-01', [haniya, actor('Hamas', 'ORGANIZATION')]));
    await write(article('Only the short one', '2023-11-02', [actor('Haniya', 'PERSON'), actor('Qatar', 'COUNTRY')]));
    await gql('mutation ($a: ID!) { splitActor(actor: $a, names: ["Haniya"]) { name } }', {
      a: toGlobalId('Actor', 'ismail haniyeh'),
    });
    await write(article('Short name again', '2023-11-03', [actor('Haniya', 'PERSON'), actor('Egypt', 'COUNTRY')]));
    const rows = await read(
      "MATCH (x:Actor) WHERE x.key IN ['ismail haniyeh', 'haniya'] RETURN x.key AS key, x.mentionCount AS mentions ORDER BY key",
    );
    expect(rows).toEqual([
      { key: 'haniya', mentions: 2 },
      { key: 'ismail haniyeh', mentions: 1 },
    ]);
  });

  it('deleteActor removes a junk actor and what only it supported; events keep their other actors', async () => {
    await write(
      article(
        'Junk',
        '2018-07-16',
        [...summitActors(), actor('VIP', 'ORGANIZATION')],
        [
          meeting({
            participants: ['Vladimir Putin', 'Donald Trump', 'VIP'],
            location: 'Helsinki',
            date: '2018-07-16',
          }),
          meeting({ participants: ['VIP'], location: 'Helsinki', date: '2018-07-15' }),
        ],
      ),
    );
    await gql('mutation ($a: ID!) { deleteActor(actor: $a) }', { a: toGlobalId('Actor', 'vip') });
    const rows = await read('MATCH (m:Meeting) RETURN [(x)-[:ATTENDS]->(m) | x.key] AS participants');
    expect(rows).toHaveLength(1);
    expect([...((rows[0]?.participants as string[]) ?? [])].sort()).toEqual(['donald trump', 'vladimir putin']);
  });
});
