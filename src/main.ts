import { readEvent, workflowCommand } from './github/read-event.js';
import { routeEvent } from './github/router.js';

/**
 * The Action's entry: read the event and route it. Events it ignores end
 * here, quickly; the rest load the GitHub client and the core on demand.
 */
export async function run(): Promise<void> {
  try {
    const event = readEvent();
    const route = routeEvent(event);
    if (route.kind === 'ignore') {
      process.stdout.write(workflowCommand('notice', route.why));
      return;
    }
    const { runRoute } = await import('./github/run-route.js');
    await runRoute(route, event);
  } catch (error) {
    // What core.setFailed does, without loading it for a failure this early.
    process.stdout.write(workflowCommand('error', error instanceof Error ? error.message : String(error)));
    process.exitCode = 1;
  }
}
