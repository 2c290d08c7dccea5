#!/usr/bin/env node
/** The rampart command's entry (the CLI bundle's): runs main() on the process's arguments. */
import { main } from './main';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
