import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { expectMatchesRest, leafSelection, restGet } from '../helpers/rest.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.resetLog());

const F = SEED.files;

describe('Docs & Files read graph', () => {
  it.each([
    ['Vault', 'vault', F.vaults.catalog, `/vaults/${F.vaults.catalog}.json`],
    ['Vault', 'vault', F.vaults.photos, `/vaults/${F.vaults.photos}.json`],
    ['Document', 'document', F.documents.brief, `/documents/${F.documents.brief}.json`],
    ['Upload', 'upload', F.uploads.versioned, `/uploads/${F.uploads.versioned}.json`],
    ['Upload', 'upload', F.uploads.pdf, `/uploads/${F.uploads.pdf}.json`],
    ['CloudFile', 'cloudFile', F.cloudFiles.moodboard, `/cloud_files/${F.cloudFiles.moodboard}.json`],
    ['GoogleDocument', 'googleDocument', F.googleDocuments.budget, `/google_documents/${F.googleDocuments.budget}.json`],
    ['Folder', 'folder', F.folders.clients, `/stacks/${F.folders.clients}.json`],
  ])('exposes every %s key as a field equal to the REST value (%s %s)', async (type, field, id, path) => {
    const result = await stack.graphql(`query($id: ID!) { ${field}(id: $id) ${leafSelection(type)} }`, { variables: { id } });
    expect(result.errors).toBeUndefined();
    expectMatchesRest(result.data[field], await restGet(stack, path));
  });

  it('matches upload versions, cloud service and embedded folder projects with REST', async () => {
    const result = await stack.graphql(
      `query($upload: ID!, $file: ID!, $folder: ID!) {
        upload(id: $upload) { versions(first: 10) { totalCount nodes ${leafSelection('UploadVersion')} } }
        cloudFile(id: $file) { service ${leafSelection('CloudFileService')} }
        folder(id: $folder) { projects { basecampId name } }
      }`,
      { variables: { upload: F.uploads.versioned, file: F.cloudFiles.moodboard, folder: F.folders.clients } },
    );
    expect(result.errors).toBeUndefined();
    const versions = await restGet<any[]>(stack, `/uploads/${F.uploads.versioned}/versions.json`);
    expect(result.data.upload.versions.totalCount).toBe(2);
    result.data.upload.versions.nodes.forEach((node: any, i: number) => expectMatchesRest(node, versions[i]));
    const file = await restGet(stack, `/cloud_files/${F.cloudFiles.moodboard}.json`);
    expectMatchesRest(result.data.cloudFile.service, file.service);
    expect(result.data.folder.projects.map((p: any) => p.basecampId)).toEqual([SEED.projects.catalog, SEED.projects.bakery]);
  });

  it('walks project → vault → folders, documents and uploads with one call per level', async () => {
    const result = await stack.graphql(
      `query($id: ID!) { project(id: $id) { vault {
        title documentsCount
        vaults(first: 5) { totalCount nodes { title parent { ... on Vault { title } } uploads(first: 20) { totalCount pageInfo { hasNextPage } nodes { filename creator { name } } } } }
        documents(first: 5) { nodes { title bucket { name } } }
      } } }`,
      { variables: { id: SEED.projects.catalog } },
    );
    expect(result.errors).toBeUndefined();
    const vault = result.data.project.vault;
    expect(vault.title).toBe('Docs & Files');
    const photos = vault.vaults.nodes.find((node: any) => node.title === 'Product photos');
    expect(photos.parent.title).toBe('Docs & Files');
    expect(photos.uploads.totalCount).toBe(F.counts.photoUploads);
    expect(photos.uploads.nodes).toHaveLength(F.counts.photoUploads);
    expect(photos.uploads.pageInfo.hasNextPage).toBe(false);
    expect(vault.documents.nodes.map((d: any) => d.title)).toContain('Catalog brief');
    const paths = stack.upstreamPaths();
    const copy = vault.vaults.nodes.find((node: any) => node.title === 'Copy decks');
    expect(copy).toBeDefined();
    // The vault and the project come from the loader once; the nested vaults' parent is the
    // vault already loaded; the photos' second page is the only extra page.
    expect(paths.sort()).toEqual(
      [
        `/projects/${SEED.projects.catalog}.json`,
        `/vaults/${F.vaults.catalog}.json`,
        `/vaults/${F.vaults.catalog}/vaults.json`,
        `/vaults/${F.vaults.catalog}/documents.json`,
        `/vaults/${F.vaults.photos}/uploads.json`,
        `/vaults/${F.vaults.photos}/uploads.json?page=2`,
        `/vaults/${F.vaults.copy}/uploads.json`,
      ].sort(),
    );
  });

  it('lists the current person\'s folders and loads their projects by id', async () => {
    const result = await stack.graphql('{ folders { name bucketIds projects { name } } }');
    expect(result.errors).toBeUndefined();
    const folder = result.data.folders.find((f: any) => f.name === 'Client work');
    expect(folder.bucketIds).toEqual([SEED.projects.catalog, SEED.projects.bakery]);
    expect(folder.projects).toHaveLength(2);
  });

  it('answers NOT_FOUND for a trashed document and leaves its siblings alone', async () => {
    const result = await stack.graphql(`query($a: ID!, $b: ID!) { a: document(id: $a) { title } b: document(id: $b) { title } }`, {
      variables: { a: F.documents.trashed, b: F.documents.brief },
    });
    expect(result.data.a).toBeNull();
    expect(result.data.b.title).toBe('Catalog brief');
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

const DOC_FIELDS = 'id basecampId title content status';

describe('Docs & Files mutations', () => {
  it('runs create → read → update → read → trash → read for a document', async () => {
    const created = await stack.graphql(`mutation($input: CreateDocumentInput!) { createDocument(input: $input) { document { ${DOC_FIELDS} } } }`, {
      variables: { input: { vaultId: F.vaults.copy, title: 'Caption style', content: '<div>Sentence case, no full stop.</div>', status: 'ACTIVE' } },
    });
    expect(created.errors).toBeUndefined();
    const document = created.data.createDocument.document;
    expect(document).toMatchObject({ title: 'Caption style', content: '<div>Sentence case, no full stop.</div>' });
    expect(stack.upstreamPaths()).toEqual([`/vaults/${F.vaults.copy}/documents.json`]);

    const read = await stack.graphql(`query($id: ID!) { node(id: $id) { ... on Document { ${DOC_FIELDS} parent { ... on Vault { basecampId title } } } } }`, {
      variables: { id: document.id },
    });
    expect(read.data.node).toEqual({ ...document, parent: { basecampId: F.vaults.copy, title: 'Copy decks' } });

    // Only the title changes; the content survives the replacing PUT.
    const updated = await stack.graphql(`mutation($id: ID!) { updateDocument(input: { id: $id, title: "Caption rules" }) { document { ${DOC_FIELDS} } } }`, {
      variables: { id: document.id },
    });
    expect(updated.data.updateDocument.document).toEqual({ ...document, title: 'Caption rules' });
    const reread = await stack.graphql(`query($id: ID!) { document(id: $id) { title content } }`, { variables: { id: document.id } });
    expect(reread.data.document).toEqual({ title: 'Caption rules', content: document.content });

    const trashed = await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { deletedId } }`, { variables: { id: document.id } });
    expect(trashed.data.trashRecording.deletedId).toBe(document.id);
    const gone = await stack.graphql(`query($id: ID!) { document(id: $id) { title } }`, { variables: { id: document.id } });
    expect(gone.data.document).toBeNull();
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('runs create → update → trash for a vault, an upload and its new version', async () => {
    const vault = await stack.graphql(`mutation($id: ID!) { createVault(input: { parentId: $id, title: "Shipping" }) { vault { id basecampId title } } }`, {
      variables: { id: F.vaults.warehouse },
    });
    const vaultId = vault.data.createVault.vault.id;
    const renamed = await stack.graphql(`mutation($id: ID!) { updateVault(input: { id: $id, title: "Shipping docs" }) { vault { title } } }`, { variables: { id: vaultId } });
    expect(renamed.data.updateVault.vault.title).toBe('Shipping docs');

    const upload = await stack.graphql(
      `mutation($vault: ID!, $sgid: String!) { createUpload(input: { vaultId: $vault, attachableSgid: $sgid, baseName: "cover-back", description: "<div>Final art</div>" }) { upload { id filename description width parent { id } } } }`,
      { variables: { vault: vaultId, sgid: F.attachment.sgid } },
    );
    expect(upload.errors).toBeUndefined();
    const made = upload.data.createUpload.upload;
    expect(made).toMatchObject({ filename: 'cover-back.png', description: '<div>Final art</div>', width: 1200, parent: { id: vaultId } });

    const edited = await stack.graphql(`mutation($id: ID!) { updateUpload(input: { id: $id, description: "<div>Final art, approved</div>" }) { upload { filename description } } }`, {
      variables: { id: made.id },
    });
    expect(edited.data.updateUpload.upload).toEqual({ filename: 'cover-back.png', description: '<div>Final art, approved</div>' });

    const versioned = await stack.graphql(
      `mutation($id: ID!, $sgid: String!) { createUploadVersion(input: { uploadId: $id, attachableSgid: $sgid, baseName: "cover-back-v2", notify: EVERYONE }) { upload { id filename description versions(first: 5) { nodes { action upload { filename current } } } } } }`,
      { variables: { id: made.id, sgid: F.attachment.sgid } },
    );
    expect(versioned.errors).toBeUndefined();
    expect(versioned.data.createUploadVersion.upload).toMatchObject({ id: made.id, filename: 'cover-back-v2.png', description: '<div>Final art, approved</div>' });
    expect(versioned.data.createUploadVersion.upload.versions.nodes.map((v: any) => [v.action, v.upload.filename, v.upload.current])).toEqual([
      ['blob_changed', 'cover-back-v2.png', true],
      ['created', 'cover-back.png', false],
    ]);

    await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { basecampId } }`, { variables: { id: vaultId } });
    const gone = await stack.graphql(`query($id: ID!) { upload(id: $id) { filename } }`, { variables: { id: made.id } });
    expect(gone.data.upload).toBeNull();
  });

  it('creates and edits cloud files and Google documents, keeping fields left out', async () => {
    const file = await stack.graphql(
      `mutation($id: ID!) { createCloudFile(input: { vaultId: $id, url: "https://www.figma.com/file/q1/Spread", service: "figma", title: "Spread layout", description: "<div>Pages 4–5</div>" }) { cloudFile { id title url description service { code } } } }`,
      { variables: { id: F.vaults.catalog } },
    );
    expect(file.errors).toBeUndefined();
    const made = file.data.createCloudFile.cloudFile;
    expect(made).toMatchObject({ title: 'Spread layout', url: 'https://www.figma.com/file/q1/Spread', service: { code: 'figma' } });
    expect(stack.upstreamPaths()).toEqual([`/vaults/${F.vaults.catalog}.json`, `/buckets/${SEED.projects.catalog}/vaults/${F.vaults.catalog}/cloud_files.json`]);
    const edited = await stack.graphql(`mutation($id: ID!) { updateCloudFile(input: { id: $id, title: "Spread 4–5" }) { cloudFile { title url description service { code } } } }`, {
      variables: { id: made.id },
    });
    expect(edited.data.updateCloudFile.cloudFile).toEqual({ title: 'Spread 4–5', url: made.url, description: made.description, service: { code: 'figma' } });

    const google = await stack.graphql(
      `mutation($id: ID!) { createGoogleDocument(input: { vaultId: $id, url: "https://docs.google.com/document/d/q2/edit", documentType: DOC, title: "Interview notes" }) { googleDocument { id title documentType } } }`,
      { variables: { id: F.vaults.catalog } },
    );
    const doc = google.data.createGoogleDocument.googleDocument;
    expect(doc).toMatchObject({ title: 'Interview notes', documentType: 'DOC' });
    const retyped = await stack.graphql(`mutation($id: ID!) { updateGoogleDocument(input: { id: $id, documentType: SHEET }) { googleDocument { title documentType url } } }`, {
      variables: { id: doc.id },
    });
    expect(retyped.data.updateGoogleDocument.googleDocument).toEqual({ title: 'Interview notes', documentType: 'SHEET', url: 'https://docs.google.com/document/d/q2/edit' });
  });

  it('creates, renames and deletes a home-screen folder', async () => {
    const created = await stack.graphql(`mutation($p: ID!) { createFolder(input: { name: "Ops", projectIds: [$p] }) { folder { id name projects { basecampId } } } }`, {
      variables: { p: SEED.projects.warehouse },
    });
    const folder = created.data.createFolder.folder;
    expect(folder).toMatchObject({ name: 'Ops', projects: [{ basecampId: SEED.projects.warehouse }] });
    const renamed = await stack.graphql(`mutation($id: ID!) { updateFolder(input: { id: $id, name: "Operations" }) { folder { name } } }`, { variables: { id: folder.id } });
    expect(renamed.data.updateFolder.folder.name).toBe('Operations');
    const deleted = await stack.graphql(`mutation($id: ID!) { deleteFolder(input: { id: $id }) { deletedId } }`, { variables: { id: folder.id } });
    expect(deleted.data.deleteFolder.deletedId).toBe(folder.id);
    const gone = await stack.graphql(`query($id: ID!) { folder(id: $id) { name } }`, { variables: { id: folder.id } });
    expect(gone.data.folder).toBeNull();
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps a Google document as a draft its author alone reads until publishGoogleDocument publishes it', async () => {
    const member = stack.sandbox.tokens.member!;
    const created = await stack.graphql(
      `mutation($id: ID!) { createGoogleDocument(input: { vaultId: $id, url: "https://docs.google.com/spreadsheets/d/q3/edit", documentType: SHEET, title: "Stock count" }) { googleDocument { id basecampId status } } }`,
      { variables: { id: F.vaults.catalog } },
    );
    expect(created.errors).toBeUndefined();
    const doc = created.data.createGoogleDocument.googleDocument;
    expect(doc.status).toBe('DRAFTED');
    const read = `query($id: ID!) { googleDocument(id: $id) { status title } }`;
    const unseen = await stack.graphql(read, { variables: { id: doc.id }, token: member });
    expect(unseen.data.googleDocument).toBeNull();
    expect(unseen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    stack.resetLog();
    const published = await stack.graphql(`mutation($id: ID!) { publishGoogleDocument(input: { id: $id }) { googleDocument { status title documentType } } }`, {
      variables: { id: doc.id },
    });
    expect(published.errors).toBeUndefined();
    expect(published.data.publishGoogleDocument.googleDocument).toEqual({ status: 'ACTIVE', title: 'Stock count', documentType: 'SHEET' });
    expect(stack.sandbox.log.slice(0, 2).map((entry) => `${entry.method} ${entry.path.replace(`/${stack.sandbox.accountId}`, '')}`)).toEqual([
      `GET /google_documents/${doc.basecampId}.json`,
      `PUT /google_documents/${doc.basecampId}.json`,
    ]);
    const seen = await stack.graphql(read, { variables: { id: doc.id }, token: member });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.googleDocument).toEqual({ status: 'ACTIVE', title: 'Stock count' });

    const again = await stack.graphql(`mutation($id: ID!) { publishGoogleDocument(input: { id: $id }) { googleDocument { status } } }`, { variables: { id: doc.id } });
    expect(again.data.publishGoogleDocument.googleDocument.status).toBe('ACTIVE');
  });

  it('creates a draft when not told ACTIVE: its author reads it and finds it in myDrafts, no list holds it, and no list is read for its edge', async () => {
    const created = await stack.graphql(
      `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { document { ${DOC_FIELDS} } documentEdge { cursor } } }`,
      { variables: { input: { vaultId: F.vaults.copy, title: 'Half-written', content: '<div>Notes for <em>later</em>.</div>' } } },
    );
    expect(created.errors).toBeUndefined();
    const document = created.data.createDocument.document;
    expect(document).toMatchObject({ title: 'Half-written', status: 'DRAFTED' });
    expect(created.data.createDocument.documentEdge).toBeNull();
    expect(stack.upstreamPaths()).toEqual([`/vaults/${F.vaults.copy}/documents.json`]);

    const read = await stack.graphql(
      `query($id: ID!, $vault: ID!) {
        document(id: $id) { status }
        vault(id: $vault) { documents(first: 50) { nodes { basecampId } } }
        myDrafts(first: 50) { nodes { basecampId type title excerpt } }
      }`,
      { variables: { id: document.id, vault: F.vaults.copy } },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.document).toEqual({ status: 'DRAFTED' });
    expect(read.data.vault.documents.nodes.map((node: { basecampId: string }) => node.basecampId)).not.toContain(document.basecampId);
    expect(read.data.myDrafts.nodes).toContainEqual({ basecampId: document.basecampId, type: 'DOCUMENT', title: 'Half-written', excerpt: 'Notes for later.' });
  });

  it('rejects input Basecamp would refuse before any upstream call, naming the field', async () => {
    const cases = [
      [`mutation($id: ID!) { createDocument(input: { vaultId: $id, title: "  " }) { document { id } } }`, 'title'],
      [`mutation($id: ID!) { createVault(input: { parentId: $id, title: "" }) { vault { id } } }`, 'title'],
      [`mutation($id: ID!) { createCloudFile(input: { vaultId: $id, url: "ftp://files.example/x", service: "other" }) { cloudFile { id } } }`, 'url'],
      [`mutation($id: ID!) { createUpload(input: { vaultId: $id, attachableSgid: "x", baseName: "a/b" }) { upload { id } } }`, 'baseName'],
      // A file keeps a name: null is refused, not read as "leave it".
      [`mutation { updateUpload(input: { id: "${F.uploads.pdf}", baseName: null }) { upload { id } } }`, 'baseName'],
    ] as const;
    for (const [mutation, field] of cases) {
      const result = await stack.graphql(mutation, { variables: { id: F.vaults.catalog } });
      expect(result.errors?.[0]?.extensions?.code, mutation).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('passes Basecamp\'s own 422 through as BAD_USER_INPUT', async () => {
    const result = await stack.graphql(`mutation($id: ID!) { createUpload(input: { vaultId: $id, attachableSgid: "not-an-attachment" }) { upload { id } } }`, {
      variables: { id: F.vaults.catalog },
    });
    expect(result.data.createUpload).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('Attachable sgid');
  });
});
