import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import "./chunks/chunk-5XWL5JNG.js";

// src/github/read-event.ts
import { readFileSync } from "node:fs";
function readEvent(env = process.env) {
  const path = env.GITHUB_EVENT_PATH;
  let payload = {};
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new Error(`The event payload at GITHUB_EVENT_PATH cannot be read: ${error.message}`);
    }
  }
  return { name: env.GITHUB_EVENT_NAME ?? "", payload };
}
function workflowCommand(command, message) {
  return `::${command}::${message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`;
}

// src/github/router.ts
var PR_ACTIONS = /* @__PURE__ */ new Set(["opened", "synchronize", "reopened", "edited", "ready_for_review"]);
var REVIEW_ACTIONS = /* @__PURE__ */ new Set(["submitted", "dismissed", "edited"]);
var RELAY_TITLE = /^aws-requests review relay #(\d{1,9})$/;
function positiveInteger(value) {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!/^[1-9]\d{0,8}$/.test(text)) return void 0;
  return Number(text);
}
function fromFork(pr) {
  return pr.head?.repo?.full_name !== pr.base?.repo?.full_name;
}
function routeEvent(event) {
  const action = typeof event.payload.action === "string" ? event.payload.action : "";
  const pr = event.payload.pull_request ?? {};
  switch (event.name) {
    case "pull_request":
    case "pull_request_target": {
      const number = positiveInteger(pr.number);
      if (!number) return { kind: "ignore", why: "The event carries no pull-request number." };
      if (action === "closed") {
        return event.payload.pull_request.merged === true ? { kind: "tickets", number, why: `pull request #${number} merged` } : { kind: "ignore", why: `Pull request #${number} was closed without merging: no tickets.` };
      }
      if (!PR_ACTIONS.has(action)) return { kind: "ignore", why: `Nothing to do for ${event.name} ${action}.` };
      const readOnly = event.name === "pull_request" && fromFork(pr);
      return { kind: "judge", number, readOnly, why: `${event.name} ${action}` };
    }
    case "pull_request_review": {
      const number = positiveInteger(pr.number);
      if (!number) return { kind: "ignore", why: "The event carries no pull-request number." };
      if (!REVIEW_ACTIONS.has(action)) return { kind: "ignore", why: `Nothing to do for a review ${action}.` };
      if (fromFork(pr)) {
        return { kind: "ignore", why: `Pull request #${number} comes from a fork, so this review run has a read-only token; the relay workflow (workflow_run) applies the review.` };
      }
      return { kind: "judge", number, readOnly: false, why: `review ${action}` };
    }
    case "workflow_run": {
      const run2 = event.payload.workflow_run ?? {};
      const match = typeof run2.display_title === "string" ? RELAY_TITLE.exec(run2.display_title) : null;
      const number = positiveInteger(match?.[1]);
      if (!number || typeof run2.head_sha !== "string" || !/^[0-9a-f]{40}$/.test(run2.head_sha)) {
        return { kind: "ignore", why: 'This workflow run is not an aws-requests review relay (its name must be "aws-requests review relay #N").' };
      }
      if (run2.conclusion !== "success") return { kind: "ignore", why: `The review relay for #${number} did not succeed (${String(run2.conclusion)}).` };
      return { kind: "judge", number, readOnly: false, why: "review relayed from a fork", expectedHeadSha: run2.head_sha };
    }
    case "workflow_dispatch": {
      const inputs = event.payload.inputs ?? {};
      const number = positiveInteger(inputs["pull-request"]);
      if (!number) return { kind: "ignore", why: "Give the `pull-request` input a pull-request number to judge it again." };
      return { kind: "recover", number, why: "manual run" };
    }
    default:
      return { kind: "ignore", why: `aws-requests does nothing on ${event.name} events.` };
  }
}

// src/main.ts
async function run() {
  try {
    const event = readEvent();
    const route = routeEvent(event);
    if (route.kind === "ignore") {
      process.stdout.write(workflowCommand("notice", route.why));
      return;
    }
    const { runRoute } = await import("./chunks/run-route-CKRYN7R5.js");
    await runRoute(route, event);
  } catch (error) {
    process.stdout.write(workflowCommand("error", error instanceof Error ? error.message : String(error)));
    process.exitCode = 1;
  }
}

// src/index.ts
await run();
