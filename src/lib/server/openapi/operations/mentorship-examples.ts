// Examples of the Mentorships area of the API.

export const id = '6f1c1f8e-4b7a-4c2e-9d51-3a0e1d2b7c40';
export const mentorId = '2d9e0c55-1f0a-4a8e-b9b4-7c1d6e5f3a21';
export const summaryExample = {
	id,
	programme: 'national-iccc-mentorship',
	mentor_city: { slug: 'rajkot', name: 'Rajkot' },
	mentee_city: { slug: 'sagar', name: 'Sagar' },
	mentor: { id: mentorId, name: 'Demo Mentor, Rajkot' },
	status: 'active',
	sectors: ['public-safety'],
	components: ['cctv-surveillance'],
	started_on: '2026-11-02',
	ended_on: null,
	next_session: '2026-12-08T05:30:00.000Z'
};
export const requestExample = {
	mentee_city: 'sagar',
	mentor_id: mentorId,
	sectors: ['public-safety'],
	components: ['cctv-surveillance'],
	need: 'We want to link the cameras of shops and schools to our command centre.'
};
