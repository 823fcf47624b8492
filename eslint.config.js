import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', '.data/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			curly: ['error', 'multi-line'],
			// CitySetu is served at the site root (no paths.base) and every link is a plain anchor
			// that must work without JavaScript, including links that carry a query string.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }],
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		ignores: [
			'eslint.config.js',
			'svelte.config.js',
			'playwright.config.ts',
			'vite.config.ts',
			'scripts/**'
		],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	{
		// The Node-safe core: modules the scripts (plain Node, no SvelteKit) import as well as the
		// app. They must not reach for SvelteKit's virtual modules, which exist only in a build.
		files: [
			'src/lib/server/csv.ts',
			'src/lib/server/errors.ts',
			'src/lib/server/jwt.ts',
			'src/lib/server/supabase.ts',
			'src/lib/server/markdown.ts',
			'src/lib/server/auth/argon2-options.ts',
			'src/lib/server/search/documents.ts',
			'src/lib/server/search/glossary.ts',
			'src/lib/server/search/http.ts',
			'src/lib/server/search/indexer.ts',
			'src/lib/server/search/keys.ts',
			// Shared with the browser too; the search modules above import it.
			'src/lib/search.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^\\$(env|app)/',
							message: 'The Node-safe core is shared with the scripts: take values as arguments.'
						},
						{
							regex: '^\\$lib/',
							message:
								'The Node-safe core imports by relative path (the scripts have no $lib alias).'
						}
					]
				}
			]
		}
	},
	{
		// The one component allowed to render HTML: it only ever receives sanitised Markdown.
		files: ['src/lib/components/RenderedMarkdown.svelte'],
		rules: { 'svelte/no-at-html-tags': 'off' }
	}
);
