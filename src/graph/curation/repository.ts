import { cypher } from '../cypher.js';
import type { Executor } from '../executor.js';
import type { CurationRow } from './row.js';

export class CurationRepository {
  constructor(private readonly executor: Executor) {}

  /** Newest first; only those about `target` when given. */
  async list(target: string | null, limit: number): Promise<CurationRow[]> {
    const rows = await this.executor.read(
      cypher(
        `MATCH (c:Curation) WHERE $target IS NULL OR c.target = $target
        RETURN c {.id, .action, .target, .details, .at, .keyId} AS row ORDER BY c.at DESC LIMIT toInteger($limit)`,
        { target, limit },
      ),
    );
    return rows.map((r) => r.row as CurationRow);
  }
}
