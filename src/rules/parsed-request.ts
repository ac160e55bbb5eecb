import { locate } from '../model/load-yaml.js';
import type { Request } from '../model/requests.js';
import type { Finding, LocationMap, RequestKind, Severity } from '../model/types.js';

/** A request file that parsed as YAML and declared a known kind. */
export interface ParsedRequest {
  id: string;
  path: string;
  kind: RequestKind;
  /** Typed view of the document; trust its shape only when `valid`. */
  data: Request;
  locations: LocationMap;
  /** True when the document passed its schema, so rules may read its fields. */
  valid: boolean;
}

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
