/**
 * The data model shared by every layer. Plain data only: no class instances,
 * nothing that knows about GitHub, git or the disk.
 */

export type Severity = 'error' | 'warning';

/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}

/** One problem found in one file, always located so a person can go and fix it. */
export interface Finding extends Position {
  path: string;
  rule: string;
  message: string;
  severity: Severity;
}

/** The four request kinds a file may declare. */
export const REQUEST_KINDS = ['project', 'ec2-instance', 's3-bucket', 'security-group'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/**
 * Where each node of a parsed YAML document starts. Keys are JSON pointers
 * (RFC 6901, `""` for the root). `value` is the start of the node itself;
 * `key` is the start of the mapping key that holds it (absent for the root
 * and for sequence items).
 */
export interface NodeLocation {
  value: Position;
  key?: Position;
}
export type LocationMap = ReadonlyMap<string, NodeLocation>;

/** A file as the shells hand it to the core: bytes plus what git says it is. */
export interface SourceFile {
  path: string;
  /**
   * `file` for a regular text blob; anything else is refused without reading
   * the bytes. `truncated`: a blob whose text GitHub's API sent only in part.
   */
  type: 'file' | 'symlink' | 'submodule' | 'binary' | 'truncated' | 'other';
  bytes: Uint8Array;
}

export interface ReviewerGroup {
  /** How people call this group in comments and tickets, e.g. "DIME Analytics". */
  name: string;
  /** GitHub logins. */
  users: string[];
  /** GitHub team slugs, `org/team` or `team` (same organisation as the repository). */
  teams: string[];
}

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

export type LabelRole =
  | 'computation'
  | 'application'
  | 'documentation'
  | 'policy'
  | 'securityApprovalRequired'
  | 'invalid';

/** How a ticket tag is filled: a fixed value or a field of the request's context. */
export interface TagSpec {
  key: string;
  /**
   * Source of the value: one of `project.tag`, `chargeCode.code`, `chargeCode.tag`,
   * `securityGroup`, `useCase`, `environment`, `dataClassification`,
   * `requestId`, `requestFile`, `approvers`, `account`, or `literal`.
   */
  from: string;
  /** With `from: literal`. */
  value?: string;
  /** When the value is empty, leave the tag out instead of failing. */
  optional?: boolean;
}

/** The organisation's rules, loaded from `policy.yml`. */
export interface Policy {
  version: 1;
  organisation: string;
  region: string;
  accounts: { production: string; development: string };
  /** Request kinds this repository accepts. */
  kinds: RequestKind[];
  reviewers: {
    /** Reviews every request (DIME Analytics). */
    support: ReviewerGroup;
    /** Approves application use cases (OIS). */
    security: ReviewerGroup;
  };
  /** The support team's directory group, applied to every resource unless a request opts out. */
  supportGroup: {
    name: string;
    /** The `role` a security-group owner carries when they belong to the support team. */
    ownerRole: string;
  };
  software: {
    /** Package names in the OS vendor's official repositories (BaseOS/AppStream). */
    standard: string[];
    /** Names outside the vendor catalogue that the organisation treats as standard (R). */
    preApproved: { name: string; note: string }[];
    /**
     * `source` values whose packages are plain language-package-manager installs
     * (pip, CRAN) and count as standard.
     */
    languageSources: string[];
  };
  networks: {
    /** CIDR ranges that count as internal; inbound from anywhere else makes an application. */
    internal: string[];
  };
  patterns: {
    securityGroup: string;
    cAccount: string;
    projectTag: string;
    requestId: string;
  };
  dataClassifications: string[];
  labels: Record<LabelRole, LabelSpec>;
  limits: {
    maxFileBytes: number;
    maxDepth: number;
    maxNodes: number;
    rootVolumeGiB: { min: number; max: number };
    dataVolumeGiB: { min: number; max: number };
    memoryGiB: { max: number };
    vcpus: { max: number };
    bucketSizeGB: { max: number };
  };
  tags: TagSpec[];
  promotion: { minimumDays: number };
  tickets: {
    /** GitHub logins assigned to IT-services ticket issues. */
    handlers: string[];
    labels: string[];
    checklistLabels: string[];
    /** Logic-less templates (see src/render/mustache.ts). */
    markdown: string;
    text: string;
    checklist: string;
  };
}
