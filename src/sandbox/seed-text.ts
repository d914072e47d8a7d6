/**
 * The words the seed is made of: a small design studio, Larkspur & Finch, its catalog, its
 * warehouse move and one client. All invented for the sandbox.
 */

/** Products in the spring catalog; each gets four production to-dos. */
export const CATALOG_PRODUCTS = [
  'linen apron', 'walnut cutting board', 'stoneware mug', 'enamel colander', 'wool throw',
  'brass candle snuffer', 'cedar spice rack', 'glass oil cruet', 'copper watering can', 'rattan tray',
  'oak step stool', 'cotton tea towels', 'cast-iron trivet', 'ceramic berry bowl', 'bamboo steamer',
  'leather key fob', 'porcelain butter dish', 'birch bread box', 'hemp market bag', 'steel egg rack',
  'marble mortar', 'willow picnic basket', 'terracotta planter', 'felt coasters', 'ash salad servers',
  'pewter salt cellar', 'jute doormat', 'maple rolling pin', 'slate cheese board', 'tin recipe box',
  'beeswax food wraps', 'clay herb keeper', 'teak soap dish', 'wicker laundry hamper', 'glass bell jar',
  'cork trivet set', 'zinc plant mister', 'linen napkins', 'stoneware pitcher', 'olive-wood scoop',
] as const;

/** The four steps every catalog product goes through, in order. */
export const CATALOG_STEPS = [
  (product: string) => `Photograph the ${product}`,
  (product: string) => `Write the catalog copy for the ${product}`,
  (product: string) => `Confirm price and stock for the ${product}`,
  (product: string) => `Proof the ${product} page layout`,
] as const;

/** Warehouse aisles; each has `BINS_PER_AISLE` bins to relabel (13 × 40 = 520 to-dos). */
export const AISLES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N'] as const;
export const BINS_PER_AISLE = 40;

export const RELABEL_TASKS = [
  'Relabel bin %s and update the stock sheet',
  'Count and relabel bin %s',
  'Relabel bin %s, flag anything damaged',
  'Relabel bin %s and photograph the shelf',
] as const;

/** Smaller lists: [list name, to-do contents]. */
export const HQ_LISTS: readonly (readonly [string, readonly string[]])[] = [
  ['Office & admin', ['Renew the studio lease', 'Order new chairs for the meeting nook', 'Book the window cleaners', 'Update the emergency contact sheet']],
  ['Hiring: junior designer', ['Write the job post', 'Share the post with the design school', 'Shortlist portfolios', 'Schedule first interviews', 'Prepare the take-home brief']],
  ['Studio IT', ['Replace the upstairs router', 'Move backups to the new drive', 'Set up the shared printer on the guest network']],
];

export const CATALOG_SMALL_LISTS: readonly (readonly [string, readonly string[]])[] = [
  ['Copy & proofing', ['Agree the tone-of-voice notes', 'Proofread the front matter', 'Check every price against the sheet', 'Write the back-cover blurb', 'Second proof pass', 'Send the final PDF to the printer']],
  ['Print & distribution', ['Get three print quotes', 'Choose the paper stock', 'Book the print run', 'Arrange delivery to the warehouse', 'Post copies to wholesale partners']],
];

export const PHOTO_SHOOT_GROUPS: readonly (readonly [string, string, readonly string[]])[] = [
  ['Day 1: studio', 'yellow', ['Set up the paper backdrop', 'Shoot the kitchen range', 'Shoot the textiles', 'Back up the cards before leaving']],
  ['Day 2: on location', 'green', ['Confirm access to the farmhouse kitchen', 'Shoot the lifestyle spreads', 'Return the borrowed props']],
];

export const PHOTO_SHOOT_LOOSE = ['Book the studio for two days', 'Hire a prop stylist', 'Print the shot list'] as const;

export const WAREHOUSE_SMALL_LISTS: readonly (readonly [string, readonly string[]])[] = [
  ['Moving day logistics', ['Book the removal van', 'Reserve parking outside both buildings', 'Pack the sample room', 'Label every crate by aisle', 'Order pizza for the crew', 'Hand back the old keys']],
  ['Utilities & permits', ['Transfer the electricity account', 'Set up broadband at the new unit', 'Apply for the loading-bay permit', 'Book the fire-safety inspection']],
];

export const BAKERY_LISTS: readonly (readonly [string, boolean, readonly string[]])[] = [
  ['Launch checklist', true, ['Approve the homepage design', 'Send final menu prices', 'Review the About page text', 'Sign off on the photo selection', 'Pick a launch date', 'Test the online ordering flow']],
  ['Content from Harbor Street', true, ['Send the new logo files', 'Share opening hours for the holidays', 'Write a short founder story', 'Send allergen information for every loaf']],
  ['Internal: build tasks', false, ['Set up the staging site', 'Build the menu template', 'Connect the ordering service', 'Compress the hero images', 'Run the accessibility check']],
];

export const BOARD_LISTS: readonly (readonly [string, readonly string[]])[] = [
  ['Quarterly numbers', ['Close the books for Q4', 'Draft the cash-flow forecast', 'Compare catalog spend with budget']],
  ['Agenda', ['Circulate the agenda', 'Prepare the hiring update', 'Book the meeting room']],
];

export const POPUP_LISTS: readonly (readonly [string, readonly string[]])[] = [
  ['Vendor booking', ['Reserve the corner stall', 'Order the folding tables', 'Print price cards']],
];

export const INTRANET_LISTS: readonly (readonly [string, readonly string[]])[] = [
  ['Site audit', ['List every page on the old intranet', 'Mark pages to archive']],
];
