import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJsonAtomically } from '../../runtime/files';
import { loadBuildspecs, loadBuiltTemplate, loadPipelineFiles } from '../../pipeline/inputs';
import { synthesizePipeline } from '../../pipeline/synthesize';
import { pipelineTargets } from '../../pipeline/targets';
import { TEMPLATE_CONFIG_DIR, templateConfigurationFiles } from '../../pipeline/template-configs';
import { artifactPrefixOf } from '../../pipeline/types';
import type { CommandSpec, FlagSpec, FlagValues } from '../args';
import { ExitCode } from '../exit-codes';

/** CloudFormation's limit for a template passed inline; larger ones go through S3. */
const MAX_INLINE_TEMPLATE_BYTES = 51_200;

const FILE_FLAGS: FlagSpec[] = [
  {
    name: 'manifest',
    type: 'string',
    value: 'FILE',
    required: true,
    description: 'Tenant manifest (tenants.yml), inside the repository.',
  },
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    required: true,
    description: 'Pipeline config (pipeline.yml), inside the repository.',
  },
];

const files = (values: FlagValues) => ({ manifest: String(values.manifest), config: String(values.config) });

export const pipelineSynthCommand: CommandSpec = {
  name: 'pipeline synth',
  summary:
    'Generate a CloudFormation template with a CodePipeline that builds, gates and deploys to every environment and tenant wave. Run it from the repository root.',
  flags: [
    ...FILE_FLAGS,
    {
      name: 'out',
      type: 'string',
      value: 'FILE',
      required: true,
      description: 'Where to write the template (JSON).',
    },
  ],
  async run(values) {
    const loaded = await loadPipelineFiles(files(values), process.cwd());
    const result = synthesizePipeline({ ...loaded, buildspecs: await loadBuildspecs() });
    const out = String(values.out);
    await writeJsonAtomically(out, result.template);
    const size = Buffer.byteLength(`${JSON.stringify(result.template, null, 2)}\n`);
    const { config } = loaded;
    process.stdout.write(
      [
        `wrote ${out}: pipeline ${config.name} with ${result.stages} stages, ${result.tenants} tenant(s), ${result.deployRoles} deploy role(s)`,
        `artifact prefix: ${artifactPrefixOf(config.name)} (the ArtifactPrefix of tooling-account.yaml and tenant-bootstrap.yaml)`,
        ...(size > MAX_INLINE_TEMPLATE_BYTES
          ? [
              `the template is ${size} bytes, over CloudFormation's ${MAX_INLINE_TEMPLATE_BYTES} inline: deploy it with aws cloudformation deploy --s3-bucket BUCKET`,
            ]
          : []),
      ].join('\n') + '\n',
    );
    return ExitCode.Success;
  },
};

export const pipelineTemplateConfigsCommand: CommandSpec = {
  name: 'pipeline template-configs',
  summary:
    "Write each stack's template configuration (parameters and tags from the manifest and pipeline.yml) for the pipeline's deploy actions. The generated build runs this; run it locally to see what a stack gets.",
  flags: [
    ...FILE_FLAGS,
    {
      name: 'out',
      type: 'string',
      value: 'DIR',
      default: TEMPLATE_CONFIG_DIR,
      description: 'Folder to write to; the deploy actions read the default one.',
    },
  ],
  async run(values) {
    const loaded = await loadPipelineFiles(files(values), process.cwd());
    const template = await loadBuiltTemplate(loaded.config.template);
    const configurations = templateConfigurationFiles(
      pipelineTargets(loaded.manifest, loaded.config, template),
    );
    const out = String(values.out);
    await mkdir(out, { recursive: true });
    for (const [name, configuration] of configurations) {
      await writeFile(join(out, name), `${JSON.stringify(configuration, null, 2)}\n`);
    }
    process.stdout.write(`wrote ${configurations.size} template configuration(s) to ${out}\n`);
    return ExitCode.Success;
  },
};
