import { pointerChild } from '../model/json-pointer.js';
import { deferredLocations, loadYaml, loadYamlQuick, locate, type LoadLimits } from '../model/load-yaml.js';
import { validateAgainstSchema } from '../model/schemas.js';
import type { Ec2InstanceRequest, ProjectRequest, Request, S3BucketRequest, SecurityGroupRequest } from '../model/requests.js';
import { closestMatch, codePoint } from '../model/suggest.js';
import { REQUEST_KINDS, type Finding, type LocationMap, type Policy, type RequestKind, type SourceFile } from '../model/types.js';
import { detach, summarize, type ParsedRequest, type RequestSummary, type ValidRequest } from './parsed-request.js';
import { isFolderKeeper, isRequestFilePath, requestIdOf } from './paths.js';
import { requestRules } from './request-rules.js';
import { capitalized, fieldPath, schemaFindings } from './schema-findings.js';

/** The word every unfilled template value carries; the checker refuses it until replaced. */
export const PLACEHOLDER = 'TODO';

export interface ParseOutcome {
  /** Present when the file is YAML with a known kind, even if its fields are wrong. */
  request?: ParsedRequest;
  findings: Finding[];
}

const TYPE_WORDS: Record<Exclude<SourceFile['type'], 'file' | 'truncated'>, string> = {
  symlink: 'a symbolic link',
  submodule: 'a submodule',
  binary: 'a binary file, not UTF-8 text',
  other: 'not a regular file',
};

/**
 * Turn one file under `requests/` into a request and its own findings: path
 * and file-type checks, safe YAML loading, kind, schema, and the rules that
 * need only this file and the policy.
 */
export function parseRequestFile(policy: Policy, file: SourceFile, options: { trusted?: boolean; keepDocument?: boolean } = {}): ParseOutcome {
  // An empty file that only keeps a new team's folder in Git holds no request and is no mistake.
  if (isFolderKeeper(file.path)) return { findings: [] };
  // A link or a folder is first of all not a file: asking to rename it would send people the wrong way.
  if (!isRequestFilePath(file.path) && (file.type === 'file' || file.type === 'binary' || file.type === 'truncated')) {
    return refused(file, 'request-path', 'Only `.yml` or `.yaml` files under `requests/` can hold requests: rename this file or move it out of `requests/`.');
  }
  if (file.type === 'truncated') {
    return refused(file, 'yaml-too-large', "This file is too large for GitHub's API to send whole, so it cannot be judged: make it smaller or split it.");
  }
  if (file.type !== 'file') {
    return refused(file, 'request-file-type', `This path is ${TYPE_WORDS[file.type]}; a request must be a regular YAML file committed to the repository.`);
  }
  if (isLfsPointer(file.bytes)) {
    return refused(file, 'request-file-type', 'This file is stored in Git LFS, so only a pointer is in the repository; commit the request as a plain YAML file.');
  }
  const limits = loadLimits(policy);
  if (options.trusted) {
    const quick = quickRequest(policy, file, limits, options.keepDocument ?? false);
    if (quick) return quick;
  }
  const loaded = loadYaml(file.path, file.bytes, limits);
  if (!loaded.ok) return { findings: loaded.findings };
  const { value, locations, text } = loaded;
  const kind = value.kind;
  const enabled = policy.kinds as readonly string[];
  if (typeof kind !== 'string' || !enabled.includes(kind)) {
    // `Kind:` or `KIND:`: the field is there, written in the wrong case.
    const miscased = kind === undefined ? Object.keys(value).find((key) => key.toLowerCase() === 'kind') : undefined;
    if (miscased !== undefined) {
      const message = `Field names are written in lower case: write \`kind:\`, not \`${miscased}:\`.`;
      return { findings: [{ path: file.path, ...locate(locations, pointerChild('', miscased), 'key'), rule: 'kind', message, severity: 'error' }] };
    }
    const position = locate(locations, '/kind', kind === undefined ? 'key' : 'value');
    const known = (REQUEST_KINDS as readonly string[]).includes(String(kind));
    const guess = typeof kind === 'string' && !known ? closestMatch(kind, enabled) : undefined;
    const message =
      kind === undefined
        ? `Missing \`kind\`: start the file with \`kind:\` and one of ${enabled.map((k) => `\`${k}\``).join(', ')}.`
        : typeof kind !== 'string'
          ? `\`kind\` must be one word, one of ${enabled.map((k) => `\`${k}\``).join(', ')}.`
          : known
          ? `Requests of kind \`${String(kind)}\` are not accepted in this repository (policy.yml \`kinds\`).`
          : `Unknown kind \`${String(kind)}\`${guess ? `: did you mean \`${guess}\`?` : `: use one of ${enabled.map((k) => `\`${k}\``).join(', ')}.`}`;
    return { findings: [{ path: file.path, ...position, rule: 'kind', message, severity: 'error' }] };
  }
  // Without a backslash no value holds a character its text does not: most files need no walk below.
  const escapes = text.includes('\\');
  // Invisible controls would travel into comments and tickets: refuse them before anything else.
  const unsafe = escapes || SUSPECT_TEXT.test(text) ? unsafeTextFindings(file.path, value, locations) : [];
  if (unsafe.length > 0) return { findings: unsafe };
  // A template not yet filled in: list what is left, not every schema complaint it causes.
  const placeholders = escapes || text.includes(PLACEHOLDER) ? placeholderFindings(file.path, value, locations) : [];
  const schema = placeholders.length > 0 ? placeholders : schemaFindings(file.path, kind as RequestKind, value, locations);
  const data = value as unknown as Request;
  const fields = { id: requestIdOf(file.path), path: file.path, kind: kind as RequestKind, data, locations };
  const request: ParsedRequest = schema.length === 0 ? { ...fields, valid: true, summary: summarize(data) } : { ...fields, valid: false };
  return { request, findings: [...schema, ...requestRules(policy, request)] };
}

/**
 * Let a valid request's locations go once what needed them is done (its
 * findings and classification): they are read again from its file only if
 * something else asks. For judging thousands of files at once.
 */
export function forgetLocations(policy: Policy, request: ParsedRequest, file: SourceFile): void {
  if (request instanceof QuickRequest) return;
  request.locations = deferredLocations(file.path, file.bytes, loadLimits(policy));
}

function refused(file: SourceFile, rule: string, message: string): ParseOutcome {
  return { findings: [{ path: file.path, line: 1, column: 1, severity: 'error', rule, message }] };
}

const limitsByPolicy = new WeakMap<Policy, LoadLimits>();

/** The policy's limits for one file, one object per policy: every request read on the fast path keeps it. */
function loadLimits(policy: Policy): LoadLimits {
  let limits = limitsByPolicy.get(policy);
  if (!limits) {
    limits = { maxBytes: policy.limits.maxFileBytes, maxDepth: policy.limits.maxDepth, maxNodes: policy.limits.maxNodes };
    limitsByPolicy.set(policy, limits);
  }
  return limits;
}

const LFS_POINTER = new TextEncoder().encode('version https://git-lfs.github.com/spec/');

function isLfsPointer(bytes: Uint8Array): boolean {
  if (bytes.length < LFS_POINTER.length) return false;
  for (let i = 0; i < LFS_POINTER.length; i += 1) if (bytes[i] !== LFS_POINTER[i]) return false;
  return true;
}

/** Most base files have no findings: they share one empty list rather than keep one each. */
const NO_FINDINGS = Object.freeze([]) as unknown as Finding[];

/**
 * A base-branch request read on the fast path. It keeps its summary for the
 * rules across the inventory, and re-reads its document (on the same fast
 * path) and its locations (on the full path) only when something asks:
 * holding thousands of documents that nothing reads again is what makes a
 * large inventory slow to judge. For the same reason it takes its path from
 * its file, is its own parse outcome and its own summary (each kind below
 * keeps its summary's fields): every object and field is kept once for each
 * of thousands of files, and what they keep alive is what makes garbage
 * collection slow.
 */
abstract class QuickRequest implements ValidRequest, ParseOutcome {
  abstract readonly kind: RequestKind;
  #document: Request | undefined;

  constructor(
    readonly id: string,
    private readonly file: SourceFile,
    private readonly limits: LoadLimits,
    document: Request | undefined,
  ) {
    this.#document = document;
  }

  get summary(): RequestSummary {
    return this as unknown as RequestSummary;
  }

  get valid(): true {
    return true;
  }

  get path(): string {
    return this.file.path;
  }

  /** As an outcome: a file without findings (one with findings is wrapped in an outcome of its own). */
  get request(): ParsedRequest {
    return this;
  }

  get findings(): Finding[] {
    return NO_FINDINGS;
  }

  get data(): Request {
    if (!this.#document) {
      const value = loadYamlQuick(this.file.bytes, this.limits)?.value;
      // The same bytes read the same way a second time: this cannot fail.
      if (!value) throw new Error(`${this.file.path} could not be read again`);
      this.#document = value as unknown as Request;
    }
    return this.#document;
  }

  get locations(): LocationMap {
    let locations = QUICK_LOCATIONS.get(this);
    if (!locations) {
      locations = deferredLocations(this.file.path, this.file.bytes, this.limits);
      QUICK_LOCATIONS.set(this, locations);
    }
    return locations;
  }
}

/** Locations of base requests, asked for only when a finding or reason points into one: kept aside, not in a field of each. */
const QUICK_LOCATIONS = new WeakMap<QuickRequest, LocationMap>();

class QuickProject extends QuickRequest {
  readonly tag: string;
  readonly securityGroup: string;
  readonly chargeCode: string | undefined;

  constructor(id: string, file: SourceFile, limits: LoadLimits, document: Request | undefined, data: ProjectRequest) {
    super(id, file, limits, document);
    this.tag = detach(data.tag);
    this.securityGroup = detach(data.securityGroup);
    this.chargeCode = data.chargeCode === undefined ? undefined : detach(data.chargeCode);
  }

  get kind(): 'project' {
    return 'project';
  }
}

class QuickInstance extends QuickRequest {
  readonly project: string;

  constructor(id: string, file: SourceFile, limits: LoadLimits, document: Request | undefined, data: Ec2InstanceRequest) {
    super(id, file, limits, document);
    this.project = detach(data.project);
  }

  get kind(): 'ec2-instance' {
    return 'ec2-instance';
  }
}

class QuickBucket extends QuickRequest {
  readonly project: string;
  readonly bucket: string;

  constructor(id: string, file: SourceFile, limits: LoadLimits, document: Request | undefined, data: S3BucketRequest) {
    super(id, file, limits, document);
    this.project = detach(data.project);
    this.bucket = detach(data.bucket);
  }

  get kind(): 's3-bucket' {
    return 's3-bucket';
  }
}

class QuickGroup extends QuickRequest {
  readonly name: string;
  readonly chargeCodes: { code: string; tag: string }[];

  constructor(id: string, file: SourceFile, limits: LoadLimits, document: Request | undefined, data: SecurityGroupRequest) {
    super(id, file, limits, document);
    this.name = detach(data.name);
    this.chargeCodes = data.chargeCodes.map((c) => ({ code: detach(c.code), tag: detach(c.tag) }));
  }

  get kind(): 'security-group' {
    return 'security-group';
  }
}

/** A base request read on the fast path, as its kind keeps it; `document` is kept only when given. */
function quickRequestOf(id: string, file: SourceFile, limits: LoadLimits, data: Request, document: Request | undefined): QuickRequest {
  switch (data.kind) {
    case 'project':
      return new QuickProject(id, file, limits, document, data);
    case 'ec2-instance':
      return new QuickInstance(id, file, limits, document, data);
    case 's3-bucket':
      return new QuickBucket(id, file, limits, document, data);
    case 'security-group':
      return new QuickGroup(id, file, limits, document, data);
  }
}

/**
 * A base-branch file read on the fast path: parsed without a location map,
 * schema-checked and run through its own rules. Undefined whenever anything
 * is off, so the caller takes the full path and reports it located. The
 * document is kept only when asked for (the file is about to be compared
 * with its new version); otherwise it is read again if ever needed.
 */
function quickRequest(policy: Policy, file: SourceFile, limits: LoadLimits, keepDocument: boolean): ParseOutcome | undefined {
  const loaded = loadYamlQuick(file.bytes, limits);
  const value = loaded?.value;
  const kind = value?.kind;
  if (!loaded || !value || typeof kind !== 'string' || !(policy.kinds as readonly string[]).includes(kind)) return undefined;
  // The word is rare in real files: only walk the document when the text holds it.
  if ((loaded.text.includes(PLACEHOLDER) && hasPlaceholder(value)) || validateAgainstSchema(kind as RequestKind, value).length > 0) return undefined;
  const data = value as unknown as Request;
  const request = quickRequestOf(requestIdOf(file.path), file, limits, data, keepDocument ? data : undefined);
  const findings = requestRules(policy, request, data);
  return findings.length > 0 ? { request, findings } : request;
}

const PLACEHOLDER_WORD = new RegExp(`\\b${PLACEHOLDER}\\b`);

function hasPlaceholder(node: unknown): boolean {
  let found = false;
  walkStrings(node, '', (text) => {
    found ||= PLACEHOLDER_WORD.test(text);
  });
  return found;
}

/** Control characters and invisible direction overrides (a right-to-left override reverses how a line reads). */
const UNSAFE_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/u;
/**
 * What a field name may not hold: besides the above, line breaks and tabs,
 * the other control characters and invisible ones. Names are echoed in
 * findings (an unknown field is named), where these would move or recolour
 * the text of a terminal or split a `file:line:column:` line in two.
 */
const UNSAFE_KEY_CHARACTER = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/u;
/** Text that may hold either (a tab or a line break alone cannot be in a name unless escaped). */
const SUSPECT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/u;

function walkStrings(node: unknown, pointer: string, each: (text: string, pointer: string) => void): void {
  if (typeof node === 'string') each(node, pointer);
  else if (Array.isArray(node)) node.forEach((child, i) => walkStrings(child, `${pointer}/${i}`, each));
  else if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) walkStrings(child, pointerChild(pointer, key), each);
  }
}

/** Whether any string value passes `test`: a walk that builds no pointers, for the common case of none. */
function someString(node: unknown, test: (text: string) => boolean): boolean {
  if (typeof node === 'string') return test(node);
  if (Array.isArray(node)) return node.some((child) => someString(child, test));
  if (node !== null && typeof node === 'object') {
    for (const key in node) if (someString((node as Record<string, unknown>)[key], test)) return true;
  }
  return false;
}

/** Every field name holding a character it may not, located at the name (the message does not repeat it). */
function unsafeKeyFindings(path: string, node: unknown, pointer: string, locations: LocationMap, out: Finding[]): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((child, i) => unsafeKeyFindings(path, child, pointerChild(pointer, i), locations, out));
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    const childPointer = pointerChild(pointer, key);
    const match = UNSAFE_KEY_CHARACTER.exec(key);
    if (!match) {
      unsafeKeyFindings(path, child, childPointer, locations, out);
      continue;
    }
    const code = codePoint(match[0]);
    out.push({ path, ...locate(locations, childPointer, 'key'), rule: 'unsafe-character', severity: 'error', message: `This field name contains an invisible or control character (${code}): field names are plain words such as \`purpose\`, so retype it.` });
  }
}

/** Every value holding a control character or an invisible direction override, raw or written as an escape. */
function unsafeTextFindings(path: string, document: unknown, locations: LocationMap): Finding[] {
  const findings: Finding[] = [];
  // A bad name first, and alone: the messages about values below would quote it.
  unsafeKeyFindings(path, document, '', locations, findings);
  if (findings.length > 0) return findings;
  if (!someString(document, (text) => UNSAFE_CHARACTER.test(text))) return findings;
  walkStrings(document, '', (text, pointer) => {
    const match = UNSAFE_CHARACTER.exec(text);
    if (!match) return;
    const code = codePoint(match[0]);
    findings.push({ path, ...locate(locations, pointer, 'value'), rule: 'unsafe-character', severity: 'error', message: `${capitalized(fieldPath(pointer))} contains an invisible control character (${code}) that would change how the text reads in comments and tickets: remove it.` });
  });
  return findings;
}

/** Every value that still holds the template's placeholder word. */
function placeholderFindings(path: string, document: unknown, locations: LocationMap): Finding[] {
  const findings: Finding[] = [];
  if (!someString(document, (text) => PLACEHOLDER_WORD.test(text))) return findings;
  walkStrings(document, '', (text, pointer) => {
    if (PLACEHOLDER_WORD.test(text)) {
      findings.push({ path, ...locate(locations, pointer, 'value'), rule: 'placeholder', severity: 'error', message: `Replace the placeholder in ${fieldPath(pointer)} with the real value.` });
    }
  });
  return findings;
}
