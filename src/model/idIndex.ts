/**
 * Where each id of a document was first seen (id -> a number the caller encodes), for the work
 * that runs over every id of a document: unique ids and references between collections when a
 * journey is read, matching by id when two are compared.
 *
 * It is split into up to 64 small Maps by the id's last two characters rather than kept in one.
 * V8 moves a hash table of more than 4,096 entries to its large-object space, and every time
 * such a table grows it is copied into freshly mapped memory. On small virtual machines (the
 * ones the benchmarks run on) that made one 10,000-entry Map cost about 4 ms, the largest share
 * of validating a 10,000-touchpoint journey; the split costs under 1 ms. Correctness never
 * depends on the split: ids that all end alike only land in one Map, as they would without it.
 */
const BUCKETS = 64;

export class IdIndex {
  private readonly buckets: (Map<string, number> | undefined)[] = new Array<Map<string, number> | undefined>(BUCKETS);

  private bucket(id: string): number {
    const length = id.length;
    if (length < 2) return length === 0 ? 0 : id.charCodeAt(0) & (BUCKETS - 1);
    return (id.charCodeAt(length - 1) * 31 + id.charCodeAt(length - 2)) & (BUCKETS - 1);
  }

  get(id: string): number | undefined {
    return this.buckets[this.bucket(id)]?.get(id);
  }

  set(id: string, value: number): void {
    const index = this.bucket(id);
    let bucket = this.buckets[index];
    if (bucket === undefined) this.buckets[index] = bucket = new Map();
    bucket.set(id, value);
  }
}
