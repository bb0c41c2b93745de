#!/usr/bin/env node
/**
 * Validates every *.json file in a folder as a journey-canvas document, the way a host's server
 * or a CI step would before accepting stored journeys.
 *
 *   node examples/server-validate/validate.mjs <folder>
 *
 * Prints `<file>: OK` for a valid file, and one line `<file>: <JSON Pointer> — <message>` per
 * problem in an invalid one. Exit code: 0 when every file is valid, 1 when any file is invalid,
 * 2 when the folder cannot be read or holds no .json file.
 *
 * It imports the library by its published name, as a host app would: inside this repository,
 * after `npm run build`, Node resolves `journey-canvas/model` to the package's own dist through
 * the `exports` map of package.json.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseJourney } from 'journey-canvas/model';

/** The root's pointer is the empty string; a person reads "(document)" better. */
function place(path) {
  return path === '' ? '(document)' : path;
}

/** The lines to print for one file, and whether it is valid. */
async function check(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { valid: false, lines: [`${file}: (document) — the file could not be read: ${error.message}`] };
  }
  // parseJourney never throws: bad input comes back as a list of errors, each with its place.
  const result = parseJourney(text);
  if (!result.ok) {
    return { valid: false, lines: result.errors.map((error) => `${file}: ${place(error.path)} — ${error.message}`) };
  }
  const warnings = result.warnings.map((warning) => `${file}: ${place(warning.path)} — warning: ${warning.message}`);
  return { valid: true, lines: [`${file}: OK`, ...warnings] };
}

async function main(folder) {
  if (folder === undefined) {
    console.error('usage: node validate.mjs <folder>');
    return 2;
  }
  let names;
  try {
    names = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    console.error(`${folder}: cannot read the folder: ${error.message}`);
    return 2;
  }
  const files = names
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.json'))
    .map((entry) => join(folder, entry.name))
    .sort();
  if (files.length === 0) {
    console.error(`${folder}: no .json files to validate`);
    return 2;
  }

  let invalid = 0;
  for (const file of files) {
    const { valid, lines } = await check(file);
    if (!valid) invalid++;
    for (const line of lines) console.log(line);
  }
  console.log(`\n${files.length} file(s): ${files.length - invalid} valid, ${invalid} invalid`);
  return invalid === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv[2]);
