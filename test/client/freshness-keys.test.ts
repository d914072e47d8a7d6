import { describe, expect, it } from 'vitest';
import { accountPath, canonicalSegments, copiedIds, isWebhookCovered, lookupKeys, Placements, prefixKeys, projectOf, writeKeys } from '../../src/client/freshness-keys.ts';
import { createMemoryFreshnessStore } from '../../src/client/stores/freshness-memory.ts';

const API = 'https://3.basecampapi.com/999';

describe('freshness keys', () => {
  it('reads both path forms alike, without query or .json', () => {
    expect(canonicalSegments('/buckets/1/todolists/2/todos.json?page=2')).toEqual({ segments: ['todolists', '2', 'todos'], bucket: '1' });
    expect(canonicalSegments('/todolists/2/todos.json')).toEqual({ segments: ['todolists', '2', 'todos'] });
    expect(canonicalSegments('/buckets/1')).toEqual({ segments: ['buckets', '1'] });
    expect(accountPath(`${API}/buckets/1/todos/9.json`, '999')).toBe('/buckets/1/todos/9.json');
    expect(accountPath('https://elsewhere.test/1/todos/9.json', '999')).toBeUndefined();
  });

  it('covers a path by its ancestors, its ids and its project, never by a sibling sharing a prefix of characters', () => {
    const keys = lookupKeys('/todolists/22/todos.json?page=2', '1');
    expect(keys).toEqual(['p:/', 'p:/todolists', 'p:/todolists/22', 'p:/todolists/22/todos', 'i:22', 'p:/buckets/1']);
    expect(keys).not.toContain('p:/todolists/2');
    expect(prefixKeys('/buckets/1/todolists/2')).toEqual(['p:/todolists/2', 'i:2', 'c:2']);
    expect(prefixKeys('/projects/recordings')).toEqual(['p:/projects/recordings']);
  });

  it('classifies what webhooks report by what a GET returns', () => {
    for (const path of [
      '/todos/9.json', '/todolists/2/todos.json', '/buckets/1/todolists/2.json', '/todosets/4/todolists.json', '/recordings/9/comments.json',
      '/message_boards/3/messages.json', '/messages/5.json', '/vaults/6/documents.json', '/uploads/7.json', '/schedules/8/entries.json',
      '/card_tables/lists/3/cards.json', '/card_tables/cards/9.json', '/questions/2/answers.json', '/client/approvals/4.json', '/inbox_forwards/3.json',
    ]) expect(isWebhookCovered(path), path).toBe(true);
    for (const path of [
      '/projects/1.json', '/projects.json', '/projects/recordings.json?type=Todo', '/people/5.json', '/projects/1/people.json', '/chats/3/lines.json',
      '/buckets/1/chats/3/lines.json', '/recordings/9/timesheet/entries.json', '/my/profile.json', '/reports/todos/assigned.json', '/templates.json',
    ]) expect(isWebhookCovered(path), path).toBe(false);
  });

  it('learns where recordings sit, and places an empty list by the ids in its path', () => {
    const placements = new Placements(2);
    placements.learn([{ id: '9', parent: { id: '2' }, bucket: { id: '1' } }, { id: '10', parent: { id: '2' }, bucket: { id: '1' } }]);
    placements.learn({ id: '1', name: 'P', dock: [{ id: '40' }] });
    expect(placements.get('40')).toEqual({ project: '1' });
    expect(placements.get('9')).toBeUndefined(); // bounded: the oldest went first
    expect(projectOf('/recordings/10/comments.json', [], placements)).toBe('1');
    expect(projectOf('/todosets/40.json', { id: '40' }, placements)).toBe('1');
    expect(projectOf('/todos/11.json', { id: '11', bucket: { id: '5' } }, placements)).toBe('5');
    expect(projectOf('/buckets/6/todos/11.json', undefined, placements)).toBe('6');
    expect(projectOf('/recordings/12/comments.json', [], placements)).toBeUndefined();
  });

  it('marks what a create changes from its answer: the new object, its parent, the project and the feeds', () => {
    const keys = writeKeys(
      '/todolists/2/todos.json',
      { id: '50', url: `${API}/buckets/1/todos/50.json`, parent: { id: '2', url: `${API}/buckets/1/todolists/2.json` }, bucket: { id: '1' } },
      new Placements(),
      '999',
    );
    expect(keys.sort()).toEqual(['c:50', 'i:2', 'i:50', 'p:/my', 'p:/projects/1', 'p:/projects/recordings', 'p:/reports', 'p:/todolists/2', 'p:/todos/50'].sort());
  });

  it('covers an answer by the copies it embeds, which any write of the copied object marks', () => {
    const todo = { id: '50', parent: { id: '2', title: 'Launch' }, bucket: { id: '1', name: 'Catalog' } };
    expect(copiedIds(todo)).toEqual(['2', '1']);
    expect(copiedIds([todo])).toEqual(['2', '1']);
    expect(copiedIds({ id: '1', name: 'Catalog' })).toEqual([]);
    expect(lookupKeys('/todos/50.json', '1', copiedIds(todo))).toEqual(expect.arrayContaining(['c:2', 'c:1']));
    // Renaming the list (a shallow edit, its answer the list) and the project mark their copies.
    expect(writeKeys('/todolists/2.json', { id: '2', parent: { id: '40' }, bucket: { id: '1' } }, new Placements(), '999', { shallow: true })).toContain('c:2');
    expect(writeKeys('/projects/1.json', { id: '1', name: 'Catalog 2' }, new Placements(), '999')).toContain('c:1');
  });

  it('marks a status change through the placement learned from reads, up to the container above its list', () => {
    const placements = new Placements();
    placements.learn([{ id: '2', parent: { id: '40' }, bucket: { id: '1' } }]);
    placements.learn([{ id: '9', parent: { id: '2' }, bucket: { id: '1' } }]);
    expect(writeKeys('/recordings/9/status/trashed.json', undefined, placements, '999').sort()).toEqual(
      ['i:2', 'i:40', 'i:9', 'p:/my', 'p:/projects/1', 'p:/projects/recordings', 'p:/recordings/9', 'p:/reports'].sort(),
    );
    // Never read: the lists holding it are unknown, so the whole account.
    expect(writeKeys('/recordings/77/status/trashed.json', undefined, placements, '999')).toContain('p:/');
    // Not a recording: no need.
    expect(writeKeys('/people/5.json', undefined, placements, '999')).not.toContain('p:/');
  });
});

describe('webhook-shaped changes', () => {
  const placements = new Placements();
  placements.learn([{ id: '2', parent: { id: '40' }, bucket: { id: '1' } }]);
  placements.learn([{ id: '9', parent: { id: '2' }, bucket: { id: '1' } }]);
  const todo = { id: '9', url: `${API}/buckets/1/todos/9.json`, parent: { id: '2', url: `${API}/buckets/1/todolists/2.json` }, bucket: { id: '1' } };
  const ids = (keys: string[]) => keys.filter((key) => key.startsWith('i:')).sort();

  it('marks a comment, its to-do and the lists holding the to-do, not the to-do set above', () => {
    const comment = { id: '300', url: `${API}/buckets/1/comments/300.json`, parent: { id: '9', url: `${API}/buckets/1/todos/9.json` }, bucket: { id: '1' } };
    expect(ids(writeKeys('/buckets/1/comments/300.json', comment, placements, '999'))).toEqual(['i:2', 'i:300', 'i:9']);
  });

  it('marks the to-do set above a completed to-do (its list counts changed), not above an edited one', () => {
    expect(ids(writeKeys('/buckets/1/todos/9.json', todo, placements, '999'))).toEqual(['i:2', 'i:40', 'i:9']);
    const shallow = writeKeys('/buckets/1/todos/9.json', todo, placements, '999', { shallow: true });
    expect(ids(shallow)).toEqual(['i:2']);
    expect(shallow).toContain('p:/todos/9');
  });
});

describe('memory freshness store', () => {
  it('keeps the latest mark, separates accounts, and sweeps expired marks', async () => {
    const store = createMemoryFreshnessStore({ sweepEvery: 3 });
    await store.mark('1', ['p:/a'], { at: 10, ttlMs: 100 });
    await store.mark('1', ['p:/a'], { at: 5, ttlMs: 100 });
    expect(await store.latestMark('1', ['p:/a', 'p:/b'])).toBe(10);
    expect(await store.latestMark('2', ['p:/a'])).toBeUndefined();
    await store.mark('1', ['p:/b'], { at: 200, ttlMs: 100 }); // the sweep at 200 drops the mark of 10
    expect(await store.latestMark('1', ['p:/a'])).toBeUndefined();
    expect(await store.latestMark('1', ['p:/b'])).toBe(200);
  });

  it('holds a watched set per account', async () => {
    const store = createMemoryFreshnessStore();
    await store.setWatched('1', '7', true);
    await store.setWatched('1', '8', true);
    await store.setWatched('1', '7', false);
    expect(await store.watchedProjects('1')).toEqual(['8']);
    expect(await store.isWatched('1', '8')).toBe(true);
    expect(await store.isWatched('2', '8')).toBe(false);
  });
});
