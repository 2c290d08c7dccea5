import type { Ecosystem } from '../ecosystems';
import type { BuildFileEditor } from './declarations';
import { gradleBuildEditor } from './gradle-build';
import { mavenPomEditor } from './maven-pom';
import { npmPackageEditor } from './npm-package';
import { pyprojectEditor } from './pyproject';
import { pythonRequirementsEditor } from './python-requirements';
import { versionCatalogEditor } from './version-catalog';

export const BUILD_FILE_EDITORS: BuildFileEditor[] = [
  mavenPomEditor,
  gradleBuildEditor,
  versionCatalogEditor,
  npmPackageEditor,
  pythonRequirementsEditor,
  pyprojectEditor,
];

export function editorsFor(ecosystem: Ecosystem): BuildFileEditor[] {
  return BUILD_FILE_EDITORS.filter((editor) => editor.ecosystem === ecosystem);
}
