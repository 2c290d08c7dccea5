#!/usr/bin/env node
// Fails fast, with one line saying how to install it, when a tool the tests need is missing.
const { accessSync, constants } = require('node:fs');
const { delimiter, join } = require('node:path');

const REQUIRED = [
  {
    command: 'moto_server',
    install: "pip install 'moto[server]'  (the local AWS the tests and demo run against)",
  },
  {
    command: 'cfn-lint',
    install: 'pip install cfn-lint  (checks every CloudFormation template, generated ones included)',
  },
];

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((directory) => {
    try {
      accessSync(join(directory, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const missing = REQUIRED.filter((tool) => !onPath(tool.command));
for (const tool of missing)
  console.error(`missing prerequisite: ${tool.command} is not on PATH; install it with: ${tool.install}`);
process.exitCode = missing.length > 0 ? 1 : 0;
