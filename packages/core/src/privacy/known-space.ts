import { combine, firstNonZero, normalize } from './integer-vectors.js';

/**
 * What an attacker knows about a table's inner cells, kept as the known relations restricted to the hidden
 * cells, in reduced row echelon form.
 *
 * Publishing a cell removes its column; publishing a total adds a row. A hidden cell c is exactly recoverable
 * when e_c lies in the row space, i.e. c is a pivot whose row has no other non-zero entry. For any hidden cell,
 * `residual(c)` is e_c reduced modulo the known span: the part of it an attacker cannot derive. It is zero
 * exactly when c is recoverable, and c becomes recoverable once an attacker also learns a vector w exactly
 * when residual(c) is a multiple of w's residual.
 */
export class KnownSpace {
  readonly n: number;
  private readonly hidden: Uint8Array;
  private readonly pivotRow: Int32Array;
  private rows: Float64Array[] = [];
  private rowPivot: number[] = [];
  /** stamp[c] changes whenever residual(c) may have changed, so callers can cache residuals. */
  readonly stamp: Uint32Array;

  /** Starts with every cell hidden and nothing known. */
  constructor(n: number) {
    this.n = n;
    this.hidden = new Uint8Array(n).fill(1);
    this.pivotRow = new Int32Array(n).fill(-1);
    this.stamp = new Uint32Array(n);
  }

  isHidden(c: number): boolean {
    return this.hidden[c] === 1;
  }

  /** Number of independent known relations among the hidden cells. */
  get rank(): number {
    return this.rows.length;
  }

  /** e_c modulo the known span, up to a non-zero scale (zero when c is published or recoverable). A new vector. */
  residual(c: number): Float64Array {
    const v = new Float64Array(this.n);
    if (!this.hidden[c]) return v;
    const r = this.pivotRow[c]!;
    if (r < 0) {
      v[c] = 1;
      return v;
    }
    const row = this.rows[r]!;
    for (let k = 0; k < this.n; k++) if (k !== c && row[k] !== 0) v[k] = -row[k]!;
    return v; // only its direction matters
  }

  /** A vector over all cells (e.g. a total's 0/1 row) modulo the known span, up to a non-zero scale. */
  reduce(vector: Float64Array): Float64Array {
    const v = Float64Array.from(vector);
    for (let k = 0; k < this.n; k++) if (!this.hidden[k]) v[k] = 0;
    for (let r = 0; r < this.rows.length; r++) {
      const p = this.rowPivot[r]!;
      if (v[p] !== 0) combine(v, this.rows[r]![p]!, this.rows[r]!, v[p]!);
    }
    return normalize(v);
  }

  /** The attacker learns cell c: its column leaves the hidden part. */
  publishCell(c: number): void {
    if (!this.hidden[c]) return;
    this.hidden[c] = 0;
    this.stamp[c]!++;
    const r = this.pivotRow[c]!;
    this.pivotRow[c] = -1;
    if (r < 0) {
      this.rows.forEach((row, i) => {
        if (row[c] === 0) return;
        row[c] = 0;
        normalize(row);
        this.stamp[this.rowPivot[i]!]!++;
      });
      return;
    }
    const row = this.rows[r]!;
    row[c] = 0;
    const j = firstNonZero(row);
    if (j < 0) {
      this.removeRow(r);
      return;
    }
    this.setPivot(r, j);
  }

  /** The attacker learns a relation whose reduced form is w (non-zero, from `reduce` or `residual`). */
  addRelation(w: Float64Array): void {
    const j = firstNonZero(w);
    if (j < 0) return;
    this.rows.push(Float64Array.from(w));
    this.rowPivot.push(j);
    this.setPivot(this.rows.length - 1, j);
  }

  /** Makes column j the pivot of row r and clears column j from every other row. */
  private setPivot(r: number, j: number): void {
    const row = this.rows[r]!;
    if (row[j]! < 0) for (let k = 0; k < this.n; k++) row[k] = -row[k]!;
    normalize(row);
    this.rowPivot[r] = j;
    this.pivotRow[j] = r;
    this.stamp[j]!++;
    for (let i = 0; i < this.rows.length; i++) {
      const other = this.rows[i]!;
      // row[j] > 0 and row is zero at other pivots, so each other row keeps a positive pivot entry.
      if (i !== r && other[j] !== 0) {
        combine(other, row[j]!, row, other[j]!);
        this.stamp[this.rowPivot[i]!]!++;
      }
    }
  }

  private removeRow(r: number): void {
    this.rows.splice(r, 1);
    this.rowPivot.splice(r, 1);
    this.pivotRow.fill(-1);
    this.rowPivot.forEach((p, i) => (this.pivotRow[p] = i));
  }
}
