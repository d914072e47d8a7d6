import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isChatbotLinePath } from '../src/sandbox/chatbot-lines.ts';
import { Router } from '../src/sandbox/router.ts';
import { allRoutes } from '../src/sandbox/routes/index.ts';

/** The official docs' sections, beside the checkout (never needed to run or test the project). */
export const DOCS_DIR = fileURLToPath(new URL('../../shared/basecamp-api/docs/sections/', import.meta.url));

export interface DocumentedEndpoint {
  method: string;
  path: string;
  section: string;
}

/** Every `* \`METHOD /path\`` line of the docs (flat and legacy forms alike), query strings dropped. */
export function documentedEndpoints(dir = DOCS_DIR): DocumentedEndpoint[] {
  const found = new Map<string, DocumentedEndpoint>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.md')).sort()) {
    for (const match of readFileSync(`${dir}${file}`, 'utf8').matchAll(/^\* `(GET|POST|PUT|DELETE) (\/[^`\s]*)`/gm)) {
      // Placeholders such as `:template_id` or `$CHATBOT_KEY` stand for an id.
      const path = match[2]!.split('?')[0]!.replace(/\/:\w+/g, '/1');
      found.set(`${match[1]} ${path}`, { method: match[1]!, path, section: file.replace(/\.md$/, '') });
    }
  }
  return [...found.values()];
}

/** Splits the documented endpoints into those the sandbox's router answers and those it does not. */
export function sandboxCoverage(endpoints: DocumentedEndpoint[]) {
  const router = new Router(allRoutes());
  // Chatbot lines authenticate by the key in the URL, so the pipeline answers them before routing.
  const served = endpoints.filter(
    (endpoint) => router.match(endpoint.method, endpoint.path) || (endpoint.method === 'POST' && isChatbotLinePath(`/1${endpoint.path.replace(/\$\w+/, 'key')}`)),
  );
  return { served, missing: endpoints.filter((endpoint) => !served.includes(endpoint)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(DOCS_DIR)) {
    console.error(`The API docs are not at ${DOCS_DIR}; nothing to compare with.`);
    process.exit(1);
  }
  const endpoints = documentedEndpoints();
  const { served, missing } = sandboxCoverage(endpoints);
  console.log(`sandbox: serves ${served.length}/${endpoints.length} documented endpoints; ${missing.length} not served`);
  for (const endpoint of missing) console.log(`  - ${endpoint.method} ${endpoint.path} (${endpoint.section})`);
}
