/**
 * Maven pom.xml: every element that names the package by `groupId` and `artifactId` (a dependency,
 * managed dependency, parent, plugin or extension) and has its own `version`, either written there
 * or in the project's `<properties>` entry it references as `${name}`.
 */
import { InputError } from '../../errors';
import { isPlainVersion } from '../versions';
import {
  baseName,
  type BuildFileEditor,
  declarationAt,
  type Findings,
  lineAt,
  noFindings,
  type SourceFile,
  unchangeableAt,
} from './declarations';
import {
  allElements,
  childNamed,
  readXmlElements,
  textOf,
  type XmlElement,
  XmlSyntaxError,
} from './xml-elements';

export const mavenPomEditor: BuildFileEditor = {
  kind: 'Maven pom.xml',
  ecosystem: 'maven',
  handles: (path) => baseName(path) === 'pom.xml',
  find(file, packageName) {
    const project = readProject(file);
    const findings = noFindings();
    if (!project) return findings;
    const [groupId, artifactId] = packageName.split(':');
    const valueOf = (element: XmlElement, name: string) => {
      const child = childNamed(element, name);
      return child && textOf(file.text, child)?.value;
    };
    for (const element of allElements(project.children)) {
      if (valueOf(element, 'groupId') !== groupId || valueOf(element, 'artifactId') !== artifactId) continue;
      const version = childNamed(element, 'version');
      // No version of its own: dependencyManagement, a BOM or the parent decides it.
      if (version) addVersion(file, project, version, findings);
    }
    return findings;
  },
};

function readProject(file: SourceFile): XmlElement | undefined {
  try {
    return readXmlElements(file.text).find((element) => element.name === 'project');
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    throw new InputError([
      `${file.path}:${lineAt(file.text, error.offset)}: not well-formed XML: ${error.message}`,
    ]);
  }
}

function addVersion(file: SourceFile, project: XmlElement, version: XmlElement, findings: Findings): void {
  const text = textOf(file.text, version);
  if (!text) {
    findings.unchangeable.push(
      unchangeableAt(file, version.start, 'the <version> holds markup, not a version'),
    );
    return;
  }
  const property = /^\$\{([^}]+)\}$/.exec(text.value)?.[1];
  if (property) {
    addProperty(file, project, property, version.start, findings);
  } else if (isPlainVersion(text.value)) {
    findings.declarations.push(declarationAt(file, text.start, text.end));
  } else {
    findings.unchangeable.push(
      unchangeableAt(file, text.start, `version "${text.value}" is a range or expression`),
    );
  }
}

function addProperty(
  file: SourceFile,
  project: XmlElement,
  name: string,
  referenceAt: number,
  findings: Findings,
): void {
  if (/^(project|pom|parent)\./.test(name)) {
    findings.unchangeable.push(unchangeableAt(file, referenceAt, `\${${name}} is the project's own version`));
    return;
  }
  const properties = childNamed(project, 'properties');
  const definition = properties && childNamed(properties, name);
  const text = definition && textOf(file.text, definition);
  if (!text) {
    findings.unchangeable.push(
      unchangeableAt(
        file,
        referenceAt,
        `\${${name}} is not a property of this pom.xml (a parent's? change it there)`,
      ),
    );
  } else if (isPlainVersion(text.value)) {
    findings.declarations.push(declarationAt(file, text.start, text.end));
  } else {
    findings.unchangeable.push(
      unchangeableAt(file, text.start, `property ${name} is "${text.value}", not a plain version`),
    );
  }
}
