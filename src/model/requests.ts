/**
 * The shape of each request kind after it has passed its schema. The JSON
 * Schemas in `schemas/` are the source of truth; these types mirror them so
 * the rules can read fields without casts.
 */

export type Environment = 'production' | 'development';

export interface ProjectRequest {
  kind: 'project';
  name: string;
  tag: string;
  securityGroup: string;
  chargeCode?: string;
  contact: { name: string; email: string; github?: string };
  ttl: { name: string; unit: string; unitManager: string };
  useCase: string;
  data: { classification: string; sizeGB: number };
  codeDevelopment: string;
  access: { who: string; type: string; device: string }[];
}

export type SoftwareItem =
  | string
  | { name: string; version?: string; source?: string; why?: string };

export interface InboundRule {
  port: number;
  toPort?: number;
  protocol: 'tcp' | 'udp';
  from: string;
  why?: string;
}

export interface Ec2InstanceRequest {
  kind: 'ec2-instance';
  project: string;
  environment: Environment;
  purpose?: string;
  requirements: { memoryGiB: number; vcpus: number; gpus?: number };
  instanceType?: string;
  os: string;
  storage: { rootGiB: number; dataGiB?: number; type?: string };
  software: SoftwareItem[];
  inbound: InboundRule[];
  internetAccess: string[];
  autoStop: boolean;
  dimeAnalyticsAccess?: boolean;
  testedInDevelopment?: string;
}

export interface S3BucketRequest {
  kind: 's3-bucket';
  project: string;
  environment: Environment;
  purpose?: string;
  bucket: string;
  expectedSizeGB: number;
  versioning: boolean;
  publicAccess: boolean;
  lifecycle?: { prefix: string; expireDays: number }[];
  dimeAnalyticsAccess?: boolean;
  testedInDevelopment?: string;
}

export interface SecurityGroupOwner {
  name: string;
  cAccount: string;
  github?: string;
  role?: string;
  displayed?: boolean;
}

export interface SecurityGroupRequest {
  kind: 'security-group';
  name: string;
  team: { code: string; name: string };
  units: string[];
  owners: SecurityGroupOwner[];
  members: string[];
  chargeCodes: { code: string; tag: string }[];
}

export type ResourceRequest = Ec2InstanceRequest | S3BucketRequest;
export type Request = ProjectRequest | ResourceRequest | SecurityGroupRequest;
