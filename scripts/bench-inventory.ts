// A deterministic, realistic inventory for benchmarks: security groups,
// projects, instances and buckets that reference each other and validate.
import type { SourceFile } from '../src/model/types.js';

/** Mulberry32: tiny seeded generator so every run measures the same files. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const encoder = new TextEncoder();
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SOFTWARE = ['python3.11', 'R', 'git', 'gcc', 'make', 'java-17-openjdk', 'postgresql', 'sqlite', '{name: pandas, source: pip}', '{name: chromedriver, source: download, why: scraping}'];

export interface BenchInventory {
  files: SourceFile[];
  /** The same files with `changed` of the resources edited. */
  changedFiles: SourceFile[];
}

/** `count` request files (about 1% groups, 10% projects, the rest resources) and `changed` edits. */
export function generateInventory(count: number, changed: number, seed = 42): BenchInventory {
  const next = random(seed);
  const files: SourceFile[] = [];
  const groups = Math.max(1, Math.floor(count / 100));
  const projects = Math.max(1, Math.floor(count / 10));
  const groupName = (g: number): string => `WBGMaster-DIME-${letters[Math.floor(g / 26) % 26]}${letters[g % 26]}-Admin`;
  for (let g = 0; g < groups && g < 676; g++) {
    files.push({
      path: `requests/groups/${groupName(g)}.yml`,
      type: 'file',
      bytes: encoder.encode(`kind: security-group
name: ${groupName(g)}
team: {code: "${letters[Math.floor(g / 26) % 26]}${letters[g % 26]}", name: Team ${g}}
units: [DECIE]
owners:
  - {name: Support Owner, cAccount: c000111, github: support-owner, role: dime-analytics}
  - {name: Team Owner ${g}, cAccount: c${100000 + g}, github: team-owner-${g}, displayed: true}
members: [c${100000 + g}, c${200000 + g}]
chargeCodes:
  - {code: "${1000000 + g}", tag: t${g}-a}
  - {code: "${2000000 + g}", tag: t${g}-b}
`),
    });
  }
  const groupCount = files.length;
  for (let p = 0; p < projects; p++) {
    const g = p % groupCount;
    files.push({
      path: `requests/p${p}/p${p}.yml`,
      type: 'file',
      bytes: encoder.encode(`kind: project
name: Evaluation number ${p}
tag: dimeproject${p}
securityGroup: ${groupName(g)}
chargeCode: t${g}-${p % 2 ? 'a' : 'b'}
contact: {name: Person ${p}, email: person${p}@example.org, github: person-${p}}
ttl: {name: Leader ${p}, unit: DECIE, unitManager: Manager ${p}}
useCase: >-
  Cleaning and analysis of survey data for evaluation ${p}; results exported
  as aggregated tables only.
data: {classification: official-use-only, sizeGB: ${10 + p}}
codeDevelopment: github
access:
  - {who: research team, type: staff, device: wb-laptop}
`),
    });
  }
  const resources = count - files.length;
  for (let r = 0; r < resources; r++) {
    const p = r % projects;
    const path = `requests/p${p}/p${p}-r${r}.yml`;
    if (next() < 0.6) {
      const software = SOFTWARE.filter(() => next() < 0.4);
      const application = software.some((s) => s.includes('download'));
      files.push({
        path,
        type: 'file',
        bytes: encoder.encode(`kind: ec2-instance
project: p${p}
environment: ${application ? 'development' : 'production'}
requirements: {memoryGiB: ${8 * (1 + (r % 8))}, vcpus: ${2 * (1 + (r % 4))}}
os: rhel-9
storage: {rootGiB: ${50 + (r % 200)}, type: gp3}
software:
${software.map((s) => `  - ${s}`).join('\n') || '  - python3'}
inbound: []
internetAccess: [api.worldbank.org]
autoStop: true
`),
      });
    } else {
      files.push({
        path,
        type: 'file',
        bytes: encoder.encode(`kind: s3-bucket
project: p${p}
environment: production
bucket: dime-p${p}-r${r}
expectedSizeGB: ${1 + r}
versioning: true
publicAccess: false
lifecycle:
  - {prefix: tmp/, expireDays: 30}
`),
      });
    }
  }
  const changedFiles: SourceFile[] = [];
  for (let i = files.length - 1; i >= 0 && changedFiles.length < changed; i -= 3) {
    const f = files[i]!;
    const text = new TextDecoder().decode(f.bytes);
    if (!text.startsWith('kind: ec2') && !text.startsWith('kind: s3')) continue;
    changedFiles.push({ ...f, bytes: encoder.encode(text.replace('versioning: true', 'versioning: false').replace('autoStop: true', 'autoStop: false')) });
  }
  return { files, changedFiles };
}
