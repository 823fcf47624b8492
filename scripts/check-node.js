// Runs first in every npm script: the platform needs Node 24, which the `node` devDependency
// provides inside npm scripts. A bare `node` on these machines may be older.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
	console.error(
		`CitySetu needs Node.js 24 or newer; this is ${process.version}.\n` +
			'Run it through npm (npm start, npm test, npm run dev), which uses the Node 24 ' +
			'installed by `npm install`, or install Node 24 LTS.'
	);
	process.exit(1);
}
