-- Assessments: the Mission's maturity frameworks (IMAF, DMAF, CSCAF…) as data, their rounds,
-- and scores per city × parameter × round, with an optional overall score and rank.
--
-- A framework is a tree (framework → pillar, dimension or theme → parameter) whose nodes carry
-- English and Hindi names and a scoring scheme; a new framework is an import (import_framework),
-- not a migration. Every seeded fact carries its source and its confidence; generated sample
-- values of the local demo are marked `is_sample` wherever they go.
--
-- Frameworks are public. A round is public or private, as an admin chooses; the scores and
-- results of a public round are public, those of a private round are the admins' alone.

create type public.score_scheme as enum ('percentage', 'level', 'stars');
create type public.framework_node_kind as enum ('pillar', 'dimension', 'theme', 'component', 'parameter');

-- What each scheme accepts: a percentage 0–100 (two decimals), a level 1–5, or 0–5 stars.
create function app.score_in_range(p_scheme public.score_scheme, p_value numeric) returns boolean
language sql immutable
set search_path = ''
as $$
	select p_value is null or case p_scheme
		when 'percentage' then p_value between 0 and 100 and p_value = round(p_value, 2)
		when 'level' then p_value between 1 and 5 and p_value = trunc(p_value)
		when 'stars' then p_value between 0 and 5 and p_value = trunc(p_value)
	end;
$$;

create table public.frameworks (
	id uuid primary key default gen_random_uuid(),
	slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 40),
	acronym text not null check (length(acronym) between 1 and 20),
	name_en text not null check (length(name_en) between 1 and 200),
	name_hi text not null check (length(name_hi) between 1 and 200),
	description_en text not null default '' check (length(description_en) <= 4000),
	description_hi text not null default '' check (length(description_hi) <= 4000),
	scheme public.score_scheme not null,
	source_url text check (source_url ~ '^https?://' and length(source_url) <= 500),
	confidence public.source_confidence,
	-- What is uncertain or not found about the framework, said plainly.
	note_en text check (length(note_en) <= 2000),
	position smallint not null default 0,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

create table public.framework_nodes (
	id uuid primary key default gen_random_uuid(),
	framework_id uuid not null references public.frameworks (id) on delete cascade,
	parent_id uuid references public.framework_nodes (id) on delete cascade,
	slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
	kind public.framework_node_kind not null,
	name_en text not null check (length(name_en) between 1 and 200),
	name_hi text not null check (length(name_hi) between 1 and 200),
	-- Empty: the framework's scheme.
	scheme public.score_scheme,
	position smallint not null default 0,
	source_url text check (source_url ~ '^https?://' and length(source_url) <= 500),
	confidence public.source_confidence,
	note_en text check (length(note_en) <= 2000),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (framework_id, slug),
	constraint framework_nodes_not_own_parent check (parent_id is distinct from id)
);

create index framework_nodes_parent_idx on public.framework_nodes (parent_id);

create table public.assessment_rounds (
	id uuid primary key default gen_random_uuid(),
	framework_id uuid not null references public.frameworks (id) on delete cascade,
	slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 60),
	name_en text not null check (length(trim(name_en)) between 1 and 200),
	name_hi text check (length(name_hi) <= 200),
	year smallint not null check (year between 2015 and 2100),
	assessing_body text not null check (length(trim(assessing_body)) between 1 and 200),
	is_public boolean not null default false,
	results_on date,
	cities_assessed smallint check (cities_assessed between 1 and 5000),
	source_url text check (source_url ~ '^https?://' and length(source_url) <= 500),
	confidence public.source_confidence,
	note_en text check (length(note_en) <= 2000),
	version int not null default 1,
	created_by uuid references public.users (id) on delete set null default app.user_id(),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (framework_id, slug)
);

-- One import of a file of scores, with who made it: what "who changed what" points to.
create table public.assessment_imports (
	id uuid primary key default gen_random_uuid(),
	round_id uuid not null references public.assessment_rounds (id) on delete cascade,
	imported_by uuid references public.users (id) on delete set null default app.user_id(),
	file_name text not null check (length(file_name) between 1 and 255),
	file_kind text not null check (file_kind in ('csv', 'xlsx', 'api')),
	file_sha256 text check (file_sha256 ~ '^[0-9a-f]{64}$'),
	imported int not null default 0,
	unchanged int not null default 0,
	removed int not null default 0,
	created_at timestamptz not null default now()
);

create index assessment_imports_round_idx on public.assessment_imports (round_id, created_at);

create table public.assessment_scores (
	id uuid primary key default gen_random_uuid(),
	round_id uuid not null references public.assessment_rounds (id) on delete cascade,
	city_id uuid not null references public.cities (id),
	node_id uuid not null references public.framework_nodes (id) on delete cascade,
	-- Empty where only a rank is published (Chandigarh first in cyber security).
	value numeric,
	rank smallint check (rank between 1 and 5000),
	is_sample boolean not null default false,
	source_url text check (source_url ~ '^https?://' and length(source_url) <= 500),
	confidence public.source_confidence,
	note_en text check (length(note_en) <= 2000),
	import_id uuid references public.assessment_imports (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (round_id, city_id, node_id),
	constraint assessment_scores_value_or_rank check (value is not null or rank is not null)
);

create index assessment_scores_city_idx on public.assessment_scores (city_id, round_id);
create index assessment_scores_node_idx on public.assessment_scores (round_id, node_id, value desc);

-- A city's overall score and rank in a round, where published (or sampled in the demo).
create table public.assessment_results (
	round_id uuid not null references public.assessment_rounds (id) on delete cascade,
	city_id uuid not null references public.cities (id),
	value numeric,
	rank smallint check (rank between 1 and 5000),
	is_sample boolean not null default false,
	source_url text check (source_url ~ '^https?://' and length(source_url) <= 500),
	confidence public.source_confidence,
	note_en text check (length(note_en) <= 2000),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	primary key (round_id, city_id),
	constraint assessment_results_value_or_rank check (value is not null or rank is not null)
);

create index assessment_results_city_idx on public.assessment_results (city_id);

-- What each import changed, value by value: the old and the new.
create table public.assessment_import_changes (
	import_id uuid not null references public.assessment_imports (id) on delete cascade,
	city_id uuid not null references public.cities (id),
	node_id uuid not null references public.framework_nodes (id) on delete cascade,
	old_value numeric,
	new_value numeric,
	primary key (import_id, city_id, node_id)
);

create trigger frameworks_touch_updated_at before update on public.frameworks
	for each row execute function public.touch_updated_at();
create trigger framework_nodes_touch_updated_at before update on public.framework_nodes
	for each row execute function public.touch_updated_at();
create trigger assessment_scores_touch_updated_at before update on public.assessment_scores
	for each row execute function public.touch_updated_at();
create trigger assessment_results_touch_updated_at before update on public.assessment_results
	for each row execute function public.touch_updated_at();

-- Checks --------------------------------------------------------------------------------------------

-- A node's parent is in the same framework.
create function app.check_framework_node() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
	if new.parent_id is not null and not exists (
		select 1 from public.framework_nodes p
		where p.id = new.parent_id and p.framework_id = new.framework_id
	) then
		raise exception 'a node''s parent belongs to the same framework' using errcode = '22023', hint = 'parent';
	end if;
	return new;
end
$$;

create trigger framework_nodes_check before insert or update on public.framework_nodes
	for each row execute function app.check_framework_node();

-- The scheme a node is scored on: its own, else its framework's.
create function app.node_scheme(p_node_id uuid) returns public.score_scheme
language sql stable security definer
set search_path = ''
as $$
	select coalesce(n.scheme, f.scheme) from public.framework_nodes n
	join public.frameworks f on f.id = n.framework_id where n.id = p_node_id;
$$;

-- A score's node belongs to the round's framework, and its value fits the node's scheme.
create function app.check_assessment_score() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
	if not exists (
		select 1 from public.framework_nodes n join public.assessment_rounds r
			on r.framework_id = n.framework_id
		where n.id = new.node_id and r.id = new.round_id
	) then
		raise exception 'the parameter belongs to another framework' using errcode = '22023', hint = 'parameter';
	end if;
	if not app.score_in_range(app.node_scheme(new.node_id), new.value) then
		raise exception 'value % is out of range for %', new.value, app.node_scheme(new.node_id)
			using errcode = '22023', hint = 'value';
	end if;
	return new;
end
$$;

create trigger assessment_scores_check before insert or update on public.assessment_scores
	for each row execute function app.check_assessment_score();

create function app.check_assessment_result() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
	if not app.score_in_range((select f.scheme from public.assessment_rounds r
		join public.frameworks f on f.id = r.framework_id where r.id = new.round_id), new.value) then
		raise exception 'value % is out of range', new.value using errcode = '22023', hint = 'value';
	end if;
	return new;
end
$$;

create trigger assessment_results_check before insert or update on public.assessment_results
	for each row execute function app.check_assessment_result();

create function app.guard_round_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if tg_op = 'INSERT' then
		new.version := 1;
		new.created_at := now();
	else
		new.framework_id := old.framework_id;
		new.created_by := old.created_by;
		new.created_at := old.created_at;
		new.version := old.version + 1;
	end if;
	new.updated_at := now();
	return new;
end
$$;

create trigger assessment_rounds_guard_write before insert or update on public.assessment_rounds
	for each row execute function app.guard_round_write();

create function app.round_is_public(p_round_id uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select coalesce((select is_public from public.assessment_rounds where id = p_round_id), false);
$$;

revoke execute on all functions in schema app from public;
grant execute on all functions in schema app to anon, authenticated, service_role;

-- Row-level security ----------------------------------------------------------------------------------

alter table public.frameworks enable row level security;
alter table public.framework_nodes enable row level security;
alter table public.assessment_rounds enable row level security;
alter table public.assessment_scores enable row level security;
alter table public.assessment_results enable row level security;
alter table public.assessment_imports enable row level security;
alter table public.assessment_import_changes enable row level security;

create policy "frameworks are public" on public.frameworks
	for select to anon, authenticated using (true);
create policy "admins keep frameworks" on public.frameworks
	for all to authenticated using (app.is_admin()) with check (app.is_admin());
create policy "framework nodes are public" on public.framework_nodes
	for select to anon, authenticated using (true);
create policy "admins keep framework nodes" on public.framework_nodes
	for all to authenticated using (app.is_admin()) with check (app.is_admin());

create policy "public rounds are public, admins read all" on public.assessment_rounds
	for select to anon, authenticated using (is_public or app.is_admin());
create policy "admins create rounds" on public.assessment_rounds
	for insert to authenticated with check (app.is_admin());
create policy "admins change rounds" on public.assessment_rounds
	for update to authenticated using (app.is_admin()) with check (app.is_admin());

create policy "scores of public rounds are public, admins read all" on public.assessment_scores
	for select to anon, authenticated using (app.round_is_public(round_id) or app.is_admin());
create policy "admins write scores" on public.assessment_scores
	for all to authenticated using (app.is_admin()) with check (app.is_admin());
create policy "results of public rounds are public, admins read all" on public.assessment_results
	for select to anon, authenticated using (app.round_is_public(round_id) or app.is_admin());
create policy "admins write results" on public.assessment_results
	for all to authenticated using (app.is_admin()) with check (app.is_admin());

create policy "admins read imports" on public.assessment_imports
	for select to authenticated using (app.is_admin());
create policy "admins record imports" on public.assessment_imports
	for insert to authenticated with check (app.is_admin());
create policy "admins read import changes" on public.assessment_import_changes
	for select to authenticated using (app.is_admin());
create policy "admins record import changes" on public.assessment_import_changes
	for insert to authenticated with check (app.is_admin());

grant select on public.frameworks, public.framework_nodes to anon, authenticated;
grant insert, update on public.frameworks, public.framework_nodes to authenticated;
grant select on public.assessment_rounds to anon, authenticated;
grant insert (framework_id, slug, name_en, name_hi, year, assessing_body, is_public, results_on,
	cities_assessed, source_url, confidence, note_en) on public.assessment_rounds to authenticated;
grant update (name_en, name_hi, year, assessing_body, is_public, results_on, cities_assessed,
	source_url, confidence, note_en) on public.assessment_rounds to authenticated;
grant select (id, round_id, city_id, node_id, value, rank, is_sample, source_url, confidence,
	note_en, created_at, updated_at) on public.assessment_scores to anon;
grant select on public.assessment_scores to authenticated;
grant insert, update, delete on public.assessment_scores to authenticated;
grant select on public.assessment_results to anon, authenticated;
grant insert, update, delete on public.assessment_results to authenticated;
grant select, insert on public.assessment_imports, public.assessment_import_changes to authenticated;

-- Imports ------------------------------------------------------------------------------------------------

-- Adds or updates a framework with its nodes and rounds, by slug, as data (`p`: the framework's
-- fields, `nodes: [{ slug, parent?, kind, name_en, name_hi, scheme?, source_url?, confidence?,
-- note_en? }]` with parents before children, `rounds: [{ slug, name_en, year, assessing_body,
-- is_public, … }]`). Nothing is deleted. Admins and system work only. Returns the framework id.
create function public.import_framework(p jsonb) returns uuid
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	fw uuid;
	n jsonb;
	r jsonb;
	i int := 0;
begin
	if current_user = 'authenticated' and not app.is_admin() then
		raise exception 'only an admin imports a framework' using errcode = '42501';
	end if;
	insert into public.frameworks (slug, acronym, name_en, name_hi, description_en, description_hi,
		scheme, source_url, confidence, note_en, position)
	values (p ->> 'slug', p ->> 'acronym', p ->> 'name_en', p ->> 'name_hi',
		coalesce(p ->> 'description_en', ''), coalesce(p ->> 'description_hi', ''),
		(p ->> 'scheme')::public.score_scheme, p ->> 'source_url',
		(p ->> 'confidence')::public.source_confidence, p ->> 'note_en',
		coalesce((p ->> 'position')::smallint, 0))
	on conflict (slug) do update set acronym = excluded.acronym, name_en = excluded.name_en,
		name_hi = excluded.name_hi, description_en = excluded.description_en,
		description_hi = excluded.description_hi, scheme = excluded.scheme,
		source_url = excluded.source_url, confidence = excluded.confidence,
		note_en = excluded.note_en, position = excluded.position
	returning id into fw;
	for n in select * from jsonb_array_elements(coalesce(p -> 'nodes', '[]')) loop
		i := i + 1;
		insert into public.framework_nodes (framework_id, parent_id, slug, kind, name_en, name_hi,
			scheme, position, source_url, confidence, note_en)
		values (fw,
			(select id from public.framework_nodes where framework_id = fw and slug = n ->> 'parent'),
			n ->> 'slug', (n ->> 'kind')::public.framework_node_kind, n ->> 'name_en', n ->> 'name_hi',
			(n ->> 'scheme')::public.score_scheme, i, n ->> 'source_url',
			(n ->> 'confidence')::public.source_confidence, n ->> 'note_en')
		on conflict (framework_id, slug) do update set parent_id = excluded.parent_id,
			kind = excluded.kind, name_en = excluded.name_en, name_hi = excluded.name_hi,
			scheme = excluded.scheme, position = excluded.position, source_url = excluded.source_url,
			confidence = excluded.confidence, note_en = excluded.note_en;
		if n ? 'parent' and not exists (select 1 from public.framework_nodes
			where framework_id = fw and slug = n ->> 'parent') then
			raise exception 'node % names an unknown parent %', n ->> 'slug', n ->> 'parent'
				using errcode = '22023', hint = 'parent';
		end if;
	end loop;
	for r in select * from jsonb_array_elements(coalesce(p -> 'rounds', '[]')) loop
		insert into public.assessment_rounds (framework_id, slug, name_en, name_hi, year,
			assessing_body, is_public, results_on, cities_assessed, source_url, confidence, note_en)
		values (fw, r ->> 'slug', r ->> 'name_en', r ->> 'name_hi', (r ->> 'year')::smallint,
			r ->> 'assessing_body', coalesce((r ->> 'is_public')::boolean, false),
			(r ->> 'results_on')::date, (r ->> 'cities_assessed')::smallint, r ->> 'source_url',
			(r ->> 'confidence')::public.source_confidence, r ->> 'note_en')
		on conflict (framework_id, slug) do nothing;
	end loop;
	return fw;
end
$$;

revoke execute on function public.import_framework(jsonb) from public, anon;
grant execute on function public.import_framework(jsonb) to authenticated, service_role;

-- Replaces a round's parameter values with a file's, in one transaction (admins only). `p_rows`:
-- [{ city (slug), parameter (slug), value }], checked beforehand by the app and again here.
-- A value equal to the stored one is unchanged (so the same file twice changes nothing); a new
-- or different value is imported and loses any sample mark or seeded source; a stored value
-- the file leaves out is removed (a published rank stays), as are the round's sample overall
-- results. Every change is recorded with the import. Returns { imported, unchanged, removed, import_id }.
create function public.import_assessment_scores(p_round_id uuid, p_rows jsonb, p_file jsonb)
returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	rnd public.assessment_rounds;
	bad jsonb;
	n_imported int;
	n_unchanged int;
	n_removed int;
	imp uuid;
begin
	if not app.is_admin() and current_user = 'authenticated' then
		raise exception 'only an admin imports scores' using errcode = '42501';
	end if;
	select * into rnd from public.assessment_rounds where id = p_round_id for update;
	if not found then
		raise exception 'no round %', p_round_id using errcode = 'P0002', hint = 'round';
	end if;
	-- Two imports in one transaction (a test's) must not meet each other's tables.
	drop table if exists pg_temp.incoming, pg_temp.current_values;
	create temporary table incoming on commit drop as
	select x.n as row_number, x.r ->> 'city' as city_slug, x.r ->> 'parameter' as node_slug,
		(x.r ->> 'value')::numeric as value, c.id as city_id, nd.id as node_id
	from jsonb_array_elements(p_rows) with ordinality as x(r, n)
	left join public.cities c on c.slug = x.r ->> 'city'
	left join public.framework_nodes nd on nd.slug = x.r ->> 'parameter'
		and nd.framework_id = rnd.framework_id;
	select to_jsonb(i) into bad from incoming i
	where i.city_id is null or i.node_id is null or i.value is null limit 1;
	if bad is not null then
		raise exception 'row % names an unknown city or parameter, or has no value', bad ->> 'row_number'
			using errcode = '22023', hint = 'rows';
	end if;
	if exists (select 1 from incoming group by city_id, node_id having count(*) > 1) then
		raise exception 'a city and parameter appear twice' using errcode = '22023', hint = 'rows';
	end if;
	create temporary table current_values on commit drop as
	select s.city_id, s.node_id, s.value, s.rank from public.assessment_scores s
	where s.round_id = p_round_id and s.value is not null;

	select count(*) into n_unchanged from incoming i join current_values c
		using (city_id, node_id) where c.value = i.value;
	select count(*) into n_imported from incoming i left join current_values c
		using (city_id, node_id) where c.value is null or c.value <> i.value;
	select count(*) into n_removed from current_values c
		where not exists (select 1 from incoming i where i.city_id = c.city_id and i.node_id = c.node_id);
	if n_imported = 0 and n_removed = 0 then
		return jsonb_build_object('imported', 0, 'unchanged', n_unchanged, 'removed', 0);
	end if;

	insert into public.assessment_imports (round_id, file_name, file_kind, file_sha256, imported,
		unchanged, removed)
	values (p_round_id, coalesce(p_file ->> 'name', 'scores.csv'), coalesce(p_file ->> 'kind', 'csv'),
		p_file ->> 'sha256', n_imported, n_unchanged, n_removed)
	returning id into imp;
	insert into public.assessment_import_changes (import_id, city_id, node_id, old_value, new_value)
	select imp, i.city_id, i.node_id, c.value, i.value from incoming i
	left join current_values c using (city_id, node_id)
	where c.value is null or c.value <> i.value
	union all
	select imp, c.city_id, c.node_id, c.value, null from current_values c
	where not exists (select 1 from incoming i where i.city_id = c.city_id and i.node_id = c.node_id);

	delete from public.assessment_scores s using current_values c
	where s.round_id = p_round_id and s.city_id = c.city_id and s.node_id = c.node_id and s.rank is null
		and not exists (select 1 from incoming i where i.city_id = c.city_id and i.node_id = c.node_id);
	update public.assessment_scores s set value = null, import_id = imp
	from current_values c
	where s.round_id = p_round_id and s.city_id = c.city_id and s.node_id = c.node_id and s.rank is not null
		and not exists (select 1 from incoming i where i.city_id = c.city_id and i.node_id = c.node_id);
	-- Real values make the round's generated overall results meaningless: they go too.
	delete from public.assessment_results where round_id = p_round_id and is_sample;
	insert into public.assessment_scores (round_id, city_id, node_id, value, import_id)
	select p_round_id, i.city_id, i.node_id, i.value, imp from incoming i
	left join current_values c using (city_id, node_id)
	where c.value is null or c.value <> i.value
	on conflict (round_id, city_id, node_id) do update set value = excluded.value,
		import_id = excluded.import_id, is_sample = false, source_url = null, confidence = null,
		note_en = null;
	return jsonb_build_object('imported', n_imported, 'unchanged', n_unchanged,
		'removed', n_removed, 'import_id', imp);
end
$$;

revoke execute on function public.import_assessment_scores(uuid, jsonb, jsonb) from public, anon;
grant execute on function public.import_assessment_scores(uuid, jsonb, jsonb) to authenticated, service_role;

-- Audit ----------------------------------------------------------------------------------------------------

create trigger frameworks_audit after insert or update or delete on public.frameworks
	for each row execute function app.audit_write();
create trigger framework_nodes_audit after insert or update or delete on public.framework_nodes
	for each row execute function app.audit_write();
create trigger assessment_rounds_audit after insert or update or delete on public.assessment_rounds
	for each row execute function app.audit_write();
create trigger assessment_imports_audit after insert on public.assessment_imports
	for each row execute function app.audit_write();
create trigger assessment_results_audit after insert or update or delete on public.assessment_results
	for each row execute function app.audit_write();
