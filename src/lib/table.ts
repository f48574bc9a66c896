/**
 * Lookup tables keyed by words of an article or a base. A plain object
 * literal inherits `constructor`, `__proto__`, `toString` …: "constructor" in
 * an article would be a number word, a month or a plural. These tables have
 * no prototype, so only the words written in them are keys.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
