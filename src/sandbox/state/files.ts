import { idSequence, type IdSequence } from '../ids.ts';
import type { RecordingBase, StateCore } from './records.ts';

/**
 * The Docs & Files model (docs: vaults.md, documents.md, uploads.md, attachments.md, plus the
 * spec's cloud files, Google documents and home-screen folders). Vaults stay `ToolRecording`s:
 * a nested vault is a `Vault` recording whose parent is another vault.
 */

export interface DocumentRecord extends RecordingBase {
  type: 'Document';
  /** "" reads back as "Untitled" (spec: ReplaceDocument). */
  title: string;
  /** Rich text HTML; "" when blank. */
  content: string;
  subscriberIds: string[];
}

/** A stored file: what an attachment holds and what each upload version points at. */
export interface Blob {
  key: string;
  filename: string;
  contentType: string;
  byteSize: number;
  /** Pixels; null for files that are not images. */
  width: number | null;
  height: number | null;
}

/** One version event of an upload (spec: UploadVersion); the newest is last. */
export interface UploadVersionEvent {
  id: string;
  action: 'created' | 'blob_changed';
  createdAt: number;
  creatorId: string;
  blob: Blob;
}

export interface UploadRecord extends RecordingBase {
  type: 'Upload';
  /** The file name shown, `base_name` + the blob's extension. */
  title: string;
  description: string;
  blob: Blob;
  versions: UploadVersionEvent[];
  subscriberIds: string[];
}

export interface CloudFileRecord extends RecordingBase {
  type: 'CloudFile';
  title: string;
  description: string;
  /** The link on the external service. */
  link: string;
  service: string;
  subscriberIds: string[];
}

export type GoogleDocumentType = 'doc' | 'sheet' | 'slide' | 'other';

export interface GoogleDocumentRecord extends RecordingBase {
  type: 'GoogleDocument';
  title: string;
  description: string;
  link: string;
  documentType: GoogleDocumentType;
  subscriberIds: string[];
}

/** An uploaded file not yet used by an upload or rich text (docs: attachments.md). */
export interface Attachment {
  id: string;
  creatorId: string;
  createdAt: number;
  blob: Blob;
}

/** A person's home-screen folder of projects (spec: ListFolders; the wire type says `Stack`). */
export interface Folder {
  id: string;
  ownerId: string;
  name: string;
  projectIds: string[];
  createdAt: number;
  updatedAt: number;
}

export interface FilesState {
  attachments: Map<string, Attachment>;
  /** In home-screen order, newest first. */
  folders: Folder[];
  /** When any folder was last added, changed or deleted (Last-Modified of the folder list). */
  foldersChangedAt: number;
  ids: { attachment: IdSequence; folder: IdSequence; version: IdSequence };
}

/** The Docs & Files side of a sandbox's state, created on first use. */
export function filesState(state: StateCore & { files?: FilesState }): FilesState {
  state.files ??= {
    attachments: new Map(),
    folders: [],
    foldersChangedAt: 0,
    ids: { attachment: idSequence('1046600001'), folder: idSequence('2400100001'), version: idSequence('1071900001') },
  };
  return state.files;
}
