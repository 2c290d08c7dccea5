/**
 * The build-file editors, round-tripped: in each fixture the versions that must change are marked
 * ⟪like this⟫; the file as written has no marks, and after the update it must equal the fixture with
 * each marked version replaced and every other byte as it was (comments, odd spacing, CRLF too).
 */
import type { SourceFile } from '../src/deps/editors/declarations';
import { planUpdate } from '../src/deps/plan';
import type { Release } from '../src/deps/release';
import { InputError } from '../src/errors';

const MARK = /⟪([^⟫]*)⟫/g;

function fixture(path: string, marked: string, newVersion: string) {
  return {
    file: { path, text: marked.replace(MARK, '$1') },
    expected: marked.replace(MARK, newVersion),
    marks: [...marked.matchAll(MARK)].length,
  };
}

function roundTrip(release: Release, path: string, marked: string, others: SourceFile[] = []) {
  for (const lineBreak of ['\n', '\r\n']) {
    const { file, expected, marks } = fixture(path, marked.replace(/\n/g, lineBreak), release.version);
    const plan = planUpdate([file, ...others], release);
    expect(plan.unchangeable).toEqual([]);
    expect(plan.changes).toHaveLength(marks);
    expect(plan.files.get(path)).toBe(expected);
  }
}

const maven: Release = { package: 'com.acme:shared-lib', ecosystem: 'maven', version: '2.0.1' };
const npm: Release = { package: '@acme/shared-lib', ecosystem: 'npm', version: '2.0.1' };
const pypi: Release = { package: 'acme-shared-lib', ecosystem: 'pypi', version: '2.0.1' };

describe('each build file format: only the version changes, byte for byte', () => {
  test('Maven pom.xml: a direct <version> and the <properties> entry a ${…} reference names', () => {
    roundTrip(
      maven,
      'pom.xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<!-- the orders service -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>orders</artifactId>
  <version>1.2.0</version>
  <properties>
    <java.version>17</java.version>
    <shared-lib.version>⟪1.2.0⟫</shared-lib.version>  <!-- bumped by Rampart -->
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>com.acme</groupId>
        <artifactId>shared-lib-bom</artifactId>
        <version>1.2.0</version>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <!--
    <dependency><groupId>com.acme</groupId><artifactId>shared-lib</artifactId><version>0.9</version></dependency>
    -->
    <dependency>
      <groupId>com.acme</groupId>
      <artifactId>shared-lib</artifactId>
      <version>\${shared-lib.version}</version>
    </dependency>
    <dependency>
        <groupId> com.acme </groupId>
        <artifactId>shared-lib</artifactId>
        <classifier>tests</classifier>
        <version>   ⟪1.1.0⟫   </version>
        <scope>test</scope>
    </dependency>
  </dependencies>
  <build><plugins><plugin><groupId>org.x</groupId><artifactId>p</artifactId><version>1.2.0</version>
    <configuration><pattern attr="a>b">v</pattern><![CDATA[ <version>1.0</version> ]]></configuration>
  </plugin></plugins></build>
</project>
`,
    );
  });

  test('Maven pom.xml: the parent', () => {
    roundTrip(
      maven,
      'services/orders/pom.xml',
      `<project>
  <parent>
    <groupId>com.acme</groupId><artifactId>shared-lib</artifactId><version>⟪2.0.0-SNAPSHOT⟫</version>
  </parent>
  <artifactId>orders</artifactId>
</project>
`,
    );
  });

  test('Gradle build.gradle: string and map notation, a def variable, comments ignored', () => {
    roundTrip(
      maven,
      'app/build.gradle',
      `plugins { id 'java' }
def sharedVersion = '⟪1.2.0⟫'   // the library
dependencies {
    implementation "com.acme:shared-lib:$sharedVersion"
    // implementation 'com.acme:shared-lib:0.9.0'
    /* implementation 'com.acme:shared-lib:0.9.1' */
    testImplementation   'com.acme:shared-lib:⟪1.1.0⟫:tests@jar'
    runtimeOnly group: 'com.acme', name: 'shared-lib', version: '⟪1.1.5⟫'
    implementation 'com.acme:shared-lib-extra:1.1.0'
    implementation "org.example:thing:1.2.0"
}
println "see http://example.com/com.acme:shared-lib:1.0.0 // not a comment"
`,
    );
  });

  test('Gradle build.gradle.kts: string and map notation, an ext value from gradle.properties', () => {
    roundTrip(
      maven,
      'build.gradle.kts',
      `dependencies {
    implementation("com.acme:shared-lib:⟪1.2.0⟫") // pinned
    testImplementation(group = "com.acme", name = "shared-lib", version = "⟪1.2.0⟫")
    implementation("com.acme:other:1.2.0")
}
`,
    );
    const properties = fixture(
      'gradle.properties',
      'org.gradle.jvmargs=-Xmx2g\nsharedLibVersion = ⟪1.2.0⟫\n',
      '2.0.1',
    );
    const plan = planUpdate(
      [
        {
          path: 'app/build.gradle.kts',
          text: 'dependencies { implementation("com.acme:shared-lib:${sharedLibVersion}") }\n',
        },
        properties.file,
      ],
      maven,
    );
    expect(plan.changes.map((change) => `${change.file}:${change.line}`)).toEqual(['gradle.properties:2']);
    expect(plan.files.get('gradle.properties')).toBe(properties.expected);
  });

  test('Gradle version catalog: [versions] entries and inline versions of libraries', () => {
    roundTrip(
      maven,
      'gradle/libs.versions.toml',
      `# versions used by the build
[versions]
shared   =   "⟪1.2.0⟫"   # the library
kotlin = "1.2.0"

[libraries]
shared-core = { module = "com.acme:shared-lib", version.ref = "shared" }
shared-test = { group = "com.acme", name = "shared-lib", version = "⟪1.1.0⟫" }
shared-strict = { module = "com.acme:shared-lib", version = { strictly = "⟪1.0.0⟫" } }
shared-string = "com.acme:shared-lib:⟪1.1.0⟫"
other = "com.acme:other:1.0.0"
shared-bom-managed = { module = "com.acme:shared-lib" }

[plugins]
x = { id = "com.acme.x", version = "1.0.0" }
`,
    );
  });

  test('npm package.json: every dependency section, range operators kept', () => {
    roundTrip(
      npm,
      'package.json',
      `{
\t"name": "orders",
\t"version": "1.2.3",
\t"dependencies": {
\t\t"@acme/shared-lib": "^⟪1.2.3⟫",
\t\t"@acme/shared-lib-extra": "1.2.3"
\t},
\t"devDependencies": {"@acme/shared-lib":"~⟪1.2.0⟫"},
\t"peerDependencies": {
\t    "@acme/shared-lib" :   ">=⟪1.0.0⟫"
\t},
\t"optionalDependencies": { "@acme/shared-lib": "⟪1.2.3⟫" }
}
`,
    );
  });

  test('pip requirements: ==, >=, extras, markers, comments, options', () => {
    roundTrip(
      pypi,
      'requirements-prod.txt',
      `# production
--index-url https://pypi.example.com/simple
acme-shared-lib==⟪1.2.0⟫    # pinned by Rampart
Acme_Shared.Lib[fast,cli] >= ⟪1.1⟫ ; python_version >= "3.9"
acme-shared-lib-extras==1.2.0
# acme-shared-lib==0.9
requests>=2.0
`,
    );
  });

  test('pyproject.toml: PEP 621 dependencies and extras, Poetry dependencies and groups', () => {
    roundTrip(
      pypi,
      'pyproject.toml',
      `[project]
name = "orders"
version = "1.2.0"
dependencies = [
  "acme-shared-lib>=⟪1.2⟫",   # the library
  'requests',
]

[project.optional-dependencies]
test = ["acme_shared_lib[pytest]==⟪1.1.0⟫ ; python_version > '3.8'"]

[tool.poetry.dependencies]
python = "^3.10"
acme-shared-lib = { version = "^⟪1.2.3⟫", extras = ["fast"] }

[tool.poetry.group.dev.dependencies]
Acme-Shared-Lib = "⟪1.0⟫"
`,
    );
  });
});

describe('declarations Rampart cannot change are reported with file and line', () => {
  const reasons = (release: Release, files: SourceFile[]) =>
    planUpdate(files, release).unchangeable.map((item) => `${item.file}:${item.line}: ${item.reason}`);

  test('Maven ranges, the project version, a parent POM property', () => {
    expect(
      reasons(maven, [
        {
          path: 'pom.xml',
          text: [
            '<project>',
            '  <dependencies>',
            '    <dependency><groupId>com.acme</groupId><artifactId>shared-lib</artifactId><version>[1.0,2.0)</version></dependency>',
            '    <dependency><groupId>com.acme</groupId><artifactId>shared-lib</artifactId><version>${project.version}</version></dependency>',
            '    <dependency><groupId>com.acme</groupId><artifactId>shared-lib</artifactId><version>${lib.version}</version></dependency>',
            '  </dependencies>',
            '</project>',
          ].join('\n'),
        },
      ]),
    ).toEqual([
      'pom.xml:3: version "[1.0,2.0)" is a range or expression',
      "pom.xml:4: ${project.version} is the project's own version",
      "pom.xml:5: ${lib.version} is not a property of this pom.xml (a parent's? change it there)",
    ]);
  });

  test('Gradle variables set nowhere, npm ranges, hash pins, URLs, and bounds the new version breaks', () => {
    expect(
      reasons(maven, [
        {
          path: 'build.gradle',
          text: 'dependencies {\n  implementation "com.acme:shared-lib:$nowhere"\n}\n',
        },
      ]),
    ).toEqual([
      'build.gradle:2: version comes from nowhere, set neither in this script nor in gradle.properties',
    ]);
    expect(
      reasons(npm, [
        {
          path: 'package.json',
          text: '{\n  "dependencies": { "@acme/shared-lib": "1.x" },\n  "devDependencies": { "@acme/shared-lib": "workspace:*" }\n}\n',
        },
      ]),
    ).toEqual([
      'package.json:2: "1.x" is not a version or a ^ / ~ / >= range of one',
      'package.json:3: "workspace:*" is not a version or a ^ / ~ / >= range of one',
    ]);
    expect(
      reasons(pypi, [
        {
          path: 'requirements.txt',
          text: 'acme-shared-lib==1.0 \\\n    --hash=sha256:0000\nacme-shared-lib @ https://example.com/lib.whl\nacme-shared-lib>=1.0,<2.0\nacme-shared-lib\n',
        },
      ]),
    ).toEqual([
      'requirements.txt:1: it is hash-pinned (--hash): regenerate the file, e.g. pip-compile --generate-hashes',
      'requirements.txt:3: it is a direct reference (name @ URL), not a version',
      'requirements.txt:4: 2.0.1 does not meet "<2.0" written beside it: widen that by hand',
      'requirements.txt:5: it has no version (any version goes)',
    ]);
  });

  test('a package declared nowhere is bad input naming the package and what was searched', () => {
    expect(() =>
      planUpdate([{ path: 'package.json', text: '{ "dependencies": { "left-pad": "1.0.0" } }' }], npm),
    ).toThrow(
      new InputError([
        '@acme/shared-lib (npm) is not declared in any build file of this repository (looked for it in 1 file(s): npm package.json)',
      ]),
    );
  });

  test.each([
    [
      'pom.xml',
      '<project>\n  <dependencies>\n  </project>\n',
      maven,
      /^pom\.xml:3: not well-formed XML: found <\/project> where <\/dependencies> belongs$/,
    ],
    [
      'gradle/libs.versions.toml',
      '[versions]\nshared = "1.0\n',
      maven,
      /^gradle\/libs\.versions\.toml:2: not valid TOML: a string is not closed on its line$/,
    ],
    [
      'package.json',
      '{\n  "dependencies": {\n    "x": "1",,\n  }\n}\n',
      npm,
      /^package\.json:3: not valid JSON: /,
    ],
  ])('a malformed %s is bad input with its line', (path, text, release, message) => {
    let thrown: unknown;
    try {
      planUpdate([{ path, text }], release);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).problems).toEqual([expect.stringMatching(message)]);
  });
});
