/** Version rules, package names, release events and the consumers file. */
import { parseConsumers } from '../src/deps/consumers';
import { packageNameProblems, parseEcosystem, samePackage, updateBranchName } from '../src/deps/ecosystems';
import { planUpdate } from '../src/deps/plan';
import {
  codeArtifactPackageArn,
  codeArtifactShapedDetail,
  dispatchPayload,
  type Release,
  releaseFieldsOfEvent,
  resolveRelease,
} from '../src/deps/release';
import { compareVersions, isPrerelease, isSnapshot } from '../src/deps/versions';
import { InputError } from '../src/errors';

describe('version order', () => {
  test.each([
    ['maven', '1.2.0', '1.10.0'],
    ['maven', '1.2', '1.2.1'],
    ['maven', '2.0.0-SNAPSHOT', '2.0.0'],
    ['maven', '2.0.0-RC1', '2.0.0-SNAPSHOT'],
    ['maven', '2.0.0-alpha', '2.0.0-beta'],
    ['maven', '2.0.0-M2', '2.0.0-RC1'],
    ['maven', '2.0.0', '2.0.0-sp1'],
    ['maven', '31.1-android', '31.1-jre'],
    ['npm', '2.0.0-next.3', '2.0.0'],
    ['npm', '2.0.0-beta.2', '2.0.0-beta.10'],
    ['npm', '1.0.0-1', '1.0.0'],
    ['pypi', '2.0.0.dev1', '2.0.0a1'],
    ['pypi', '2.0.0rc1', '2.0.0'],
    ['pypi', '2.0.0', '2.0.0.post1'],
  ] as const)('%s: %s < %s', (ecosystem, lower, higher) => {
    expect(compareVersions(lower, higher, ecosystem)).toBeLessThan(0);
    expect(compareVersions(higher, lower, ecosystem)).toBeGreaterThan(0);
  });

  test('equal spellings, and what is not a plain version', () => {
    expect(compareVersions('1.2', '1.2.0', 'maven')).toBe(0);
    expect(compareVersions('v1.2.0', '1.2.0', 'npm')).toBe(0);
    expect(compareVersions('1.2.0+build.7', '1.2.0', 'npm')).toBe(0);
    expect(compareVersions('1.x', '1.2.0', 'npm')).toBeUndefined();
    expect(compareVersions('[1.0,2.0)', '1.2.0', 'maven')).toBeUndefined();
  });

  test.each([
    ['1.0.0-SNAPSHOT', 'maven', true],
    ['1.0.0-RC1', 'maven', true],
    ['1.0.0.M3', 'maven', true],
    ['31.1-jre', 'maven', false],
    ['1.0.0.Final', 'maven', false],
    ['1.0.0-next.1', 'npm', true],
    ['1.0.0', 'npm', false],
    ['1.0.0rc2', 'pypi', true],
    ['1.0.0.dev4', 'pypi', true],
    ['1.0.0.post1', 'pypi', false],
  ] as const)('%s (%s) is a pre-release: %s', (version, ecosystem, expected) => {
    expect(isPrerelease(version, ecosystem)).toBe(expected);
  });

  test('SNAPSHOT is recognised whatever its case', () => {
    expect(isSnapshot('1.0-snapshot')).toBe(true);
    expect(isSnapshot('1.0-SNAPSHOTS')).toBe(false);
  });
});

describe('version rules of a plan', () => {
  const release: Release = { package: 'acme-lib', ecosystem: 'pypi', version: '1.5.0' };

  test('never a downgrade: declarations at the version or newer stay', () => {
    const plan = planUpdate(
      [
        { path: 'requirements.txt', text: 'acme-lib==1.4.9\n' },
        { path: 'requirements-dev.txt', text: 'acme-lib==2.0.0\nacme-lib>=1.5\n' },
      ],
      release,
    );
    expect(plan.changes.map((change) => `${change.file}:${change.current}`)).toEqual([
      'requirements.txt:1.4.9',
    ]);
    expect(plan.atOrAbove.map((declaration) => declaration.current)).toEqual(['2.0.0', '1.5']);
    expect([...plan.files.keys()]).toEqual(['requirements.txt']);
  });

  test('a pre-release of the same version moves to the release', () => {
    const plan = planUpdate([{ path: 'requirements.txt', text: 'acme-lib==1.5.0rc1\n' }], release);
    expect(plan.files.get('requirements.txt')).toBe('acme-lib==1.5.0\n');
  });
});

describe('package names and branches', () => {
  test('PyPI names compare as PyPI normalises them; others exactly', () => {
    expect(samePackage('pypi', 'Acme_Shared.Lib', 'acme-shared-lib')).toBe(true);
    expect(samePackage('npm', '@acme/Lib', '@acme/lib')).toBe(false);
  });

  test('branch names are rampart/update-<package>-<version>, with what git refuses replaced', () => {
    expect(updateBranchName('com.acme:shared-lib', '2.0.1')).toBe('rampart/update-com.acme-shared-lib-2.0.1');
    expect(updateBranchName('@acme/shared-lib', '2.0.0-beta.1')).toBe(
      'rampart/update-acme-shared-lib-2.0.0-beta.1',
    );
    expect(updateBranchName('acme..lib', '1.0+local')).toBe('rampart/update-acme.lib-1.0-local');
  });

  test('bad names and unknown ecosystems are bad input naming the flag', () => {
    expect(() => parseEcosystem('gem', '--ecosystem')).toThrow(
      new InputError(['--ecosystem "gem" is not a known ecosystem (known: maven, npm, pypi)']),
    );
    expect(packageNameProblems('maven', 'shared-lib', '--package')).toEqual([
      '--package "shared-lib" is not a maven package name (group:artifact, e.g. com.acme:shared-lib)',
    ]);
  });
});

describe('releases and their events', () => {
  const names = {
    package: '--package',
    ecosystem: '--ecosystem',
    version: '--version',
    changelogUrl: '--changelog-url',
    producer: '--producer',
  };
  const release: Release = {
    package: '@acme/shared-lib',
    ecosystem: 'npm',
    version: '2.0.0',
    changelogUrl: 'https://github.com/acme/shared-lib/releases/tag/v2.0.0',
    producer: 'acme/shared-lib',
  };

  test('given values win over the event; every problem is said at once', () => {
    expect(resolveRelease({ version: '2.0.1' }, { ...release }, names)).toEqual({
      ...release,
      version: '2.0.1',
    });
    expect(() =>
      resolveRelease({ ecosystem: 'gem', version: 'latest', producer: 'acme' }, {}, names),
    ).toThrow(
      new InputError([
        '--package is required (or an event that carries it)',
        '--ecosystem "gem" is not a known ecosystem (known: maven, npm, pypi)',
        '--version "latest" is not a version',
        '--producer "acme" is not owner/name',
      ]),
    );
  });

  test('a repository_dispatch payload round-trips', () => {
    const payload = dispatchPayload(release);
    expect(Object.keys(payload).length).toBeLessThanOrEqual(10);
    expect(releaseFieldsOfEvent({ action: 'library-released', client_payload: payload })).toEqual(release);
  });

  test("the EventBridge event has CodeArtifact's detail shape and reads back", () => {
    const origin = {
      account: '111122223333',
      region: 'eu-west-1',
      domainName: 'acme',
      repositoryName: 'shared-lib',
    };
    const detail = codeArtifactShapedDetail(release, origin);
    expect(Object.keys(detail)).toEqual([
      'domainName',
      'domainOwner',
      'repositoryName',
      'repositoryAdministrator',
      'packageFormat',
      'packageNamespace',
      'packageName',
      'packageVersion',
      'packageVersionState',
      'packageVersionRevision',
      'changes',
      'operationType',
      'sequenceNumber',
      'eventDeduplicationId',
      'rampart',
    ]);
    expect(detail).toMatchObject({
      packageNamespace: 'acme',
      packageName: 'shared-lib',
      packageVersionState: 'Published',
    });
    expect(codeArtifactPackageArn(release, origin)).toBe(
      'arn:aws:codeartifact:eu-west-1:111122223333:package/acme/shared-lib/npm/acme/shared-lib',
    );
    const event = {
      'detail-type': 'CodeArtifact Package Version State Change',
      source: 'rampart.deps',
      detail,
    };
    expect(releaseFieldsOfEvent(event)).toEqual(release);
  });

  test("a CodeArtifact event from AWS (the documentation's Maven example) reads as a release", () => {
    const event = {
      version: '0',
      'detail-type': 'CodeArtifact Package Version State Change',
      source: 'aws.codeartifact',
      detail: {
        domainName: 'my_domain',
        packageFormat: 'maven',
        packageNamespace: 'com.acme',
        packageName: 'shared-lib',
        packageVersion: '1.0.1',
        packageVersionState: 'Published',
      },
    };
    expect(releaseFieldsOfEvent(event)).toMatchObject({
      package: 'com.acme:shared-lib',
      ecosystem: 'maven',
      version: '1.0.1',
    });
    expect(releaseFieldsOfEvent({ ref: 'refs/heads/main' })).toEqual({});
  });
});

describe('.rampart/consumers.yml', () => {
  test('repositories and buses, with optional package lists', () => {
    expect(
      parseConsumers(
        'consumers:\n  - repository: acme/orders\n  - repository: acme/billing\n    packages: [com.acme:shared-lib]\n  - eventBus: arn:aws:events:eu-west-1:222233334444:event-bus/default\n',
        'consumers.yml',
      ),
    ).toEqual([
      { kind: 'repository', repository: 'acme/orders', packages: undefined },
      { kind: 'repository', repository: 'acme/billing', packages: ['com.acme:shared-lib'] },
      {
        kind: 'eventBus',
        eventBus: 'arn:aws:events:eu-west-1:222233334444:event-bus/default',
        packages: undefined,
      },
    ]);
  });

  test('every problem with its line: syntax, schema, both targets, repeats', () => {
    expect(() =>
      parseConsumers('consumers:\n\t- repository: acme/orders\n', '.rampart/consumers.yml'),
    ).toThrow(/^\.rampart\/consumers\.yml:2: Tabs are not allowed as indentation/);
    let thrown: InputError | undefined;
    try {
      parseConsumers(
        [
          'consumers:',
          '  - repository: orders',
          '  - repository: acme/billing',
          '    eventBus: default',
          '  - repository: acme/billing',
          '  - team: platform',
        ].join('\n'),
        '.rampart/consumers.yml',
      );
    } catch (error) {
      thrown = error as InputError;
    }
    expect(thrown?.problems).toEqual([
      '.rampart/consumers.yml:2: consumers[0].repository "orders" must be owner/name',
      '.rampart/consumers.yml:3: consumers[1] needs exactly one of "repository" and "eventBus"',
      '.rampart/consumers.yml:5: consumers[2] repeats consumers[1] (acme/billing)',
      '.rampart/consumers.yml:6: consumers[3].team is not a known key (known: repository, eventBus, packages)',
      '.rampart/consumers.yml:6: consumers[3] needs exactly one of "repository" and "eventBus"',
    ]);
  });
});
