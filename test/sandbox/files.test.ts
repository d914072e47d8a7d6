import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { json, startSandbox, USER_AGENT, type Harness } from './harness.ts';

let harness: Harness;
let now = Date.parse('2026-03-02T10:00:00.000Z');
beforeEach(async () => {
  harness = await startSandbox({ now: () => now });
});
afterEach(() => harness.close());

type Json = Record<string, any>;
const write = (method: string, path: string, body?: unknown, as = 'owner') => harness.call(path, { method, as, body: body ?? {} });
const F = SEED.files;

async function uploadFile(name: string, bytes: Uint8Array<ArrayBuffer>, contentType: string, as = 'owner'): Promise<Response> {
  // Raw bytes, as a file upload sends them: the harness would send text.
  return fetch(`${harness.api}/attachments.json?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${harness.sandbox.tokens[as]}`, 'User-Agent': USER_AGENT, 'Content-Type': contentType },
    body: bytes,
  });
}

describe('vaults', () => {
  it('creates a nested vault, renames it, and both show in the parent\'s counts and list', async () => {
    const parent = await json<Json>(await harness.call(`/vaults/${F.vaults.catalog}.json`));
    const made = await write('POST', `/vaults/${F.vaults.catalog}/vaults.json`, { title: 'Press kit' });
    expect(made.status).toBe(201);
    const vault = await json<Json>(made);
    expect(vault).toMatchObject({ type: 'Vault', title: 'Press kit', parent: { id: F.vaults.catalog, type: 'Vault' }, documents_count: 0, uploads_count: 0 });
    expect(vault.documents_url).toBe(`${harness.api}/vaults/${vault.id}/documents.json`);

    now += 60_000;
    const renamed = await json<Json>(await write('PUT', `/vaults/${vault.id}.json`, { title: 'Press kit 2026' }));
    expect(renamed).toMatchObject({ title: 'Press kit 2026', updated_at: new Date(now).toISOString() });
    const after = await json<Json>(await harness.call(`/vaults/${F.vaults.catalog}.json`));
    expect(after.vaults_count).toBe(parent.vaults_count + 1);
    const list = await json<Json[]>(await harness.call(`/vaults/${F.vaults.catalog}/vaults.json`));
    expect(list.map((v) => v.title)).toContain('Press kit 2026');
  });

  it('refuses a blank title with a 422 and 404s a vault the caller cannot see', async () => {
    const blank = await write('POST', `/vaults/${F.vaults.catalog}/vaults.json`, { title: ' ' });
    expect(blank.status).toBe(422);
    expect(await json(blank)).toEqual({ error: "Title can't be blank" });
    expect((await write('PUT', `/vaults/${F.vaults.catalog}.json`, { title: '' })).status).toBe(422);
    expect((await harness.call(`/vaults/${F.vaults.catalog}.json`, { as: 'client' })).status).toBe(404);
  });
});

describe('documents', () => {
  it('creates, replaces and trashes a document; the list and ETag follow', async () => {
    const listPath = `/vaults/${F.vaults.copy}/documents.json`;
    const first = await harness.call(listPath);
    const etag = first.headers.get('etag')!;
    const before = Number(first.headers.get('x-total-count'));

    const made = await write('POST', listPath, { title: 'Headline bank', content: '<div>Short, warm, specific.</div>', status: 'active' });
    expect(made.status).toBe(201);
    const document = await json<Json>(made);
    expect(document).toMatchObject({ type: 'Document', title: 'Headline bank', content: '<div>Short, warm, specific.</div>', content_attachments: [], parent: { id: F.vaults.copy } });
    expect(document.position).toBe(1);

    const revalidated = await harness.call(listPath, { headers: { 'If-None-Match': etag } });
    expect(revalidated.status).toBe(200);
    expect(Number(revalidated.headers.get('x-total-count'))).toBe(before + 1);

    now += 60_000;
    // A replace clears what it leaves out: no content here, so the body empties.
    const replaced = await json<Json>(await write('PUT', `/documents/${document.id}.json`, { title: 'Headline bank v2' }));
    expect(replaced).toMatchObject({ title: 'Headline bank v2', content: '' });
    const untitled = await json<Json>(await write('PUT', `/documents/${document.id}.json`, { content: '<div>Draft</div>' }));
    expect(untitled).toMatchObject({ title: 'Untitled', content: '<div>Draft</div>' });
    expect((await write('PUT', `/documents/${document.id}.json`, {})).status).toBe(400);

    expect((await write('PUT', `/recordings/${document.id}/status/trashed.json`)).status).toBe(204);
    expect((await harness.call(`/documents/${document.id}.json`)).status).toBe(404);
  });

  it('requires a title and hides client-hidden documents from clients', async () => {
    const response = await write('POST', `/vaults/${F.vaults.catalog}/documents.json`, { content: '<div>No title</div>' });
    expect(response.status).toBe(422);
    expect(await json(response)).toEqual({ error: "Title can't be blank" });
    expect((await harness.call(`/documents/${F.documents.clientVisible}.json`, { as: 'client' })).status).toBe(200);
    expect((await harness.call(`/documents/${F.documents.clientHidden}.json`, { as: 'client' })).status).toBe(404);
    const seen = await json<Json[]>(await harness.call(`/vaults/${F.vaults.bakery}/documents.json`, { as: 'client' }));
    expect(seen.map((d) => d.id)).toEqual([F.documents.clientVisible]);
    expect((await harness.call(`/documents/${F.documents.trashed}.json`)).status).toBe(404);
  });
});

describe('attachments and uploads', () => {
  it('takes a raw file, then files it as an upload with a new base name and replaces it with a version', async () => {
    const bytes = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3, 4]);
    const attached = await uploadFile('label sheet.png', bytes, 'image/png');
    expect(attached.status).toBe(201);
    const attachment = await json<Json>(attached);
    expect(attachment).toMatchObject({ filename: 'label sheet.png', content_type: 'image/png', byte_size: bytes.length });
    expect(attachment.attachable_sgid).toEqual(expect.any(String));

    const made = await write('POST', `/vaults/${F.vaults.warehouse}/uploads.json`, {
      attachable_sgid: attachment.attachable_sgid,
      description: '<div>Print on the blue stock.</div>',
      base_name: 'bin-labels',
    });
    expect(made.status).toBe(201);
    const upload = await json<Json>(made);
    expect(upload).toMatchObject({ type: 'Upload', title: 'bin-labels.png', filename: 'bin-labels.png', byte_size: bytes.length, content_type: 'image/png', description: '<div>Print on the blue stock.</div>' });
    expect(upload.download_url).toBe(`${harness.api}/buckets/${SEED.projects.warehouse}/uploads/${upload.id}/download/bin-labels.png`);

    now += 60_000;
    const updated = await json<Json>(await write('PUT', `/uploads/${upload.id}.json`, { base_name: 'bin-labels-final' }));
    expect(updated).toMatchObject({ filename: 'bin-labels-final.png', description: '<div>Print on the blue stock.</div>' });

    const second = await json<Json>(await uploadFile('labels-v2.pdf', new Uint8Array(300), 'application/pdf'));
    now += 60_000;
    const versioned = await write('POST', `/uploads/${upload.id}/versions.json`, { attachable_sgid: second.attachable_sgid, notify: 'everyone' });
    expect(versioned.status).toBe(201);
    expect(await json<Json>(versioned)).toMatchObject({ id: upload.id, filename: 'labels-v2.pdf', content_type: 'application/pdf', description: '<div>Print on the blue stock.</div>' });
    const versions = await json<Json[]>(await harness.call(`/uploads/${upload.id}/versions.json`));
    expect(versions.map((v) => [v.action, v.upload.filename, v.upload.current])).toEqual([
      ['blob_changed', 'labels-v2.pdf', true],
      ['created', 'bin-labels.png', false],
    ]);
  });

  it('rejects attachments without a name or bytes, and uploads without a known attachment', async () => {
    expect((await harness.call('/attachments.json', { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: 'abc' })).status).toBe(422);
    const empty = await fetch(`${harness.api}/attachments.json?name=x.png`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${harness.sandbox.tokens.owner}`, 'User-Agent': USER_AGENT, 'Content-Type': 'image/png' },
      body: '',
    });
    expect(empty.status).toBe(422);
    expect(await json(empty)).toEqual({ error: "File can't be blank" });
    const missing = await write('POST', `/vaults/${F.vaults.catalog}/uploads.json`, { description: 'no file' });
    expect(missing.status).toBe(422);
    expect(await json(missing)).toEqual({ error: "Attachable sgid can't be blank" });
    expect((await write('POST', `/vaults/${F.vaults.catalog}/uploads.json`, { attachable_sgid: 'forged--sgid' })).status).toBe(422);
  });

  it('pages a vault\'s uploads with geared pages and Link headers', async () => {
    const first = await harness.call(`/vaults/${F.vaults.photos}/uploads.json`);
    expect(first.headers.get('x-total-count')).toBe(String(F.counts.photoUploads));
    expect((await json<Json[]>(first)).length).toBe(15);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
    expect(next).toBeDefined();
    const second = await harness.call(next!);
    expect((await json<Json[]>(second)).length).toBe(F.counts.photoUploads - 15);
    expect(second.headers.get('link')).toBeNull();
  });
});

describe('cloud files and Google documents', () => {
  it('creates a cloud file on the bucket path and replaces it, clearing what is left out', async () => {
    const made = await write('POST', `/buckets/${SEED.projects.catalog}/vaults/${F.vaults.catalog}/cloud_files.json`, {
      url: 'https://www.dropbox.com/s/xyz/press-photos.zip',
      service: 'dropbox',
      title: 'Press photos',
      description: '<div>High-res.</div>',
    });
    expect(made.status).toBe(201);
    const file = await json<Json>(made);
    expect(file).toMatchObject({ type: 'CloudFile', title: 'Press photos', url: 'https://www.dropbox.com/s/xyz/press-photos.zip', service: { code: 'dropbox', name: 'Dropbox' } });
    expect(file.app_url).toContain(`/cloud_files/${file.id}`);

    const replaced = await json<Json>(await write('PUT', `/cloud_files/${file.id}.json`, { url: 'https://example.org/press.zip', service: 'other' }));
    expect(replaced).toMatchObject({ title: 'Untitled', description: '', url: 'https://example.org/press.zip', service: { code: 'other' } });
    const refused = await write('PUT', `/cloud_files/${file.id}.json`, { url: 'https://example.org/x', service: 'dropbox' });
    expect(refused.status).toBe(422);
    expect(await json(refused)).toMatchObject({ errors: { url: ['is not a valid link for this service'] } });
  });

  it('checks a Google document\'s type before anything else', async () => {
    const bad = await write('POST', `/vaults/${F.vaults.catalog}/google_documents.json`, { url: 'not a link', document_type: 'spreadsheet' });
    expect(bad.status).toBe(422);
    expect(await json(bad)).toMatchObject({ errors: { document_type: ['is not a valid document type'] } });
    const made = await json<Json>(await write('POST', `/vaults/${F.vaults.catalog}/google_documents.json`, { url: 'https://docs.google.com/document/d/abc/edit', document_type: 'doc' }));
    expect(made).toMatchObject({ type: 'GoogleDocument', title: 'Untitled', document_type: 'doc', url: 'https://docs.google.com/document/d/abc/edit' });
    const replaced = await json<Json>(await write('PUT', `/google_documents/${made.id}.json`, { url: 'https://docs.google.com/presentation/d/abc/edit', document_type: 'slide', title: 'Pitch' }));
    expect(replaced).toMatchObject({ title: 'Pitch', document_type: 'slide' });
  });
});

describe('home-screen folders', () => {
  it('creates, renames and deletes a folder that only its owner sees', async () => {
    const made = await write('POST', '/stacks.json', { name: 'Warehouse', project_ids: [SEED.projects.warehouse] });
    expect(made.status).toBe(201);
    const folder = await json<Json>(made);
    expect(folder).toMatchObject({ name: 'Warehouse', type: 'Stack', bucket_ids: [SEED.projects.warehouse], projects: [{ id: SEED.projects.warehouse }] });
    const mine = await json<Json[]>(await harness.call('/stacks.json'));
    expect(mine[0]?.id).toBe(folder.id);
    expect(mine[0]).not.toHaveProperty('projects');
    expect((await harness.call(`/stacks/${folder.id}.json`, { as: 'admin' })).status).toBe(404);

    expect(await json<Json>(await write('PUT', `/stacks/${folder.id}.json`, { name: 'Unit 7' }))).toMatchObject({ name: 'Unit 7' });
    expect((await write('PUT', `/stacks/${folder.id}.json`, { name: '' })).status).toBe(422);
    expect((await harness.call(`/stacks/${folder.id}.json`, { method: 'DELETE' })).status).toBe(204);
    expect((await harness.call(`/stacks/${folder.id}.json`)).status).toBe(404);
  });

  it('names a blank folder "New folder" and files nothing when one project is out of reach', async () => {
    const unnamed = await json<Json>(await write('POST', '/stacks.json', {}));
    expect(unnamed).toMatchObject({ name: 'New folder', bucket_ids: [], projects: [] });
    const before = (await json<Json[]>(await harness.call('/stacks.json', { as: 'member' }))).length;
    const refused = await write('POST', '/stacks.json', { name: 'Mixed', project_ids: [SEED.projects.catalog, SEED.projects.boardPrep] }, 'member');
    expect(refused.status).toBe(404);
    expect((await json<Json[]>(await harness.call('/stacks.json', { as: 'member' }))).length).toBe(before);
  });
});
