import type { Policy, RequestKind } from '../model/types.js';
import { PLACEHOLDER } from '../rules/parse-request.js';


export interface TemplateOptions {
  /** Path from the new file's folder to `schemas/`, e.g. `../../schemas`. */
  schemaDir: string;
  project?: string;
}

const header = (kind: RequestKind, options: TemplateOptions, about: string): string =>
  `# yaml-language-server: $schema=${options.schemaDir}/${kind}.schema.json
# ${about}
# Replace every ${PLACEHOLDER}, then run \`npx aws-requests check\` before opening your pull request.
# Field reference: docs/reference.md. Step by step: docs/how-to-request.md.
`;

/** Bucket names are shared by every AWS customer: the organisation's prefix makes a collision unlikely (bucket-name-collision). */
const bucketPrefix = (policy: Policy): string => `${policy.organisation.toLowerCase()}-`;

/** The request's name as a bucket name, with the organisation's prefix when it lacks it and the result fits AWS's 63 characters. */
function bucketName(policy: Policy, name: string): string {
  const lower = name.toLowerCase();
  const prefixed = lower.startsWith(bucketPrefix(policy)) ? lower : `${bucketPrefix(policy)}${lower}`;
  return prefixed.length <= 63 ? prefixed : lower;
}

/**
 * A commented request file for `aws-requests new`. Every value the requester
 * must decide is a placeholder that fails the check, so nothing half-filled
 * can pass by accident; the rest are sensible defaults.
 */
export function renderRequestTemplate(policy: Policy, kind: RequestKind, name: string, options: TemplateOptions): string {
  const project = options.project ?? PLACEHOLDER;
  switch (kind) {
    case 'project':
      return `${header(kind, options, 'A project: who runs it, who pays, what data it holds.')}kind: project
# The project's full name.
name: ${PLACEHOLDER} full project name
# Short name IT services turns into the project tag: lower-case letters and digits, e.g. dimeieconnectkenya.
tag: ${PLACEHOLDER}
# The team's directory group, e.g. WBGMaster-DIME-IC-Admin (it must have a file under requests/).
securityGroup: ${PLACEHOLDER}
# Only when the group has several charge codes: the tag of the one that pays for this project.
# chargeCode: ic-kenya
contact:
  name: ${PLACEHOLDER} full name
  email: ${PLACEHOLDER}@example.org
  # github: your-github-login
ttl:
  name: ${PLACEHOLDER} task team leader's name
  unit: ${PLACEHOLDER}
  unitManager: ${PLACEHOLDER} unit manager's name
# What the resources are for: their role in your workflow, where the data comes from and where results go.
useCase: >-
  ${PLACEHOLDER}: describe the work in a few sentences.
data:
  # One of: ${policy.dataClassifications.join(', ')}.
  classification: ${PLACEHOLDER}
  # Approximate size in GB.
  sizeGB: ${PLACEHOLDER}
# Where the code is developed: local, github or on-instance.
codeDevelopment: local
# Who needs access: type is staff, consultant or external; device is wb-laptop, wb-desktop, personal or other.
access:
  - {who: research team, type: staff, device: wb-laptop}
`;
    case 'ec2-instance':
      return `${header(kind, options, 'An EC2 instance (a virtual machine running Red Hat Enterprise Linux).')}kind: ec2-instance
# The project (file name of its request without .yml).
project: ${project}
# Computation: production. A new application (non-standard software or internet-facing): development.
environment: production
# What the work needs. IT services picks an instance type that meets it.
requirements:
  memoryGiB: ${PLACEHOLDER}
  vcpus: ${PLACEHOLDER}
# Optional: an exact type, e.g. r6i.xlarge.
# instanceType: r6i.xlarge
os: rhel-9
storage:
  rootGiB: 100
  type: gp3
# Everything the work needs beyond the OS. A plain name comes from the Red Hat repositories;
# anything else: {name: chromedriver, source: download, why: selenium scraping}.
software:
  - python3.11
# Incoming connections: leave empty unless people must connect to the instance.
inbound: []
# Internet sites the code must reach, e.g. api.worldbank.org.
internetAccess: []
autoStop: true
# Set to false only to opt out of the ${policy.supportGroup.name} group.
dimeAnalyticsAccess: true
`;
    case 's3-bucket':
      return `${header(kind, options, 'An S3 bucket for a project\'s data.')}kind: s3-bucket
project: ${project}
environment: production
# Globally unique: 3-63 lower-case letters, digits, dots and hyphens, starting with ${bucketPrefix(policy)}.
bucket: ${bucketName(policy, name)}
# How much data you expect to store, in GB.
expectedSizeGB: ${PLACEHOLDER}
versioning: true
# true makes this an application that needs security approval.
publicAccess: false
lifecycle: []
`;
    case 'security-group':
      return `${header(kind, options, 'A security group: the directory group whose members may start and stop the team\'s instances.')}kind: security-group
name: ${name}
team:
  # Two capital letters, as in the group name.
  code: ${PLACEHOLDER}
  name: ${PLACEHOLDER} team name
units: [${PLACEHOLDER}]
# Exactly one owner from ${policy.reviewers.support.name} (role: ${policy.supportGroup.ownerRole}) and at least one from the team.
owners:
  - {name: ${PLACEHOLDER}, cAccount: ${PLACEHOLDER}, github: ${PLACEHOLDER}, role: ${policy.supportGroup.ownerRole}}
  - {name: ${PLACEHOLDER}, cAccount: ${PLACEHOLDER}, github: ${PLACEHOLDER}, displayed: true}
# Cloud accounts (c + UPI) of everyone who may start and stop instances.
members: [${PLACEHOLDER}]
# The charge codes that pay; quote the code.
chargeCodes:
  - {code: "${PLACEHOLDER}", tag: ${PLACEHOLDER}}
`;
  }
}
