// The mentors' and programmes' endpoints: the public mentor directory and the Mission's
// mentorship programmes. Their answers are described here, with the schemas the contract test
// checks real answers against.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import { mentorApiQuery } from '$lib/schemas/mentor';
import { invalid } from '../answers';
import type { Operation } from '../answers';
import type { ApiVocabulary } from '../registry';

const text = v.string();
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(80));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const day = v.nullable(v.pipe(v.string(), v.isoDate(), v.description('A date, YYYY-MM-DD.')));

const programmeSchema = v.strictObject({
	slug,
	name_en: text,
	name_hi: text,
	status: v.picklist(Constants.public.Enums.programme_status),
	starts_on: day,
	ends_on: day,
	source_url: v.pipe(
		v.nullable(v.string()),
		v.description('Where the programme is published, if it is.')
	),
	confidence: v.pipe(
		v.nullable(v.picklist(Constants.public.Enums.source_confidence)),
		v.description(
			'How sure the published fact is: solid (several outlets or an official record), ' +
				'single (one outlet) or uncertain.'
		)
	)
});

export const programmeListSchema = v.pipe(
	v.strictObject({ programmes: v.array(programmeSchema) }),
	v.title('ProgrammeList')
);

const mentorSchema = v.strictObject({
	id: v.pipe(v.string(), v.uuid()),
	name: text,
	designation: v.nullable(text),
	city: v.nullable(v.strictObject({ slug, name: text })),
	sectors: v.pipe(v.array(slug), v.description('Sectors the mentor knows, by slug.')),
	components: v.pipe(v.array(slug), v.description('ICCC components the mentor knows, by slug.')),
	languages: v.pipe(
		v.array(text),
		v.description('BCP 47 tags of the languages the mentor speaks.')
	),
	capacity: v.pipe(count, v.description('How many mentee cities the mentor takes at once.')),
	active_mentorships: v.pipe(
		count,
		v.description('Mentee cities the mentor leads now (active or paused).')
	)
});

export const mentorPageSchema = v.pipe(
	v.strictObject({ total: count, page: count, per_page: count, mentors: v.array(mentorSchema) }),
	v.title('MentorPage')
);

const programmeExample = {
	slug: 'sister-cities-2020',
	name_en: 'Sister Cities (2020)',
	name_hi: 'सिस्टर सिटीज़ (2020)',
	status: 'closed',
	starts_on: '2020-02-20',
	ends_on: null,
	source_url: 'http://loksabhaph.nic.in/Questions/QResult15.aspx?qref=13613&lsno=17',
	confidence: 'solid'
};

const mentorExample = {
	id: '0b6f8a52-3f7e-4c1e-9d8a-5b2f4c6e7a10',
	name: 'Demo mentor, Surat',
	designation: 'Demo officer',
	city: { slug: 'surat', name: 'Surat' },
	sectors: ['water-sanitation'],
	components: ['drainage-scada'],
	languages: ['gu', 'hi', 'en'],
	capacity: 3,
	active_mentorships: 1
};

/** GET /api/v1/programmes and GET /api/v1/mentors. */
export const mentorOperations = (vocabulary: ApiVocabulary): Operation[] => [
	{
		method: 'get',
		path: '/api/v1/programmes',
		operationId: 'listProgrammes',
		tag: 'Mentors',
		summary: "List the Mission's mentorship programmes",
		description:
			'Every programme, running ones first, each with the published source it is recorded ' +
			'from and how sure that source is.',
		access: 'public',
		query: v.object({}),
		responses: {
			200: {
				description: 'The programmes.',
				schema: programmeListSchema,
				example: { programmes: [programmeExample] }
			},
			400: { ...invalid, description: 'A query parameter was given: this endpoint takes none.' }
		}
	},
	{
		method: 'get',
		path: '/api/v1/mentors',
		operationId: 'listMentors',
		tag: 'Mentors',
		summary: 'List mentors',
		description:
			'The mentor directory, by name, filtered as on the /mentors page and paged. Anyone ' +
			'sees the public profiles of active mentors; a signed-in officer sees every active ' +
			'mentor. No email is ever given.',
		access: 'public',
		query: mentorApiQuery({
			sectors: vocabulary.practices.sectors,
			components: vocabulary.practices.components
		}),
		notes: { per_page: 'How many to a page: 1 to 100, 20 by default.' },
		responses: {
			200: {
				description: 'One page of mentors, with the total that match.',
				schema: mentorPageSchema,
				example: { total: 1, page: 1, per_page: 20, mentors: [mentorExample] }
			},
			400: invalid
		}
	}
];
