-- The 100 Mission cities, the ICCC component catalogue and which components each city runs.
-- Reference data: anyone may read it; only system work (service role) writes it for now.

create extension if not exists pg_trgm;

create table public.cities (
	id uuid primary key default gen_random_uuid(),
	slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
	name text not null check (length(name) between 1 and 120),
	name_local text check (length(name_local) <= 120),
	-- BCP 47 tag of name_local, so pages can mark it with the right lang attribute.
	name_local_lang text check (name_local_lang ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
	state text not null check (length(state) between 1 and 80),
	zonal_council text not null check (
		zonal_council in ('northern', 'western', 'southern', 'eastern', 'north-eastern', 'central')
	),
	selection_round text not null check (
		selection_round in ('round-1', 'fast-track', 'round-2', 'round-3', 'round-4')
	),
	latitude numeric(7, 4) check (latitude between -90 and 90),
	longitude numeric(7, 4) check (longitude between -180 and 180),
	spv_name text check (length(spv_name) <= 200),
	mission_status text not null default 'active' check (mission_status in ('active', 'withdrawn')),
	note_en text check (length(note_en) <= 500),
	iccc_operational_since smallint check (iccc_operational_since between 2010 and 2100),
	iccc_location_en text check (length(iccc_location_en) <= 200),
	iccc_location_hi text check (length(iccc_location_hi) <= 200),
	iccc_summary_en text check (length(iccc_summary_en) <= 2000),
	iccc_summary_hi text check (length(iccc_summary_hi) <= 2000),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

create index cities_state_idx on public.cities (state);
create index cities_zonal_council_idx on public.cities (zonal_council);
create index cities_selection_round_idx on public.cities (selection_round);

create table public.iccc_components (
	slug text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	name_en text not null check (length(name_en) between 1 and 120),
	name_hi text not null check (length(name_hi) between 1 and 120),
	description_en text check (length(description_en) <= 500),
	description_hi text check (length(description_hi) <= 500),
	sort_order smallint not null default 0
);

create table public.city_components (
	city_id uuid not null references public.cities (id) on delete cascade,
	component_slug text not null references public.iccc_components (slug) on update cascade,
	primary key (city_id, component_slug)
);

create index city_components_component_idx on public.city_components (component_slug);

create function public.touch_updated_at() returns trigger
language plpgsql as $$
begin
	new.updated_at := now();
	return new;
end
$$;

create trigger cities_touch_updated_at before update on public.cities
	for each row execute function public.touch_updated_at();

-- Row-level security on every table. Reference data is public to read; no policy grants
-- writes, so only the service role (which bypasses RLS) can change it until admin tools exist.
alter table public.cities enable row level security;
alter table public.iccc_components enable row level security;
alter table public.city_components enable row level security;

create policy "cities are public" on public.cities for select to anon, authenticated using (true);
create policy "components are public" on public.iccc_components
	for select to anon, authenticated using (true);
create policy "city components are public" on public.city_components
	for select to anon, authenticated using (true);

-- The directory's filter choices with counts, computed in one query rather than per option.
create function public.city_filter_options()
returns jsonb
language sql stable security invoker
set search_path = ''
as $$
	select jsonb_build_object(
		'states', coalesce((
			select jsonb_agg(jsonb_build_object('value', state, 'count', n) order by state)
			from (select state, count(*) as n from public.cities group by state) s
		), '[]'::jsonb),
		'zones', coalesce((
			select jsonb_agg(jsonb_build_object('value', zonal_council, 'count', n) order by zonal_council)
			from (select zonal_council, count(*) as n from public.cities group by zonal_council) z
		), '[]'::jsonb),
		'rounds', coalesce((
			select jsonb_agg(jsonb_build_object('value', selection_round, 'count', n) order by selection_round)
			from (select selection_round, count(*) as n from public.cities group by selection_round) r
		), '[]'::jsonb)
	);
$$;

-- Headline figures for the home page.
create function public.programme_headlines()
returns jsonb
language sql stable security invoker
set search_path = ''
as $$
	select jsonb_build_object(
		'cities', (select count(*) from public.cities where mission_status = 'active'),
		'states', (select count(distinct state) from public.cities),
		-- A command centre counts as documented once anything about it is recorded.
		'icccs_documented', (select count(*) from public.cities c where c.iccc_operational_since is not null
			or c.iccc_location_en is not null
			or exists (select 1 from public.city_components cc where cc.city_id = c.id)),
		'components', (select count(*) from public.iccc_components)
	);
$$;

grant select on public.cities, public.iccc_components, public.city_components to anon, authenticated;
grant execute on function public.city_filter_options(), public.programme_headlines() to anon, authenticated;

-- Seeds the reference data in one transaction (system work only): components, cities and the
-- components each city runs. Rows that already exist are left as they are.
create function public.seed_reference_data(components jsonb, cities jsonb, city_components jsonb)
returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	added_components int;
	added_cities int;
	added_links int;
begin
	insert into public.iccc_components (slug, name_en, name_hi, description_en, description_hi, sort_order)
	select slug, name_en, name_hi, description_en, description_hi, sort_order
	from jsonb_to_recordset(components) as c(
		slug text, name_en text, name_hi text, description_en text, description_hi text, sort_order smallint
	)
	on conflict (slug) do nothing;
	get diagnostics added_components = row_count;

	insert into public.cities (
		slug, name, name_local, name_local_lang, state, zonal_council, selection_round, latitude,
		longitude, spv_name, mission_status, note_en, iccc_operational_since, iccc_location_en,
		iccc_location_hi, iccc_summary_en, iccc_summary_hi
	)
	select slug, name, name_local, name_local_lang, state, zonal_council, selection_round, latitude,
		longitude, spv_name, coalesce(mission_status, 'active'), note_en, iccc_operational_since,
		iccc_location_en, iccc_location_hi, iccc_summary_en, iccc_summary_hi
	from jsonb_to_recordset(cities) as c(
		slug text, name text, name_local text, name_local_lang text, state text, zonal_council text,
		selection_round text, latitude numeric, longitude numeric, spv_name text, mission_status text,
		note_en text, iccc_operational_since smallint, iccc_location_en text, iccc_location_hi text,
		iccc_summary_en text, iccc_summary_hi text
	)
	on conflict (slug) do nothing;
	get diagnostics added_cities = row_count;

	insert into public.city_components (city_id, component_slug)
	select ci.id, l.component
	from jsonb_to_recordset(city_components) as l(city text, component text)
	join public.cities ci on ci.slug = l.city
	on conflict do nothing;
	get diagnostics added_links = row_count;

	return jsonb_build_object(
		'components', added_components, 'cities', added_cities, 'city_components', added_links
	);
end
$$;

revoke execute on function public.seed_reference_data(jsonb, jsonb, jsonb) from public, anon, authenticated;
grant execute on function public.seed_reference_data(jsonb, jsonb, jsonb) to service_role;
