import { describe, expect, it } from 'vitest';
import { parseForm } from './forms';
import { feedbackSchema, isPageLink } from './feedback';

const form = (values: Record<string, string>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(values)) data.set(key, value);
	return data;
};

describe('the feedback form', () => {
	it('needs only a category and a message, and stores empty optional fields as empty', () => {
		const result = parseForm(
			feedbackSchema,
			form({ category: 'problem', message: '  The map does not load.  ' })
		);
		expect(result).toEqual({
			ok: true,
			data: {
				category: 'problem',
				message: 'The map does not load.',
				page: '',
				name: '',
				email: ''
			}
		});
	});

	it('keeps every optional field, with the email in lower case', () => {
		const result = parseForm(
			feedbackSchema,
			form({
				category: 'content',
				message: 'Wrong year',
				page: '/practices/rajkot-iccc',
				name: ' Asha Patel ',
				email: 'Asha@Example.IN'
			})
		);
		expect(result.ok && result.data).toEqual({
			category: 'content',
			message: 'Wrong year',
			page: '/practices/rajkot-iccc',
			name: 'Asha Patel',
			email: 'asha@example.in'
		});
	});

	it('names each missing or wrong field with its own message', () => {
		const result = parseForm(
			feedbackSchema,
			form({ message: '   ', page: 'javascript:alert(1)', email: 'not an address' })
		);
		expect(result).toEqual({
			ok: false,
			errors: {
				category: 'feedback.categoryRequired',
				message: 'feedback.messageRequired',
				page: 'feedback.pageInvalid',
				email: 'form.invalidEmail'
			}
		});
	});

	it('refuses an unknown category, an over-long message and an over-long name', () => {
		const result = parseForm(
			feedbackSchema,
			form({ category: 'spam', message: 'x'.repeat(5001), name: 'n'.repeat(121) })
		);
		expect(result).toEqual({
			ok: false,
			errors: {
				category: 'feedback.categoryRequired',
				message: 'feedback.messageTooLong',
				name: 'form.tooLong'
			}
		});
		const longest = parseForm(
			feedbackSchema,
			form({ category: 'other', message: 'x'.repeat(5000) })
		);
		expect(longest.ok).toBe(true);
	});
});

describe('isPageLink', () => {
	it('takes a path on this site and an http(s) address', () => {
		expect(isPageLink('/cities/rajkot?tab=iccc')).toBe(true);
		expect(isPageLink('https://citysetu.example.gov.in/practices')).toBe(true);
		expect(isPageLink('http://localhost:3000/')).toBe(true);
	});

	it('refuses other schemes, protocol-relative links, words and spaces', () => {
		expect(isPageLink('javascript:alert(1)')).toBe(false);
		expect(isPageLink('mailto:a@b.in')).toBe(false);
		expect(isPageLink('//evil.example/')).toBe(false);
		expect(isPageLink('the home page')).toBe(false);
		expect(isPageLink('/cities/ rajkot')).toBe(false);
	});
});
