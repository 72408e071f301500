import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Reads and parses a YAML file, for configuration read before Astro's content layer runs. */
export function readYamlFile(path: string): unknown {
	return parse(readFileSync(path, 'utf8'));
}
