import type { EvidenceStoreKind } from '@duban/persistence';
import type { Readable } from 'node:stream';

/** What a store needs to know of a file: the row's id and duty, and where a previous `put` left the bytes. */
export interface EvidenceObject {
  id: string;
  dutyId: string;
  contentType: string;
  sha256: string;
  objectKey: string | null;
}

/** The columns of the row that say where the bytes are: `content` for the files table, `objectKey` for a bucket. */
export interface StoredBytes {
  content: Buffer | null;
  objectKey: string | null;
}

/**
 * Where the bytes of evidence files are kept (their metadata always stays in Postgres). One driver per kind;
 * the configured one takes new files, the one a file's row names serves and removes it.
 */
export interface EvidenceStoreDriver {
  readonly kind: EvidenceStoreKind;
  /** Keeps the bytes of a new file, before its row commits; returns what the row records. */
  put(file: Omit<EvidenceObject, 'objectKey'>, content: Buffer): Promise<StoredBytes>;
  /** The bytes, as a stream. */
  open(file: EvidenceObject): Promise<Readable>;
  /** Removes the bytes once the row is gone (nothing to do where the row held them). */
  remove(file: EvidenceObject): Promise<void>;
  close(): Promise<void>;
}
