import { addAttachment, addCloudFile, addDocument, addFolder, addGoogleDocument, addUpload, addUploadVersion, addVault, makeBlob } from '../factories/files.ts';
import { attachmentSgid } from '../shapes/files.ts';
import type { Project, ToolRecording } from '../state/records.ts';
import type { SandboxState } from '../state/index.ts';
import { DAY, HOUR } from '../durations.ts';

/** Docs & Files ids and facts tests rely on. */
export interface FilesSeed {
  vaults: {
    /** The catalog project's Docs & Files tool. */
    catalog: string;
    /** Nested in `catalog`: 18 product photos, so its uploads span two pages (15 + 3). */
    photos: string;
    /** Nested in `catalog`: copy decks and the brand guide. */
    copy: string;
    /** The bakery project's Docs & Files tool (shared with the client). */
    bakery: string;
    /** In the warehouse project (id past 2^53). */
    warehouse: string;
  };
  documents: {
    /** In `vaults.catalog`, with a comment-worthy brief. */
    brief: string;
    /** In `vaults.copy`. */
    toneGuide: string;
    /** Bakery, visible to the client. */
    clientVisible: string;
    /** Bakery, hidden from the client. */
    clientHidden: string;
    /** Trashed, in `vaults.catalog`. */
    trashed: string;
  };
  uploads: {
    /** A photo in `vaults.photos` with two versions. */
    versioned: string;
    /** A PDF in `vaults.catalog` (no width or height). */
    pdf: string;
    /** In the warehouse project. */
    inHugeProject: string;
  };
  cloudFiles: { moodboard: string };
  googleDocuments: { budget: string };
  /** An attachment not used by any upload yet: its id and `attachable_sgid`. */
  attachment: { id: string; sgid: string };
  /** The owner's home-screen folder holding the catalog and bakery projects. */
  folders: { clients: string };
  counts: { photoUploads: number };
}

/** The vault tool of a project (every project has one, enabled or not). */
export function vaultOf(state: SandboxState, project: Project): ToolRecording {
  const entry = project.dock.find((candidate) => candidate.name === 'vault');
  const vault = entry ? state.recordings.get(entry.recordingId) : undefined;
  if (vault?.type !== 'Vault') throw new Error(`project ${project.id} has no vault`);
  return vault as ToolRecording;
}

const PHOTOS = [
  'apron-front', 'apron-detail', 'cutting-board-top', 'cutting-board-edge', 'mug-lifestyle', 'mug-studio',
  'colander-kitchen', 'wool-throw-sofa', 'snuffer-closeup', 'spice-rack-wall', 'cruet-window', 'watering-can-garden',
  'rattan-tray-table', 'step-stool-pantry', 'tea-towels-stack', 'trivet-stove', 'berry-bowl-fruit', 'steamer-dumplings',
] as const;

/** Seeds vaults, documents, uploads, links and folders into the seeded projects. */
export function seedFiles(
  state: SandboxState,
  projects: { catalog: Project; bakery: Project; warehouse: Project; hq: Project },
  people: Record<string, string>,
): FilesSeed {
  const p = (key: string): string => {
    const id = people[key];
    if (!id) throw new Error(`seed person ${key} missing`);
    return id;
  };
  const catalogVault = vaultOf(state, projects.catalog);
  let at = projects.catalog.createdAt + 10 * DAY;
  const next = (step = HOUR): number => (at += step);

  const brief = addDocument(state, catalogVault, {
    title: 'Catalog brief',
    content: '<div><strong>Goal</strong><br>Forty products, photographed in daylight, each with a sixty-word story.</div><ul><li>Cover: the linen apron</li><li>Print run: 4,000</li></ul>',
    creatorId: p('production'),
  }, next());
  const trashed = addDocument(state, catalogVault, { title: 'Old paper stock notes', content: '<div>Replaced by the printer\'s quote.</div>', creatorId: p('member') }, next());
  trashed.status = 'trashed';

  const photos = addVault(state, catalogVault, { title: 'Product photos', creatorId: p('photographer') }, next());
  const copy = addVault(state, catalogVault, { title: 'Copy decks', creatorId: p('copywriter') }, next());
  const toneGuide = addDocument(state, copy, {
    title: 'Tone of voice',
    content: '<div>Warm, plain and specific. Name the material, the maker and one way to use it.</div>',
    creatorId: p('copywriter'),
  }, next());
  addDocument(state, copy, { title: 'Product stories, first half', content: '<div>Apron through bamboo steamer.</div>', creatorId: p('copywriter') }, next());

  let versioned = '';
  PHOTOS.forEach((name, i) => {
    const blob = makeBlob({ filename: `${name}.jpg`, contentType: 'image/jpeg', byteSize: 480_000 + i * 7_919, width: 3000, height: 2000 });
    const upload = addUpload(state, photos, { blob, description: i % 3 === 0 ? `<div>Shot ${i + 1} of the first studio day.</div>` : '', creatorId: p('photographer') }, next(17 * 60_000));
    if (i === 0) versioned = upload.id;
  });
  const first = state.recordings.get(versioned);
  if (first?.type !== 'Upload') throw new Error('seed upload missing');
  addUploadVersion(state, first, {
    blob: makeBlob({ filename: 'apron-front.jpg', contentType: 'image/jpeg', byteSize: 512_004, width: 3000, height: 2000, seed: 'retouched' }),
    creatorId: p('photographer'),
    description: '<div>Retouched: warmer whites.</div>',
  }, next(DAY));

  const pdf = addUpload(state, catalogVault, {
    blob: makeBlob({ filename: 'printer-quote.pdf', contentType: 'application/pdf', byteSize: 88_120 }),
    description: '<div>Quote for 4,000 copies on uncoated stock.</div>',
    creatorId: p('production'),
  }, next());
  const moodboard = addCloudFile(state, catalogVault, {
    title: 'Cover moodboard',
    description: '<div>Reference frames for the cover shoot.</div>',
    link: 'https://www.figma.com/file/k3Lm9/Spring-cover-moodboard',
    service: 'figma',
    creatorId: p('illustrator'),
  }, next());
  const budget = addGoogleDocument(state, catalogVault, {
    title: 'Catalog budget',
    description: '<div>Print, paper and postage.</div>',
    link: 'https://docs.google.com/spreadsheets/d/1Xy7Budget/edit',
    documentType: 'sheet',
    creatorId: p('production'),
  }, next());

  const bakeryVault = vaultOf(state, projects.bakery);
  at = projects.bakery.createdAt + 3 * DAY;
  const clientVisible = addDocument(state, bakeryVault, {
    title: 'Site map for review',
    content: '<div>Home, Menu, Pre-order, Visit us. Tell us what is missing.</div>',
    creatorId: p('production'),
    visibleToClients: true,
  }, next());
  const clientHidden = addDocument(state, bakeryVault, {
    title: 'Hosting costs (internal)',
    content: '<div>Estimate before we send the proposal.</div>',
    creatorId: p('developer'),
    visibleToClients: false,
  }, next());

  const warehouseVault = vaultOf(state, projects.warehouse);
  at = projects.warehouse.createdAt + 2 * DAY;
  const floorPlan = addUpload(state, warehouseVault, {
    blob: makeBlob({ filename: 'unit-7-floor-plan.png', contentType: 'image/png', byteSize: 204_800, width: 2400, height: 1600 }),
    description: '<div>Racking layout, version three.</div>',
    creatorId: p('warehouse'),
  }, next());

  const spare = addAttachment(state, {
    blob: makeBlob({ filename: 'back-cover.png', contentType: 'image/png', byteSize: 64_512, width: 1200, height: 1800 }),
    creatorId: p('owner'),
  }, projects.catalog.createdAt + 20 * DAY);
  const folder = addFolder(state, { ownerId: p('owner'), name: 'Client work', projectIds: [projects.catalog.id, projects.bakery.id] }, projects.bakery.createdAt + DAY);

  return {
    vaults: { catalog: catalogVault.id, photos: photos.id, copy: copy.id, bakery: bakeryVault.id, warehouse: warehouseVault.id },
    documents: { brief: brief.id, toneGuide: toneGuide.id, clientVisible: clientVisible.id, clientHidden: clientHidden.id, trashed: trashed.id },
    uploads: { versioned, pdf: pdf.id, inHugeProject: floorPlan.id },
    cloudFiles: { moodboard: moodboard.id },
    googleDocuments: { budget: budget.id },
    attachment: { id: spare.id, sgid: attachmentSgid(spare.id) },
    folders: { clients: folder.id },
    counts: { photoUploads: PHOTOS.length },
  };
}
