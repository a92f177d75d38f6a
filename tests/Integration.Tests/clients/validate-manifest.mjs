// Validates a Teams app manifest against the official JSON schema of its manifestVersion, as published in
// npm @microsoft/app-manifest. Usage: node validate-manifest.mjs MANIFEST.json
// Prints {"valid":true} or {"valid":false,"errors":[{path,message}]} and exits 0 / 1 (2 on usage errors).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node validate-manifest.mjs MANIFEST.json\n');
  process.exit(2);
}
const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
const version = manifest.manifestVersion;
const schemaFile = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
if (!fs.existsSync(schemaFile)) {
  process.stdout.write(JSON.stringify({ valid: false, errors: [{ path: '/manifestVersion', message: `no official schema for version ${version}` }] }) + '\n');
  process.exit(1);
}
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
// The schemas are draft-04 and use "const" (a later keyword that Ajv's draft-04 mode still understands).
const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const valid = validate(manifest);
const errors = (validate.errors || []).map((e) => ({ path: e.instancePath || '/', message: e.message }));
process.stdout.write(JSON.stringify(valid ? { valid: true, schema: `v${version}` } : { valid: false, errors }) + '\n');
process.exit(valid ? 0 : 1);
