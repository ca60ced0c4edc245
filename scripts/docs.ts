// npm run docs: writes the rule catalogue (docs/rules.md) from the packs.
import { writeFileSync } from 'node:fs';
import { catalogue } from './rules-catalogue.js';
import { statusTable } from './status-table.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), catalogue());
console.log('wrote docs/rules.md');
writeFileSync(new URL('../docs/vicidial-statuses.md', import.meta.url), statusTable());
console.log('wrote docs/vicidial-statuses.md');
