import type { DocumentPath } from '../config/yaml-document';

export type ParameterValues = Record<string, string>;
export type Tags = Record<string, string>;

/** One path into the manifest, e.g. ['tenants', 2, 'accountId']. */
export type ManifestPath = DocumentPath;

export interface ManifestDefaults {
  region: string;
  deployRoleName: string;
  cloudFormationRoleName: string;
  externalId?: string;
  parameters: ParameterValues;
  tags: Tags;
}

/** A tenant with the defaults already merged in: what it says wins over `defaults`. */
export interface Tenant {
  id: string;
  accountId: string;
  wave: number;
  regions: string[];
  deployRoleName: string;
  cloudFormationRoleName: string;
  externalId?: string;
  parameters: ParameterValues;
  tags: Tags;
  enabled: boolean;
  /** Position of this tenant in the manifest's `tenants` list. */
  index: number;
}

export interface Manifest {
  /** The path the manifest was read from, as given. */
  file: string;
  defaults: ManifestDefaults;
  /** Every tenant in file order, disabled ones included. */
  tenants: Tenant[];
  /** The 1-based line of a node in the file; the nearest existing parent's line when the path is absent. */
  lineOf(path: ManifestPath): number;
}
