/**
 * `--shard i/n`: the part of an input set one of n jobs checks. A file belongs
 * to shard (hash of its path as reported) mod n + 1, with FNV-1a over the
 * path's UTF-8 bytes: the same split on every machine that runs from the same
 * folder, and a file keeps its shard when others are added or removed.
 */
import { UserError } from "../model/errors.js";

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(index >= 1 && count >= 1 && index <= count)) throw new UserError(`--shard ${text}: expected i/n with 1 ≤ i ≤ n, such as 2/4`);
  return { index, count };
}

export function shardOf(path: string, count: number): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(path, "utf8")) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % count) + 1;
}

export function inShard(path: string, shard: Shard): boolean {
  return shardOf(path, shard.count) === shard.index;
}
