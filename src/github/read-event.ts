import { readFileSync } from 'node:fs';
import type { ActionEvent } from './router.js';

/** The event the runner started the Action for: its name and payload, as GitHub wrote them. */
export function readEvent(env: NodeJS.ProcessEnv = process.env): ActionEvent {
  const path = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`The event payload at GITHUB_EVENT_PATH cannot be read: ${(error as Error).message}`);
    }
  }
  return { name: env.GITHUB_EVENT_NAME ?? '', payload };
}

/**
 * A workflow command line (`::notice::…`), written directly so an event the
 * Action ignores costs no more than reading it: @actions/core alone takes
 * longer to load than Node itself.
 */
export function workflowCommand(command: 'notice' | 'error', message: string): string {
  return `::${command}::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`;
}
