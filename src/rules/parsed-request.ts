import { locate } from '../model/load-yaml.js';
import type { Ec2InstanceRequest, ProjectRequest, Request, S3BucketRequest, SecurityGroupRequest } from '../model/requests.js';
import type { Finding, LocationMap, RequestKind, Severity } from '../model/types.js';

/**
 * The few fields of a valid request that the rules over the whole inventory
 * read: references, names that must be unique, a group's charge codes. Kept
 * apart from the document so that the thousands of untouched base-branch
 * files need not keep their whole documents alive.
 */
export type RequestSummary =
  | Pick<ProjectRequest, 'kind' | 'tag' | 'securityGroup' | 'chargeCode'>
  | Pick<Ec2InstanceRequest, 'kind' | 'project'>
  | Pick<S3BucketRequest, 'kind' | 'project' | 'bucket'>
  | Pick<SecurityGroupRequest, 'kind' | 'name' | 'chargeCodes'>;

/**
 * A copy of a string cut from a file's text. V8 keeps a substring of 13 or
 * more characters as a view of the whole text; a summary outlives its text,
 * and thousands of texts kept alive by one name each slow every collection.
 */
export function detach(text: string): string {
  // A JSON round trip makes one flat copy; `(' ' + text).slice(1)` would be a view of a new string: two objects.
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** The summary of a schema-valid request. */
export function summarize(data: Request): RequestSummary {
  switch (data.kind) {
    case 'project':
      return { kind: data.kind, tag: detach(data.tag), securityGroup: detach(data.securityGroup), chargeCode: data.chargeCode === undefined ? undefined : detach(data.chargeCode) };
    case 'ec2-instance':
      return { kind: data.kind, project: detach(data.project) };
    case 's3-bucket':
      return { kind: data.kind, project: detach(data.project), bucket: detach(data.bucket) };
    case 'security-group':
      return { kind: data.kind, name: detach(data.name), chargeCodes: data.chargeCodes.map((c) => ({ code: detach(c.code), tag: detach(c.tag) })) };
  }
}

interface ParsedFields {
  id: string;
  path: string;
  kind: RequestKind;
  /** Typed view of the document; trust its shape only when `valid`. */
  data: Request;
  locations: LocationMap;
}

/** A request file that passed its schema, so rules may read its fields. */
export interface ValidRequest extends ParsedFields {
  valid: true;
  summary: RequestSummary;
}

/** A request file that parsed as YAML and declared a known kind, but failed its schema. */
export interface InvalidRequest extends ParsedFields {
  valid: false;
  summary?: undefined;
}

/** A request file that parsed as YAML and declared a known kind. */
export type ParsedRequest = ValidRequest | InvalidRequest;

/** Build a finding located at a JSON pointer inside a parsed request. */
export function findingAt(
  request: Pick<ParsedRequest, 'path' | 'locations'>,
  pointer: string,
  rule: string,
  message: string,
  severity: Severity = 'error',
  prefer: 'key' | 'value' = 'value',
): Finding {
  return { path: request.path, ...locate(request.locations, pointer, prefer), rule, message, severity };
}
