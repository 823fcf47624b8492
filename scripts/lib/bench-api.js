// The JSON API's references: for each public GET, the request PostgREST answers directly with the
// same rows and columns the endpoint returns. Each is derived from the endpoint's answer (its
// documented fields), not from how the endpoint reads them today: the endpoints may serve
// reference data from memory, and the comparison stays fair only if the reference asks for the
// same data a client of PostgREST would need to build that answer.

const cityColumns =
	'slug,name,name_local,name_local_lang,state,zonal_council,selection_round,mission_status';

/**
 * The pairs to load: the app's path and PostgREST's, with the headers PostgREST needs. `anonKey`
 * is the stack's anon JWT, what the public's requests run as.
 */
export function apiReferences({ anonKey, city, practice }) {
	const headers = { authorization: `Bearer ${anonKey}`, accept: 'application/json' };
	// `total` in the answer is PostgREST's exact count, so the list references ask for it too;
	// PostgREST then answers 206 when the page holds fewer rows than the total.
	const counted = { ...headers, prefer: 'count=exact' };
	const partial = [200, 206];
	return [
		{
			// { total, page, per_page, cities: [8 summary fields] }: the first page of 100, by name.
			app: '/api/v1/cities',
			postgrest: `/cities?select=${cityColumns}&order=name.asc&offset=0&limit=100`,
			headers: counted,
			expect: partial
		},
		{
			// One city: the summary, its place, SPV and note, the ICCC fields and its components
			// (slug and names, in their sort order), matched by slug.
			app: `/api/v1/cities/${city}`,
			postgrest:
				`/cities?select=${cityColumns},latitude,longitude,spv_name,note_en,` +
				'iccc_operational_since,iccc_location_en,iccc_location_hi,iccc_summary_en,' +
				'iccc_summary_hi,iccc_components(slug,name_en,name_hi,sort_order)' +
				`&slug=eq.${city}`,
			headers: { ...headers, accept: 'application/vnd.pgrst.object+json' },
			expect: 200
		},
		{
			// { total, page, per_page, practices }: 20 published practices, newest first, each with
			// its summary fields and its city's slug and name (the state is what the state filter
			// needs, and the endpoint's own query reads it too).
			app: '/api/v1/practices',
			postgrest:
				'/practices?select=slug,kind,status,language,title,title_en,summary_en,sectors,' +
				'components,updated_at,city:cities!inner(slug,name,state)' +
				'&status=eq.published&order=updated_at.desc,slug.asc&offset=0&limit=20',
			headers: counted,
			expect: partial
		},
		{
			// One practice: its fields, Markdown (the endpoint also renders it to HTML, which is the
			// app's own work), outcomes, version, dates and its city's slug and name.
			app: `/api/v1/practices/${practice}`,
			postgrest:
				'/practices?select=slug,kind,status,language,title,title_en,summary_en,markdown,' +
				'sectors,components,outcomes,version,created_at,updated_at,' +
				`city:cities!inner(slug,name)&slug=eq.${practice}`,
			headers: { ...headers, accept: 'application/vnd.pgrst.object+json' },
			expect: 200
		}
	];
}
