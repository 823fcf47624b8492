// argon2id settings (OWASP's first recommendation: 19 MiB, 2 passes, 1 lane). Kept apart from
// password.ts so the local-stack launcher hashes demo passwords the same way in plain Node.
export const argon2Options = {
	algorithm: 2, // Algorithm.Argon2id (a const enum, which isolated modules cannot import)
	memoryCost: 19456,
	timeCost: 2,
	parallelism: 1,
	outputLen: 32
} as const;
