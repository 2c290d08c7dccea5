import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../src/errors';
import { loadManifest, parseManifest } from '../src/manifest/load-manifest';
import schema from '../src/manifest/tenants.schema.json';

const FULL_MANIFEST = `# yaml-language-server: $schema=../src/manifest/tenants.schema.json
defaults:
  region: eu-west-1
  externalId: \${RAMPART_EXTERNAL_ID}
  parameters:
    LogLevel: INFO
    Replicas: 2
    Version: 1.10
    Debug: false
    Subnets: [subnet-a, subnet-b]
  tags:
    product: sample
    tier: 1
tenants:
  - id: unicorn
    accountId: "111111111111"
  - id: acme-corp
    accountId: "222222222222"
    wave: 2
    regions: [us-east-1, eu-west-1]
    deployRoleName: AcmeDeployRole
    cloudFormationRoleName: AcmeCloudFormationRole
    externalId: acme-external-id
    parameters:
      LogLevel: DEBUG
      Ports: [80, 443]
    tags:
      tier: gold
      owner: acme
  - id: retired
    accountId: "333333333333"
    enabled: false
`;

function problemsOf(text: string, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    parseManifest(text, 'tenants.yml', env);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected an InputError');
}

/** A manifest whose only tenant (line 2) has the given extra lines, each indented under it. */
function withTenant(...extraLines: string[]): string {
  return ['tenants:', '  - id: unicorn', ...extraLines.map((line) => `    ${line}`), ''].join('\n');
}

describe('parseManifest with a valid manifest', () => {
  const manifest = parseManifest(FULL_MANIFEST, 'tenants.yml', { RAMPART_EXTERNAL_ID: 'from-env' });

  it('applies defaults and stringifies parameters and tags as written', () => {
    expect(manifest.file).toBe('tenants.yml');
    expect(manifest.defaults).toEqual({
      region: 'eu-west-1',
      deployRoleName: 'CodePipelineCrossAccountRole',
      cloudFormationRoleName: 'CloudFormationDeploymentRole',
      externalId: 'from-env',
      parameters: {
        LogLevel: 'INFO',
        Replicas: '2',
        Version: '1.10',
        Debug: 'false',
        Subnets: 'subnet-a,subnet-b',
      },
      tags: { product: 'sample', tier: '1' },
    });
  });

  it('returns every tenant in file order, merged over the defaults', () => {
    expect(manifest.tenants).toEqual([
      {
        id: 'unicorn',
        accountId: '111111111111',
        wave: 1,
        regions: ['eu-west-1'],
        deployRoleName: 'CodePipelineCrossAccountRole',
        cloudFormationRoleName: 'CloudFormationDeploymentRole',
        externalId: 'from-env',
        parameters: manifest.defaults.parameters,
        tags: { product: 'sample', tier: '1' },
        enabled: true,
        index: 0,
      },
      {
        id: 'acme-corp',
        accountId: '222222222222',
        wave: 2,
        regions: ['us-east-1', 'eu-west-1'],
        deployRoleName: 'AcmeDeployRole',
        cloudFormationRoleName: 'AcmeCloudFormationRole',
        externalId: 'acme-external-id',
        parameters: {
          LogLevel: 'DEBUG',
          Replicas: '2',
          Version: '1.10',
          Debug: 'false',
          Subnets: 'subnet-a,subnet-b',
          Ports: '80,443',
        },
        tags: { product: 'sample', tier: 'gold', owner: 'acme' },
        enabled: true,
        index: 1,
      },
      expect.objectContaining({ id: 'retired', enabled: false, regions: ['eu-west-1'], index: 2 }),
    ]);
  });

  it('knows the line of every node, or of its nearest existing parent', () => {
    expect(manifest.lineOf([])).toBe(2);
    expect(manifest.lineOf(['defaults', 'externalId'])).toBe(4);
    expect(manifest.lineOf(['defaults', 'parameters', 'Subnets', 1])).toBe(10);
    expect(manifest.lineOf(['tenants', 1])).toBe(17);
    expect(manifest.lineOf(['tenants', 1, 'accountId'])).toBe(18);
    expect(manifest.lineOf(['tenants', 1, 'tags', 'owner'])).toBe(29);
    expect(manifest.lineOf(['tenants', 2, 'wave'])).toBe(30);
    expect(manifest.lineOf(['tenants', 7, 'id'])).toBe(14);
  });

  it('uses the built-in defaults, which match the schema, when the manifest sets none', () => {
    const minimal = parseManifest(
      'tenants:\n  - id: solo\n    accountId: "012345678901"\n',
      'tenants.yml',
      {},
    );
    const documented = schema.definitions.defaults.properties;
    expect(minimal.defaults).toEqual({
      region: documented.region.default,
      deployRoleName: documented.deployRoleName.default,
      cloudFormationRoleName: documented.cloudFormationRoleName.default,
      externalId: undefined,
      parameters: {},
      tags: {},
    });
    expect(minimal.tenants[0]).toMatchObject({ accountId: '012345678901', regions: ['us-east-1'], wave: 1 });
  });

  it('lets a tenant read its own external ID from the environment', () => {
    const manifest = parseManifest(
      withTenant('accountId: "111111111111"', `externalId: \${UNICORN_ID}`),
      'm.yml',
      {
        UNICORN_ID: 'unicorn-secret',
      },
    );
    expect(manifest.tenants[0].externalId).toBe('unicorn-secret');
  });
});

describe('parseManifest problems', () => {
  it('reports an empty file or a document that is not a mapping', () => {
    expect(problemsOf('')).toEqual([
      'tenants.yml:1: manifest (empty) must be a mapping with a "tenants" list',
    ]);
    expect(problemsOf('# only a comment\n')).toEqual([
      'tenants.yml:1: manifest (empty) must be a mapping with a "tenants" list',
    ]);
    expect(problemsOf('\n- unicorn\n')).toEqual([
      'tenants.yml:2: manifest ["unicorn"] must be a mapping with a "tenants" list',
    ]);
  });

  it('reports YAML syntax errors with their line, and nothing else', () => {
    const text = 'tenants:\n  - id: unicorn\n    accountId: "111111111111\n';
    expect(problemsOf(text)).toEqual(['tenants.yml:4: Missing closing "quote']);
    expect(problemsOf('tenants: []\ntenants: []\n')).toEqual(['tenants.yml:2: Map keys must be unique']);
  });

  it('reports missing required keys at the line of the object missing them', () => {
    expect(problemsOf('defaults: {}\n')).toEqual(['tenants.yml:1: manifest is missing "tenants"']);
    expect(problemsOf('tenants:\n  - wave: 2\n')).toEqual([
      'tenants.yml:2: tenants[0] is missing "id"',
      'tenants.yml:2: tenants[0] is missing "accountId"',
    ]);
  });

  it('reports unknown keys and lists the known ones', () => {
    expect(problemsOf(withTenant('acountId: "111111111111"'))).toEqual([
      'tenants.yml:2: tenants[0] is missing "accountId"',
      'tenants.yml:3: tenants[0].acountId is not a known key (known: id, accountId, wave, regions, enabled, ' +
        'deployRoleName, cloudFormationRoleName, externalId, parameters, tags)',
    ]);
    expect(
      problemsOf(`defaults:\n  regions: [us-east-1]\n${withTenant('accountId: "111111111111"')}`),
    ).toEqual([
      'tenants.yml:2: defaults.regions is not a known key ' +
        '(known: region, deployRoleName, cloudFormationRoleName, externalId, parameters, tags)',
    ]);
  });

  it('reports a bad account ID, asking for an unquoted one to be quoted', () => {
    expect(problemsOf(withTenant('accountId: "12345"'))).toEqual([
      'tenants.yml:3: tenants[0].accountId "12345" must be 12 digits',
    ]);
    expect(problemsOf(withTenant('accountId: 111111111111'))).toEqual([
      'tenants.yml:3: tenants[0].accountId 111111111111 is a number, not text: quote it ("111111111111"); ' +
        'unquoted, leading zeros are lost',
    ]);
    expect(problemsOf(withTenant('accountId: 012345678901'))).toEqual([
      'tenants.yml:3: tenants[0].accountId 012345678901 is a number, not text: quote it ("012345678901"); ' +
        'unquoted, leading zeros are lost',
    ]);
  });

  it.each([
    ['wave: 0', 'tenants[0].wave 0 must be a whole number of at least 1'],
    ['wave: 1.5', 'tenants[0].wave 1.5 must be a whole number of at least 1'],
    ['enabled: "yes"', 'tenants[0].enabled "yes" must be true or false'],
    ['regions: []', 'tenants[0].regions [] must be a non-empty list of AWS region names'],
    ['regions: eu-west-1', 'tenants[0].regions "eu-west-1" must be a non-empty list of AWS region names'],
    [
      'regions: [eu-west-1, Europe]',
      'tenants[0].regions[1] "Europe" must be an AWS region name like "us-east-1"',
    ],
    ['regions: [eu-west-1, eu-west-1]', 'tenants[0].regions lists "eu-west-1" more than once'],
    [
      'deployRoleName: deploy role',
      'tenants[0].deployRoleName "deploy role" must be an IAM role name: 1-64 letters, digits or any of _+=,.@-',
    ],
    [
      'externalId: "x"',
      'tenants[0].externalId "x" must be 2-1224 letters, digits or any of _+=,.@:/- , ' +
        `or "\${ENV_VAR}" to read it from the environment`,
    ],
    [
      'parameters: {Log-Level: INFO}',
      'tenants[0].parameters key "Log-Level" must be a CloudFormation parameter name: 1-255 letters or digits',
    ],
    [
      'parameters: {LogLevel: }',
      'tenants[0].parameters.LogLevel (empty) must be a string, number, boolean or a list of those',
    ],
    [
      'parameters: {Subnets: [a, [b]]}',
      'tenants[0].parameters.Subnets[1] ["b"] must be a string, number or boolean',
    ],
    ['tags: [a]', 'tenants[0].tags ["a"] must be a mapping of tag keys to values'],
    ['tags: {"": x}', 'tenants[0].tags key "" must be 1-128 characters long'],
  ])('reports a bad value on its line: %s', (line, message) => {
    expect(problemsOf(withTenant('accountId: "111111111111"', line))).toEqual([`tenants.yml:4: ${message}`]);
  });

  it('shortens long values in messages', () => {
    expect(problemsOf(withTenant('accountId: "111111111111"', `tags: {owner: ${'o'.repeat(257)}}`))).toEqual([
      `tenants.yml:4: tenants[0].tags.owner "${'o'.repeat(58)}… must be a string, number or boolean of at most 256 characters`,
    ]);
  });

  it('reports each bad value once even when several rules reject it', () => {
    expect(problemsOf(`tenants:\n  - id: ${'X'.repeat(70)}\n    accountId: "111111111111"\n`)).toEqual([
      `tenants.yml:2: tenants[0].id "${'X'.repeat(58)}… must be 1-63 lowercase letters, digits or hyphens, ` +
        'starting and ending with a letter or digit',
    ]);
  });

  it('reports an empty tenants list and defaults that are not a mapping', () => {
    expect(problemsOf('defaults: us-east-1\ntenants: []\n')).toEqual([
      'tenants.yml:1: defaults "us-east-1" must be a mapping',
      'tenants.yml:2: tenants [] must be a non-empty list of tenants',
    ]);
  });

  it('reports a duplicate tenant id at its second occurrence, naming the first', () => {
    const text = `tenants:
  - id: unicorn
    accountId: "111111111111"
  - id: acme
    accountId: "222222222222"
  - id: unicorn
    accountId: "333333333333"
`;
    expect(problemsOf(text)).toEqual([
      'tenants.yml:6: tenants[2].id "unicorn" is already used by tenants[0] (line 2)',
    ]);
  });

  it('reports two tenants deploying to the same account and region, after region defaulting', () => {
    const text = `defaults:
  region: eu-west-1
tenants:
  - id: unicorn
    accountId: "111111111111"
    regions: [us-east-1, eu-west-1, eu-central-1]
  - id: acme
    accountId: "111111111111"
  - id: globex
    accountId: "111111111111"
    regions: [eu-central-1, us-east-1, ap-south-1]
`;
    expect(problemsOf(text)).toEqual([
      'tenants.yml:7: tenants[1] "acme" deploys to account 111111111111 in eu-west-1, as does tenants[0] "unicorn" (line 4)',
      'tenants.yml:9: tenants[2] "globex" deploys to account 111111111111 in eu-central-1, us-east-1, ' +
        'as does tenants[0] "unicorn" (line 4)',
    ]);
  });

  it('reports an external ID read from an unset or empty environment variable', () => {
    const text = `defaults:
  externalId: \${SHARED_EXTERNAL_ID}
tenants:
  - id: unicorn
    accountId: "111111111111"
    externalId: \${UNICORN_EXTERNAL_ID}
`;
    expect(problemsOf(text, { SHARED_EXTERNAL_ID: '' })).toEqual([
      `tenants.yml:2: defaults.externalId "\${SHARED_EXTERNAL_ID}" reads environment variable SHARED_EXTERNAL_ID, which is empty`,
      `tenants.yml:6: tenants[0].externalId "\${UNICORN_EXTERNAL_ID}" reads environment variable UNICORN_EXTERNAL_ID, ` +
        'which is not set',
    ]);
  });

  it('limits tags to what a CloudFormation stack allows, before and after merging', () => {
    const tags = (prefix: string, count: number) =>
      `{${Array.from({ length: count }, (_, index) => `${prefix}${index}: v`).join(', ')}}`;
    expect(
      problemsOf(`defaults:\n  tags: ${tags('d', 51)}\n${withTenant('accountId: "111111111111"')}`),
    ).toEqual(['tenants.yml:2: defaults.tags has 51 entries, more than the 50 allowed']);
    const merged = `defaults:\n  tags: ${tags('d', 30)}\n${withTenant('accountId: "111111111111"', `tags: ${tags('t', 21)}`)}`;
    expect(problemsOf(merged)).toEqual([
      'tenants.yml:6: tenants[0].tags has 51 tags once merged with defaults.tags, more than the 50 a CloudFormation stack allows',
    ]);
  });

  it('reports every problem at once, sorted by line', () => {
    const text = `defaults:
  region: Europe
tenants:
  - id: unicorn
    accountId: 111111111111
  - id: unicorn
    accountId: "2222"
    colour: blue
`;
    expect(problemsOf(text)).toEqual([
      'tenants.yml:2: defaults.region "Europe" must be an AWS region name like "us-east-1"',
      'tenants.yml:5: tenants[0].accountId 111111111111 is a number, not text: quote it ("111111111111"); ' +
        'unquoted, leading zeros are lost',
      'tenants.yml:6: tenants[1].id "unicorn" is already used by tenants[0] (line 4)',
      'tenants.yml:7: tenants[1].accountId "2222" must be 12 digits',
      'tenants.yml:8: tenants[1].colour is not a known key (known: id, accountId, wave, regions, enabled, ' +
        'deployRoleName, cloudFormationRoleName, externalId, parameters, tags)',
    ]);
  });
});

describe('loadManifest', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'rampart-manifest-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('reads and parses the file', async () => {
    const file = join(directory, 'tenants.yml');
    await writeFile(file, FULL_MANIFEST);
    const manifest = await loadManifest(file, { RAMPART_EXTERNAL_ID: 'from-env' });
    expect(manifest.file).toBe(file);
    expect(manifest.tenants.map((tenant) => tenant.id)).toEqual(['unicorn', 'acme-corp', 'retired']);
  });

  it('reports a missing file', async () => {
    const file = join(directory, 'missing.yml');
    const error = await loadManifest(file).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toEqual([
      `${file}: cannot read manifest: ENOENT: no such file or directory, open '${file}'`,
    ]);
  });

  it('reports problems with the path it was given', async () => {
    const file = join(directory, 'bad.yml');
    await writeFile(file, 'tenants: []\n');
    await expect(loadManifest(file)).rejects.toMatchObject({
      problems: [`${file}:1: tenants [] must be a non-empty list of tenants`],
    });
  });
});
