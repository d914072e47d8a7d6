import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.resetLog());

/** A GraphQL multipart request (graphql-multipart-request-spec), as Apollo or urql upload links send it. */
async function upload(query: string, variables: Record<string, unknown>, file: File) {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', file);
  const response = await stack.gateway.fetch('http://gateway.test/graphql', { method: 'POST', body: form, headers: { 'graphql-require-preflight': '1' } });
  return response.json() as Promise<any>;
}

const CREATE = `mutation($file: File!, $name: String) { createAttachment(input: { file: $file, name: $name }) { attachment { attachableSgid filename contentType byteSize } } }`;

describe('file uploads', () => {
  it('stores a file sent as a multipart request and lets an upload use it', async () => {
    const bytes = new Uint8Array(2048).map((_, i) => i % 251);
    const created = await upload(CREATE, { file: null, name: null }, new File([bytes], 'floor-plan.pdf', { type: 'application/pdf' }));
    expect(created.errors).toBeUndefined();
    const attachment = created.data.createAttachment.attachment;
    expect(attachment).toMatchObject({ filename: 'floor-plan.pdf', contentType: 'application/pdf', byteSize: 2048, attachableSgid: expect.any(String) });
    expect(stack.upstreamPaths()).toEqual(['/attachments.json?name=floor-plan.pdf']);
    expect(stack.sandbox.log[0]).toMatchObject({ method: 'POST', status: 201 });

    const vault = (await stack.graphql(`query($id: ID!) { project(id: $id) { vault { id } } }`, { variables: { id: SEED.projects.warehouse } })).data.project.vault;
    const made = await stack.graphql(
      `mutation($vault: ID!, $sgid: String!) { createUpload(input: { vaultId: $vault, attachableSgid: $sgid }) { upload { filename byteSize contentType } } }`,
      { variables: { vault: vault.id, sgid: attachment.attachableSgid } },
    );
    expect(made.errors).toBeUndefined();
    expect(made.data.createUpload.upload).toEqual({ filename: 'floor-plan.pdf', byteSize: 2048, contentType: 'application/pdf' });
  });

  it('renames the stored file when a name is given', async () => {
    const created = await upload(CREATE, { file: null, name: 'plan-v2.pdf' }, new File([new Uint8Array(10)], 'scan.pdf', { type: 'application/pdf' }));
    expect(created.data.createAttachment.attachment.filename).toBe('plan-v2.pdf');
  });

  it('refuses an empty file before any upstream call', async () => {
    const created = await upload(CREATE, { file: null }, new File([], 'empty.txt', { type: 'text/plain' }));
    expect(created.data.createAttachment).toBeNull();
    expect(created.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(stack.upstreamPaths()).toEqual([]);
  });
});

describe('a File that is not a file', () => {
  // A browser File put in JSON variables arrives as {}; an upload link left out sends the name.
  for (const file of [{}, 'floor-plan.pdf', 123, true, []]) {
    it(`refuses ${JSON.stringify(file)} as a coded input error, before any upstream call`, async () => {
      const created = await stack.graphql(CREATE, { variables: { file } });
      expect(created.data).toBeUndefined();
      expect(created.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(created.errors?.[0]?.message).toMatch(/File must be a file sent as a GraphQL multipart request/);
      expect(stack.upstreamPaths()).toEqual([]);
    });
  }

  it('refuses a value written in the document itself', async () => {
    const created = await stack.graphql(`mutation { createCampfireUpload(input: { campfireId: "${SEED.chat.campfires.catalog}", file: "x" }) { line { id } } }`);
    expect(created.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(created.errors?.[0]?.message).toMatch(/File must be a file sent as a GraphQL multipart request/);
    expect(stack.upstreamPaths()).toEqual([]);
  });
});

describe('Campfire uploads and the account logo', () => {
  it('shares a file in a Campfire as an upload line', async () => {
    const campfire = (await stack.graphql(`query($id: ID!) { project(id: $id) { campfire { id basecampId } } }`, { variables: { id: SEED.projects.catalog } })).data.project.campfire;
    stack.resetLog();
    const result = await upload(
      `mutation($file: File!, $id: ID!) { createCampfireUpload(input: { campfireId: $id, file: $file }) { campfireLine { __typename basecampId } } }`,
      { file: null, id: campfire.id },
      new File([new Uint8Array(4096)], 'moodboard.jpg', { type: 'image/jpeg' }),
    );
    expect(result.errors).toBeUndefined();
    expect(stack.upstreamPaths()).toEqual([`/chats/${campfire.basecampId}/uploads.json?name=moodboard.jpg`]);
    const uploads = await stack.graphql(`query($id: ID!) { campfire(id: $id) { uploads(first: 1) { nodes { basecampId } } } }`, { variables: { id: campfire.id } });
    expect(uploads.data.campfire.uploads.nodes[0].basecampId).toBe(result.data.createCampfireUpload.campfireLine.basecampId);
  });

  it('replaces the account logo with a multipart form and reads the account back', async () => {
    stack.resetLog();
    const result = await upload(
      `mutation($file: File!) { updateAccountLogo(input: { file: $file }) { account { name } } }`,
      { file: null },
      new File([new Uint8Array(1024)], 'logo.png', { type: 'image/png' }),
    );
    expect(result.errors).toBeUndefined();
    expect(stack.upstreamPaths()).toEqual(['/account/logo.json', '/account.json']);
    expect(stack.sandbox.log[0]).toMatchObject({ method: 'PUT', status: 204 });
  });

  it('refuses a logo that is not an image before any upstream call', async () => {
    stack.resetLog();
    const result = await upload(`mutation($file: File!) { updateAccountLogo(input: { file: $file }) { account { name } } }`, { file: null }, new File(['hi'], 'logo.txt', { type: 'text/plain' }));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(stack.upstreamPaths()).toEqual([]);
  });
});
