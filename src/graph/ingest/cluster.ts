import { matchReports, type EventRule, type PendingReport } from './match.js';
import type { ReportProps } from './rows.js';

/** A report the graph holds, read back to be clustered again with a batch's reports. */
export interface StoredReport<R> {
  /** The node it is reported on now. */
  node: string;
  /** The row that writes it again; its `reportId` is the report's own id. */
  row: R;
}

/** What event coreference decided for one batch and one event label. */
export interface ClusterPlan<R> {
  /** The node id each batch row joins, in row order. */
  rowIds: string[];
  /** Graph nodes renamed to the smallest id of their reports. */
  rekeys: { from: string; to: string }[];
  /** Graph nodes whose reports now belong to other nodes: deleted, and their reports written again. */
  dissolved: string[];
  /** The dissolved nodes' reports, each with the id of the node it now joins. */
  restored: R[];
  /** Nodes written by this batch that hold more than one report (their fields need deriving again). */
  joined: string[];
}

/**
 * Groups a batch's reports and the stored reports of the graph's nodes they may join, as one set:
 * the reports are taken in an order of their own (the reporting article's date, its id, the
 * report's id), not the order of ingestion, and matched by matchReports; a node's id is the
 * smallest of its reports' ids. Every graph node whose reports were read either keeps exactly its
 * reports (possibly with new ones, renamed if a new one has a smaller id) or is dissolved and its
 * reports go where the clustering put them. So a set of reports ends up grouped alike whatever the
 * order and batches it arrived in, as long as each batch reads back the nodes its reports score
 * against (the `graphCandidates` of a pinned node, one a curator corrected or too large to read,
 * stay as the graph has them).
 */
export function planClusters<R extends ReportProps, Report, Facts extends { id: string }>(
  rows: readonly R[],
  stored: readonly StoredReport<R>[],
  graphCandidates: ReadonlyMap<number, readonly Facts[]>,
  rule: EventRule<Report, Facts>,
  reportOf: (row: R) => Report,
): ClusterPlan<R> {
  const all = [
    ...rows.map((row, index) => ({ row, node: null as string | null, index })),
    ...stored.map(({ row, node }) => ({ row, node: node as string | null, index: -1 })),
  ].sort((a, b) => compareReports(a.row, b.row));
  const pending: PendingReport<Report>[] = all.map(({ row }) => ({
    provisionalId: row.reportId,
    articleId: row.articleId,
    report: reportOf(row),
  }));
  const candidates = new Map<number, readonly Facts[]>();
  all.forEach(({ index }, at) => {
    const list = index >= 0 ? graphCandidates.get(index) : undefined;
    if (list) candidates.set(at, list);
  });
  const keys = matchReports(pending, candidates, rule);
  const pinned = new Set([...graphCandidates.values()].flatMap((list) => list.map((facts) => facts.id)));

  const smallest = new Map<string, string>();
  const size = new Map<string, number>();
  all.forEach(({ row }, at) => {
    const key = keys[at]!;
    smallest.set(key, [row.reportId, smallest.get(key) ?? key].sort()[0]!);
    size.set(key, (size.get(key) ?? 0) + 1);
  });
  const clusterAt = (at: number) => smallest.get(keys[at]!)!;

  const clustersOfNode = new Map<string, Set<string>>();
  const nodesOfCluster = new Map<string, Set<string>>();
  all.forEach(({ node }, at) => {
    if (node === null) return;
    const cluster = clusterAt(at);
    addTo(clustersOfNode, node, cluster);
    addTo(nodesOfCluster, cluster, node);
  });
  for (const [key] of smallest) if (pinned.has(key)) addTo(nodesOfCluster, smallest.get(key)!, key);

  const rekeys: { from: string; to: string }[] = [];
  const dissolved: string[] = [];
  for (const [node, clusters] of clustersOfNode) {
    const [only] = clusters;
    const survives = clusters.size === 1 && nodesOfCluster.get(only!)!.size === 1;
    if (!survives) dissolved.push(node);
    else if (only !== node) rekeys.push({ from: node, to: only! });
  }
  for (const [key, least] of smallest) if (pinned.has(key) && key !== least) rekeys.push({ from: key, to: least });

  const gone = new Set(dissolved);
  const restored: R[] = [];
  const rowIds: string[] = rows.map(() => '');
  const joined = new Set<string>();
  all.forEach(({ row, node, index }, at) => {
    const cluster = clusterAt(at);
    const key = keys[at]!;
    if (node === null) rowIds[index] = cluster;
    else if (gone.has(node)) restored.push({ ...row, id: cluster });
    else return;
    if (size.get(key)! > 1 || pinned.has(key)) joined.add(cluster);
  });
  return { rowIds, rekeys: rekeys.sort(byFrom), dissolved: dissolved.sort(), restored, joined: [...joined].sort() };
}

/**
 * The graph nodes whose stored reports a batch reads back: those a report of the batch scores
 * against (the candidates the graph returned for it that the rule does not rule out).
 */
export function nodesToReread<R, Report, Facts extends { id: string }>(
  rows: readonly R[],
  graphCandidates: ReadonlyMap<number, readonly Facts[]>,
  rule: EventRule<Report, Facts>,
  reportOf: (row: R) => Report,
): string[] {
  const scored = new Set<string>();
  for (const [index, list] of graphCandidates) {
    const report = reportOf(rows[index]!);
    for (const facts of list) if (rule.score(report, facts) !== null) scored.add(facts.id);
  }
  return [...scored].sort();
}

/** The order reports are clustered in: by the reporting article's date, then its id, then the report's id. */
function compareReports(a: ReportProps, b: ReportProps): number {
  return (
    compare(a.publishedAt ?? '', b.publishedAt ?? '') ||
    compare(a.articleId, b.articleId) ||
    compare(a.reportId, b.reportId)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byFrom(a: { from: string }, b: { from: string }): number {
  return compare(a.from, b.from);
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}
