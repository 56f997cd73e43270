/** How reports of one kind of event are matched to nodes: the domain's rule, as data. */
export interface EventRule<Report, Facts extends { id: string }> {
  /** Higher is a better fit; null when the report cannot be that node. */
  score(report: Report, facts: Facts): number | null;
  absorb(facts: Facts, report: Report): Facts;
  factsOf(id: string, report: Report): Facts;
  /**
   * Keys a report and a node it may join always share (a participant, a mediator, the speaker):
   * a report is scored only against the batch's nodes that share one, not against every node the
   * batch touched, so a batch costs no more than its reports times their likely nodes.
   */
  reportBlocks(report: Report): Iterable<string>;
  factBlocks(facts: Facts): Iterable<string>;
}

export interface PendingReport<Report> {
  provisionalId: string;
  articleId: string;
  report: Report;
}

/**
 * The node id each report joins, in report order. Reports are taken article by article, in the
 * order given (planClusters gives one of their own, not the order of ingestion): within an
 * article, the best-scoring (report, node) pairs are matched first, one node per report and one
 * report per node (an article that lists two meetings means two); a
 * report that matches nothing starts a node with its provisional id. Candidates are the nodes the
 * graph returned for the report and every node the batch has touched so far, so the outcome
 * depends only on those candidates and the order of the reports.
 */
export function matchReports<Report, Facts extends { id: string }>(
  reports: readonly PendingReport<Report>[],
  graphCandidates: ReadonlyMap<number, readonly Facts[]>,
  rule: EventRule<Report, Facts>,
): string[] {
  const known = new Map<string, Facts>();
  /** Block key → nodes the batch touched that have it. */
  const touched = new Map<string, Set<string>>();
  const touch = (facts: Facts) => {
    for (const block of rule.factBlocks(facts)) {
      const ids = touched.get(block) ?? new Set<string>();
      ids.add(facts.id);
      touched.set(block, ids);
    }
  };
  const ids: (string | undefined)[] = reports.map(() => undefined);
  for (const indexes of byArticle(reports)) {
    const pairs: { index: number; id: string; score: number }[] = [];
    for (const index of indexes) {
      for (const facts of graphCandidates.get(index) ?? []) if (!known.has(facts.id)) known.set(facts.id, facts);
      const pool = new Set((graphCandidates.get(index) ?? []).map((f) => f.id));
      for (const block of rule.reportBlocks(reports[index]!.report))
        for (const id of touched.get(block) ?? []) pool.add(id);
      for (const id of pool) {
        const score = rule.score(reports[index]!.report, known.get(id)!);
        if (score !== null) pairs.push({ index, id, score });
      }
    }
    // Ties go to the smallest node id, then the smallest report id (not the report's position):
    // a node's id is the smallest of its reports', so reports met in either order pair alike.
    const provisional = (index: number) => reports[index]!.provisionalId;
    pairs.sort(
      (a, b) =>
        b.score - a.score ||
        compare(a.id, b.id) ||
        compare(provisional(a.index), provisional(b.index)) ||
        a.index - b.index,
    );
    const taken = new Set<string>();
    for (const { index, id } of pairs) {
      if (ids[index] !== undefined || taken.has(id)) continue;
      ids[index] = id;
      taken.add(id);
    }
    for (const index of indexes) {
      const { report, provisionalId } = reports[index]!;
      const id = ids[index] ?? provisionalId;
      ids[index] = id;
      const facts = known.get(id);
      const now = facts ? rule.absorb(facts, report) : rule.factsOf(id, report);
      known.set(id, now);
      touch(now);
    }
  }
  return ids as string[];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Report indexes grouped by article, articles in order of first appearance. */
function byArticle(reports: readonly PendingReport<unknown>[]): number[][] {
  const groups = new Map<string, number[]>();
  reports.forEach(({ articleId }, index) => {
    const group = groups.get(articleId);
    if (group) group.push(index);
    else groups.set(articleId, [index]);
  });
  return [...groups.values()];
}
