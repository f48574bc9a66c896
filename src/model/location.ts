/** A half-open range of UTF-16 offsets into a decoded document (BOM removed). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** 1-based line and column (column in UTF-16 code units), the form shown at the edges. */
export interface Position {
  readonly line: number;
  readonly column: number;
}
