import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './document';
import { operations } from './registry';
import type { ApiVocabulary } from './registry';

// The filter values as the database would give them (the document lists them).
const vocabulary: ApiVocabulary = {
	practices: { sectors: ['public-safety'], components: ['cctv'], states: ['Gujarat'] },
	search: {
		sectors: ['public-safety'],
		components: ['cctv'],
		states: ['Gujarat'],
		cities: ['rajkot'],
		languages: ['en', 'hi'],
		names: { sectors: {}, components: {}, cities: {} }
	}
};
const document = openApiDocument('https://citysetu.example.in', vocabulary);

describe('the OpenAPI document', () => {
	it('describes every operation once, each with a success answer', () => {
		const seen = new Set<string>();
		for (const op of operations(vocabulary)) {
			const key = `${op.method} ${op.path}`;
			expect(seen.has(key), key).toBe(false);
			seen.add(key);
			expect(
				Object.keys(op.responses).some((s) => s.startsWith('2')),
				key
			).toBe(true);
			if (op.path.startsWith('/api/')) {
				expect(
					Object.keys(op.responses).some((s) => s.startsWith('4')),
					key
				).toBe(true);
			}
		}
		expect(Object.keys(document.paths).sort()).toEqual([
			'/api/v1/action-items/{id}',
			'/api/v1/adoptions',
			'/api/v1/adoptions/{id}',
			'/api/v1/adoptions/{id}/categories',
			'/api/v1/adoptions/{id}/categories/{category}/progress',
			'/api/v1/adoptions/{id}/stages',
			'/api/v1/adoptions/{id}/stages/{step}/verification',
			'/api/v1/assessments',
			'/api/v1/assessments/{framework}/rounds',
			'/api/v1/assessments/{framework}/{round}/scores',
			'/api/v1/assessments/{framework}/{round}/scores.csv',
			'/api/v1/calendar/{token}.ics',
			'/api/v1/cities',
			'/api/v1/cities/{slug}',
			'/api/v1/cities/{slug}/assessments',
			'/api/v1/invitations',
			'/api/v1/me',
			'/api/v1/mentor-suggestions',
			'/api/v1/mentors',
			'/api/v1/mentorships',
			'/api/v1/mentorships/{id}',
			'/api/v1/mentorships/{id}/action-items',
			'/api/v1/mentorships/{id}/decision',
			'/api/v1/mentorships/{id}/sessions',
			'/api/v1/practices',
			'/api/v1/practices/{slug}',
			'/api/v1/practices/{slug}/revisions',
			'/api/v1/programme/reach',
			'/api/v1/programmes',
			'/api/v1/search',
			'/api/v1/sessions/{id}',
			'/api/v1/sessions/{id}.ics',
			'/health'
		]);
	});

	it('takes query parameters from the schemas that check them', () => {
		const list = document.paths['/api/v1/cities'].get as { parameters: { name: string }[] };
		expect(list.parameters.map((p) => p.name)).toEqual([
			'state',
			'zone',
			'round',
			'page',
			'per_page'
		]);
	});

	it("passes Redocly's lint", { timeout: 60_000 }, async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-openapi-'));
		const file = path.join(dir, 'openapi.json');
		fs.writeFileSync(file, JSON.stringify(document, null, 2));
		try {
			const redocly = path.resolve('node_modules/.bin/redocly');
			const lint = promisify(execFile)(redocly, ['lint', '--config', 'redocly.yaml', file], {
				env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }
			});
			const { stderr } = await lint.catch((error: { stdout: string; stderr: string }) => {
				throw new Error(`${error.stdout}\n${error.stderr}`);
			});
			expect(stderr).toMatch(/Your API description is valid/);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
