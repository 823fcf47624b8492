-- Names of places in the reader's language: the cities, the states and union territories, the
-- zonal councils and the ICCC components in Hindi, Gujarati and Marathi, each with where it comes
-- from and how sure it is (the tags of frameworks.md). Reference data, kept in the repository
-- (supabase/data/place-names.csv) and written by the seed; the English names are the records' own.
create table public.place_names (
	kind text not null check (kind in ('city', 'state', 'zone', 'component')),
	key text not null check (length(key) between 1 and 120),
	lang text not null check (lang ~ '^[a-z]{2,3}$'),
	name text not null check (length(name) between 1 and 200),
	source text not null check (length(source) between 1 and 2000),
	confidence text not null check (confidence in ('solid', 'single', 'uncertain')),
	primary key (kind, key, lang)
);
alter table public.place_names enable row level security;
create policy "place names are public" on public.place_names for select to anon, authenticated
	using (true);
grant select on public.place_names to anon, authenticated;
grant all on public.place_names to service_role;

-- Pages keep the names in memory until this notice says they changed.
create trigger notify_change after insert or update or delete or truncate on public.place_names
for each statement execute function app.notify_change();

-- Writes the names of the repository's file (p_rows [{kind, key, lang, name, source,
-- confidence}]): new ones are added, changed ones replaced, in one transaction. Returns how many
-- rows it wrote.
create function public.seed_place_names(p_rows jsonb)
returns int
language plpgsql volatile
set search_path = ''
as $$
declare
	written int;
begin
	insert into public.place_names (kind, key, lang, name, source, confidence)
	select kind, key, lang, name, source, confidence
	from jsonb_to_recordset(p_rows) as r(
		kind text, key text, lang text, name text, source text, confidence text
	)
	on conflict (kind, key, lang) do update
		set name = excluded.name, source = excluded.source, confidence = excluded.confidence
		where (public.place_names.name, public.place_names.source, public.place_names.confidence)
			is distinct from (excluded.name, excluded.source, excluded.confidence);
	get diagnostics written = row_count;
	return written;
end
$$;
revoke execute on function public.seed_place_names(jsonb) from public, anon, authenticated;
grant execute on function public.seed_place_names(jsonb) to service_role;

-- The fallback search, as before (20261201110000_least_privilege.sql), with each record's
-- romanised companion (20261206090000_search_companions.sql) and its city's names in every
-- language in the text its word groups are looked for in.
do $outer$
declare
	trgm text := (
		select quote_ident(n.nspname) from pg_extension e
		join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'
	);
begin
	execute replace($fn$
create or replace function public.search_fallback(
	p_groups jsonb,
	p_query text,
	p_filters jsonb,
	p_limit int,
	p_offset int
)
returns jsonb
language plpgsql stable security invoker
set search_path = ''
as $$
declare
	tsq tsquery;
	group_query tsquery;
	grp jsonb;
	term text;
	result jsonb;
begin
	if p_limit is null or p_limit < 0 or p_limit > 100 then
		raise exception 'p_limit must be from 0 to 100' using errcode = '22023';
	end if;
	if p_offset is null or p_offset < 0 or p_offset > 10000 then
		raise exception 'p_offset must be from 0 to 10000' using errcode = '22023';
	end if;
	if length(p_query) > 1000 then
		raise exception 'the query is too long' using errcode = '22023';
	end if;
	if jsonb_typeof(coalesce(p_groups, '[]')) <> 'array'
		or jsonb_array_length(coalesce(p_groups, '[]')) > 100
		or exists (
			select 1 from jsonb_array_elements(coalesce(p_groups, '[]')) g
			where jsonb_typeof(g.value) <> 'array'
		)
	then
		raise exception 'p_groups must be at most 100 arrays of terms' using errcode = '22023';
	end if;
	if (
		select count(*) from jsonb_array_elements(coalesce(p_groups, '[]')) g,
			jsonb_array_elements(g.value) t
	) > 500 or exists (
		select 1 from jsonb_array_elements(coalesce(p_groups, '[]')) g,
			jsonb_array_elements(g.value) t
		where jsonb_typeof(t.value) <> 'string' or length(t.value #>> '{}') > 200
	) then
		raise exception 'p_groups may hold at most 500 terms of at most 200 characters'
			using errcode = '22023';
	end if;

	for grp in select value from jsonb_array_elements(coalesce(p_groups, '[]')) loop
		group_query := null;
		for term in select value from jsonb_array_elements_text(grp) loop
			if numnode(phraseto_tsquery('simple', term)) > 0 then
				group_query := case when group_query is null then phraseto_tsquery('simple', term)
					else group_query || phraseto_tsquery('simple', term) end;
			end if;
		end loop;
		if group_query is not null then
			tsq := case when tsq is null then group_query else tsq && group_query end;
		end if;
	end loop;

	with city_names as (
		-- Each city's names in every other language, read once for all the rows below.
		select pn.key, string_agg(pn.name, ' ') as names from public.place_names pn
		where pn.kind = 'city' group by pn.key
	),
	docs as (
		select 'practice' as type, p.slug, p.title, p.title_en, p.summary_en, p.language,
			p.kind::text as kind, p.sectors, p.components, c.slug as city_slug, c.name as city_name,
			c.state, c.zonal_council as zone, p.updated_at,
			p.title || ' ' || p.title_en as titles,
			lower(p.title || ' ' || p.title_en || ' ' || p.summary_en || ' ' || p.markdown || ' '
				|| c.name || ' ' || coalesce(c.name_local, '') || ' ' || c.state || ' '
				|| array_to_string(p.sectors, ' ') || ' ' || array_to_string(p.components, ' ')
				|| ' ' || coalesce(sc.roman, '') || ' ' || coalesce(cn.names, '')) as body
		from public.practices p
		join public.cities c on c.id = p.city_id
		left join public.search_companions sc on sc.entity = 'practice' and sc.entity_id = p.id
		left join city_names cn on cn.key = c.slug
		where p.status = 'published'
		union all
		select 'city', c.slug, c.name, c.name, coalesce(c.iccc_summary_en, ''), 'en', null,
			'{}'::text[], array(select component_slug from public.city_components where city_id = c.id),
			c.slug, c.name, c.state, c.zonal_council, c.updated_at,
			c.name || ' ' || coalesce(c.name_local, ''),
			lower(c.name || ' ' || coalesce(c.name_local, '') || ' ' || c.state || ' '
				|| coalesce(c.iccc_summary_en, '') || ' ' || coalesce(c.iccc_summary_hi, '')
				|| ' ' || coalesce(c.spv_name, '') || ' ' || coalesce(sc.roman, '') || ' '
				|| coalesce(cn.names, ''))
		from public.cities c
		left join public.search_companions sc on sc.entity = 'city' and sc.entity_id = c.id
		left join city_names cn on cn.key = c.slug
	),
	filtered as (
		select * from docs d
		where (p_filters ->> 'kind' is null or d.kind = p_filters ->> 'kind')
			and (p_filters ->> 'sector' is null or (p_filters ->> 'sector') = any (d.sectors))
			and (p_filters ->> 'component' is null or (p_filters ->> 'component') = any (d.components))
			and (p_filters ->> 'state' is null or d.state = p_filters ->> 'state')
			and (p_filters ->> 'zone' is null or d.zone = p_filters ->> 'zone')
			and (p_filters ->> 'language' is null or d.language = p_filters ->> 'language')
			and (p_filters ->> 'city' is null or d.city_slug = p_filters ->> 'city')
			and (p_filters ->> 'type' is null or d.type = p_filters ->> 'type')
	),
	matched as (
		select f.*,
			coalesce(ts_rank(
				setweight(to_tsvector('simple', f.titles), 'A')
				|| setweight(to_tsvector('simple', f.summary_en), 'B')
				|| setweight(to_tsvector('simple', f.body), 'C'),
				tsq), 0)
			+ greatest(@trgm@.similarity(f.titles, coalesce(p_query, '')), 0) as rank
		from filtered f
		where not exists (
			-- a group none of whose terms is in the text, nor (for a word of four letters or
			-- more) close to a word of the titles
			select 1 from jsonb_array_elements(coalesce(p_groups, '[]')) g
			where not exists (
				select 1 from jsonb_array_elements_text(g.value) t
				where position(lower(t.value) in f.body) > 0
					or (length(t.value) >= 4
						and @trgm@.word_similarity(lower(t.value), lower(f.titles)) >= 0.6)
			)
		)
	)
	select jsonb_build_object(
		'total', (select count(*) from matched),
		'hits', coalesce((
			select jsonb_agg(to_jsonb(h) - 'titles' - 'body' - 'rank' - 'updated_at' - 'sectors' - 'components')
			from (
				select * from matched
				order by
					case when p_filters ->> 'sort' = 'newest' then 0 else rank end desc,
					updated_at desc, slug
				limit p_limit offset p_offset
			) h
		), '[]'),
		'facets', jsonb_build_object(
			'type', (select coalesce(jsonb_object_agg(v, n), '{}') from (
				select type v, count(*) n from matched group by 1) x),
			'kind', (select coalesce(jsonb_object_agg(v, n), '{}') from (
				select kind v, count(*) n from matched where kind is not null group by 1) x),
			'sectors', (select coalesce(jsonb_object_agg(v, n), '{}') from (
				select unnest(sectors) v, count(*) n from matched group by 1) x),
			'components', (select coalesce(jsonb_object_agg(v, n), '{}') from (
				select unnest(components) v, count(*) n from matched where type = 'practice'
				group by 1) x),
			'state', (select coalesce(jsonb_object_agg(v, n), '{}') from (
				select state v, count(*) n from matched group by 1) x),
			'zone', (select coalesce(jsonb_object_agg(v, n), '{}') from (
				select zone v, count(*) n from matched group by 1) x),
			'language', (select coalesce(jsonb_object_agg(v, n), '{}') from (
				select language v, count(*) n from matched where type = 'practice' group by 1) x),
			'city', (select coalesce(jsonb_object_agg(v, n), '{}') from (
				select city_slug v, count(*) n from matched where type = 'practice' group by 1) x)
		)
	) into result;
	return result;
end
$$
$fn$, '@trgm@', trgm);
end
$outer$;
