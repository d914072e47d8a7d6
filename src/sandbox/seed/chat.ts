import {
  addApprovalResponse,
  addChatbot,
  addClientApproval,
  addClientCorrespondence,
  addClientReply,
  addForward,
  addInboxReply,
  addLine,
  addUploadLine,
  clientBoardOf,
  toolOf,
} from '../factories/chat.ts';
import type { Project } from '../state/records.ts';
import type { SandboxState } from '../state/index.ts';
import { HOUR, MINUTE } from '../durations.ts';

/** Ids and counts of the chat family's seed that tests rely on. */
export interface ChatSeed {
  campfires: { hq: string; catalog: string; bakery: string; warehouse: string };
  lines: {
    /** A plain text line in the catalog Campfire, by the photographer. */
    text: string;
    /** A rich text line in the catalog Campfire. */
    richText: string;
    /** An uploaded photo in the catalog Campfire. */
    upload: string;
    /** A line the client posted in the bakery Campfire. */
    byClient: string;
  };
  chatbots: { deploy: string; standup: string };
  inboxes: { hq: string; catalog: string; bakery: string };
  forwards: {
    /** In the catalog inbox, with three replies. */
    withReplies: string;
    /** In the HQ inbox, no replies. */
    plain: string;
  };
  inboxReplies: { first: string };
  clientBoard: string;
  correspondences: { kickoff: string; launch: string };
  approvals: { approved: string; pending: string; rejected: string };
  clientReplies: { onCorrespondence: string; onApproval: string };
  counts: { catalogLines: number; catalogUploads: number; kickoffReplies: number; forwardReplies: number };
}

type People = Record<
  'owner' | 'admin' | 'production' | 'member' | 'copywriter' | 'developer' | 'photographer' | 'projectManager' | 'illustrator' | 'client',
  string
>;

/** Small talk about the catalog shoot, in the order it was said: [speaker, text, rich]. */
const CATALOG_CHATTER: readonly (readonly [keyof People, string, boolean?])[] = [
  ['photographer', 'Morning! The farmhouse kitchen is booked for Thursday and Friday.'],
  ['production', 'Great. Do we have the linen napkins back from the laundry?'],
  ['member', 'Picking them up at noon.'],
  ['photographer', 'Light looks soft today, I might run a test on the ceramics.'],
  ['copywriter', 'Can someone send me the final product order? I want to match the copy to the page flow.'],
  ['projectManager', 'It is in the <strong>Catalog production checklist</strong>, top of the list.', true],
  ['copywriter', 'Found it, thanks.'],
  ['illustrator', 'Cover sketches are up in Docs & Files.'],
  ['production', 'The second cover is lovely. Let us see it with the real masthead.'],
  ['illustrator', 'Will do after lunch.'],
  ['photographer', 'Test shots of the mugs: the speckled glaze reads beautifully.'],
  ['member', 'Napkins are back. One has a wine stain, using the other five.'],
  ['projectManager', 'Reminder: page proofs are due <em>next Wednesday</em>.', true],
  ['production', 'Printer confirmed the paper stock, uncoated 120gsm.'],
  ['copywriter', 'Does anyone know the capacity of the large teapot?'],
  ['member', '1.2 litres, it is on the supplier sheet.'],
  ['copywriter', 'Perfect.'],
  ['photographer', 'We need more props for the bread board spread. Any sourdough volunteers?'],
  ['member', 'I will bake one tonight.'],
  ['photographer', 'Hero.'],
  ['illustrator', 'Masthead mock-up attached to the cover card.'],
  ['production', 'That works. Going with option two.'],
  ['projectManager', 'Logged the decision on the checklist.'],
  ['copywriter', 'Drafts for pages 4 to 12 are ready for review.'],
  ['production', 'Reading them on the train home.'],
  ['photographer', 'Day one done: 212 frames, 31 keepers.'],
  ['member', 'The sourdough was a hit, photo and lunch.'],
  ['projectManager', 'Day two call time is 7:30. Coffee is on me.'],
  ['photographer', 'Bringing the big reflector.'],
  ['production', 'Page proofs arrived, colour on the blues is a bit cold.'],
  ['photographer', 'I will warm them in the grade and resend.'],
  ['copywriter', 'Pages 13 to 20 are drafted.'],
  ['illustrator', 'Spot illustrations for the index are done.'],
  ['projectManager', 'We are two days ahead of schedule. <strong>Nice work, everyone.</strong>', true],
  ['production', 'Second proof round looks right.'],
  ['member', 'Ordering the shipping boxes for the print run.'],
  ['copywriter', 'Final copy is locked.'],
  ['photographer', 'Final grades are in the shared folder.'],
  ['production', 'Sending everything to the printer this afternoon.'],
  ['projectManager', 'Catalog is off to print. Drinks on Friday!'],
];

/**
 * Seeds Campfire chatter, chatbots, email forwards with replies, and the bakery's clientside.
 * The catalog Campfire holds enough lines to span two pages of the geared pagination.
 */
export function seedChat(
  state: SandboxState,
  projects: { hq: Project; catalog: Project; bakery: Project; warehouse: Project },
  people: People,
): ChatSeed {
  const { hq, catalog, bakery, warehouse } = projects;

  // Campfires
  const catalogChat = toolOf(state, catalog, 'chat');
  let at = catalog.createdAt + 12 * 24 * HOUR;
  const catalogLines = CATALOG_CHATTER.map(([speaker, content, rich], i) => {
    at += (i % 4 === 0 ? 3 * HOUR : 0) + 7 * MINUTE;
    return addLine(state, catalogChat, { creatorId: people[speaker], content, richText: rich === true }, at);
  });
  const coverPhoto = addUploadLine(
    state,
    catalogChat,
    { creatorId: people.photographer, filename: 'mug-test-shot.jpg', contentType: 'image/jpeg', byteSize: 482_113 },
    catalogLines[10]!.createdAt + MINUTE,
  );
  addUploadLine(
    state,
    catalogChat,
    { creatorId: people.illustrator, filename: 'masthead-option-2.png', contentType: 'image/png', byteSize: 96_402 },
    catalogLines[20]!.createdAt + MINUTE,
  );

  const hqChat = toolOf(state, hq, 'chat');
  const hqAt = hq.createdAt + 2 * 24 * HOUR;
  addLine(state, hqChat, { creatorId: people.owner, content: 'Welcome to the new HQ project, everyone.' }, hqAt);
  addLine(state, hqChat, { creatorId: people.admin, content: 'The office wifi password changed, ask me for it.' }, hqAt + HOUR);
  addLine(state, hqChat, { creatorId: people.developer, content: 'Who left the oat milk out?' }, hqAt + 5 * HOUR);

  const bakeryChat = toolOf(state, bakery, 'chat');
  const bakeryAt = bakery.createdAt + 3 * 24 * HOUR;
  addLine(state, bakeryChat, { creatorId: people.developer, content: 'The pre-order form is live on the staging site.' }, bakeryAt);
  const byClient = addLine(
    state,
    bakeryChat,
    { creatorId: people.client, content: 'Tried it from my phone, the <em>Saturday pickup</em> option is missing.', richText: true },
    bakeryAt + 2 * HOUR,
  );
  addLine(state, bakeryChat, { creatorId: people.developer, content: 'Good catch, fixing it now.' }, bakeryAt + 2 * HOUR + 10 * MINUTE);

  const warehouseChat = toolOf(state, warehouse, 'chat');
  addLine(state, warehouseChat, { creatorId: people.admin, content: 'Keys for Unit 7 are with reception.' }, warehouse.createdAt + 24 * HOUR);

  // Chatbots: account-wide.
  const deploy = addChatbot(state, { serviceName: 'deploybot', commandUrl: 'https://hooks.larkspurfinch.example/deploy' }, hq.createdAt + 5 * 24 * HOUR);
  const standup = addChatbot(state, { serviceName: 'standup' }, hq.createdAt + 6 * 24 * HOUR);

  // Email forwards
  const hqInbox = toolOf(state, hq, 'inbox');
  const plain = addForward(
    state,
    hqInbox,
    {
      creatorId: people.admin,
      subject: 'Your office lease renewal',
      content: '<div>The lease on the studio renews in April. Please confirm the term by the end of the month.</div>',
      from: 'leasing@riversideproperties.example',
    },
    hq.createdAt + 10 * 24 * HOUR,
  );
  addForward(
    state,
    hqInbox,
    { creatorId: people.owner, subject: 'Invitation: design week panel', content: '<div>Would someone from the studio join a panel on print in a digital age?</div>' },
    hq.createdAt + 20 * 24 * HOUR,
  );

  const catalogInbox = toolOf(state, catalog, 'inbox');
  const paperQuote = addForward(
    state,
    catalogInbox,
    {
      creatorId: people.production,
      subject: 'Quote for 5,000 catalogs',
      content: '<div>Attached is our quote for the spring catalog, uncoated stock, saddle stitched.</div>',
      from: 'quotes@tidewaterprint.example',
    },
    catalog.createdAt + 5 * 24 * HOUR,
  );
  const firstReply = addInboxReply(state, paperQuote, { creatorId: people.production, content: '<div>Thanks, can you price 6,000 as well?</div>' }, paperQuote.createdAt + 3 * HOUR);
  addInboxReply(state, paperQuote, { creatorId: people.projectManager, content: '<div>6,000 brings the unit cost under budget.</div>' }, paperQuote.createdAt + 26 * HOUR);
  addInboxReply(state, paperQuote, { creatorId: people.owner, content: '<div>Let us go with 6,000.</div>' }, paperQuote.createdAt + 28 * HOUR);
  addForward(
    state,
    catalogInbox,
    { creatorId: people.copywriter, subject: 'Product notes from the potter', content: '<div>Each mug is thrown by hand, so sizes vary a little.</div>' },
    catalog.createdAt + 8 * 24 * HOUR,
  );

  const bakeryInbox = toolOf(state, bakery, 'inbox');
  addForward(
    state,
    bakeryInbox,
    { creatorId: people.developer, subject: 'Domain transfer confirmation', content: '<div>The transfer of harborstreetbakery.example is complete.</div>' },
    bakery.createdAt + 4 * 24 * HOUR,
  );

  // The bakery's clientside
  const board = clientBoardOf(state, bakery, people.production, bakery.createdAt);
  const clientAt = bakery.createdAt + 24 * HOUR;
  const kickoff = addClientCorrespondence(
    state,
    board,
    { creatorId: people.production, subject: 'Welcome to your project', content: '<div>This is where we will share progress on the new site.</div>' },
    clientAt,
  );
  const kickoffReplies = [
    addClientReply(state, kickoff, { creatorId: people.client, content: '<div>Thank you! Excited to get going.</div>' }, clientAt + 2 * HOUR),
    addClientReply(state, kickoff, { creatorId: people.production, content: '<div>First sketches land on Friday.</div>' }, clientAt + 3 * HOUR),
    addClientReply(state, kickoff, { creatorId: people.client, content: '<div>Perfect, I will look over the weekend.</div>' }, clientAt + 5 * HOUR),
  ];
  const launch = addClientCorrespondence(
    state,
    board,
    { creatorId: people.developer, subject: 'Launch checklist', content: '<div>Here is what we need from you before launch day.</div>' },
    clientAt + 9 * 24 * HOUR,
  );

  const approved = addClientApproval(
    state,
    board,
    { creatorId: people.production, subject: 'Home page design', content: '<div>The final home page, with the pre-order banner.</div>', approverId: people.client, dueOn: '2025-12-12' },
    clientAt + 2 * 24 * HOUR,
  );
  addApprovalResponse(state, approved, { content: '<div>Love it, approved.</div>', approved: true }, clientAt + 3 * 24 * HOUR);
  const approvalReply = addClientReply(state, approved, { creatorId: people.client, content: '<div>Could the banner be a touch warmer?</div>' }, clientAt + 3 * 24 * HOUR + HOUR);
  const rejected = addClientApproval(
    state,
    board,
    { creatorId: people.copywriter, subject: 'About page copy', content: '<div>Draft copy for the story of the bakery.</div>', approverId: people.client },
    clientAt + 4 * 24 * HOUR,
  );
  addApprovalResponse(state, rejected, { content: '<div>Please mention my grandmother, she started it all.</div>', approved: false }, clientAt + 5 * 24 * HOUR);
  const pending = addClientApproval(
    state,
    board,
    { creatorId: people.developer, subject: 'Pre-order pickup times', content: '<div>Pickup slots every half hour from 7am.</div>', approverId: people.client, dueOn: '2026-01-09' },
    clientAt + 6 * 24 * HOUR,
  );

  const lineAt = (index: number): string => {
    const line = catalogLines[index];
    if (!line) throw new Error('chat seed line missing');
    return line.id;
  };
  return {
    campfires: { hq: hqChat.id, catalog: catalogChat.id, bakery: bakeryChat.id, warehouse: warehouseChat.id },
    lines: { text: lineAt(0), richText: lineAt(5), upload: coverPhoto.id, byClient: byClient.id },
    chatbots: { deploy: deploy.id, standup: standup.id },
    inboxes: { hq: hqInbox.id, catalog: catalogInbox.id, bakery: bakeryInbox.id },
    forwards: { withReplies: paperQuote.id, plain: plain.id },
    inboxReplies: { first: firstReply.id },
    clientBoard: board.id,
    correspondences: { kickoff: kickoff.id, launch: launch.id },
    approvals: { approved: approved.id, pending: pending.id, rejected: rejected.id },
    clientReplies: { onCorrespondence: kickoffReplies[0]!.id, onApproval: approvalReply.id },
    counts: { catalogLines: catalogLines.length + 2, catalogUploads: 2, kickoffReplies: kickoffReplies.length, forwardReplies: 3 },
  };
}
