/** A tiny prefixed logger so the interleaved output of several services stays readable. */
export function createLogger(name, { quiet = false } = {}) {
	const prefix = `[${name}]`;
	return {
		info: (...args) => {
			if (!quiet) console.log(prefix, ...args);
		},
		warn: (...args) => console.warn(prefix, ...args),
		error: (...args) => console.error(prefix, ...args)
	};
}
