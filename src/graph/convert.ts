import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';

/**
 * The one place where Neo4j values become plain JavaScript: integers → number, Date → ISO day,
 * DateTime → ISO instant, nodes and relationships → their properties. Rows leaving the graph
 * layer are plain objects. (`disableLosslessIntegers` would not save work: the driver 5 decoder
 * still builds an Integer per value, then range-checks it with Integer arithmetic.)
 *
 * The lists and maps the driver decoded are already plain: they are converted in place, not
 * copied, so a large page is not allocated twice. The value passed in is the caller's to give up.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most of a row: answered before any of the driver's type checks.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) return plainInPlace(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return new Date(value.toString()).toISOString();
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return plainMap(value.properties);
  return plainMap(value as Record<string, unknown>);
}

function plainInPlace(value: Record<string, unknown>): Record<string, unknown> {
  for (const key in value) value[key] = toPlain(value[key]);
  return value;
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = toPlain(value[key]);
  return out;
}

/** A record as a plain row, read field by field (no intermediate object from `toObject()`). */
export function recordToRow(record: Neo4jRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  record.keys.forEach((key, i) => {
    out[key as string] = toPlain(record.get(i));
  });
  return out;
}
