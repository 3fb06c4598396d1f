import type { RowRef } from './import-issues';

/**
 * Which row of this file already used a receipt reference. A reference may appear once per file.
 * Rows that were written are found through the movement the ledger lookup returns (movement ids of
 * one import are consecutive), so the common case hashes no million-entry map; rows that were not
 * written (already in the ledger, or the file is being refused) are remembered by reference.
 */
export class FileReferences {
  private firstMovementId = -1;
  private readonly writtenRows: RowRef[] = [];
  private readonly otherRows = new Map<string, RowRef>();

  written(movementId: number, at: RowRef): void {
    if (this.firstMovementId < 0) this.firstMovementId = movementId;
    this.writtenRows[movementId - this.firstMovementId] = at;
  }

  notWritten(reference: string, at: RowRef): void {
    if (!this.otherRows.has(reference)) this.otherRows.set(reference, at);
  }

  /** the earlier row of this file with the reference; `movementId` is the ledger's receipt with it, if any */
  earlierRow(reference: string, movementId: number | undefined): RowRef | undefined {
    if (movementId !== undefined && this.firstMovementId >= 0 && movementId >= this.firstMovementId) {
      const row = this.writtenRows[movementId - this.firstMovementId];
      if (row) return row;
    }
    return this.otherRows.get(reference);
  }
}
