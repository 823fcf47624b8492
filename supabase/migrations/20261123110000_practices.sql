-- Practices: case studies, playbooks and agreements, with every revision kept.
-- Writes go through the functions below, called as the user, so row-level security decides
-- who may create, edit, publish or archive; each save stores a revision in the same transaction.

create table public.sectors (
	slug text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	name_en text not null,
	name_hi text not null,
	sort_order smallint not null default 0
);

insert into public.sectors (slug, name_en, name_hi, sort_order) values
	('governance', 'Governance', 'शासन', 1),
	('public-safety', 'Public safety', 'सार्वजनिक सुरक्षा', 2),
	('mobility', 'Mobility and traffic', 'परिवहन और यातायात', 3),
	('water-sanitation', 'Water and sanitation', 'जल और स्वच्छता', 4),
	('health', 'Health', 'स्वास्थ्य', 5),
	('education', 'Education and libraries', 'शिक्षा और पुस्तकालय', 6),
	('disaster-management', 'Disaster management', 'आपदा प्रबंधन', 7),
	('urban-planning', 'Urban planning', 'नगर नियोजन', 8),
	('digital-services', 'Digital services', 'डिजिटल सेवाएँ', 9),
	('finance', 'Finance and revenue', 'वित्त और राजस्व', 10),
	('international-cooperation', 'International cooperation', 'अंतरराष्ट्रीय सहयोग', 11),
	('energy', 'Energy', 'ऊर्जा', 12);

alter table public.sectors enable row level security;
create policy "sectors are public" on public.sectors for select to anon, authenticated using (true);
grant select on public.sectors to anon, authenticated;

create table public.practices (
	id uuid primary key default gen_random_uuid(),
	slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
	kind text not null check (kind in ('case_study', 'playbook', 'agreement')),
	city_id uuid not null references public.cities (id),
	language text not null check (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
	title text not null check (length(title) between 1 and 200),
	title_en text not null check (length(title_en) between 1 and 200),
	summary_en text not null check (length(summary_en) between 1 and 1000),
	markdown text not null check (octet_length(markdown) <= 204800),
	sectors text[] not null default '{}',
	components text[] not null default '{}',
	outcomes jsonb not null default '[]' check (jsonb_typeof(outcomes) = 'array'),
	status text not null default 'draft'
		check (status in ('draft', 'in_review', 'published', 'archived')),
	author_id uuid references public.users (id) on delete set null,
	version int not null default 1 check (version >= 1),
	-- A form submitted twice carries the same key: the second submission finds the first practice.
	idempotency_key uuid unique,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	published_at timestamptz
);

create index practices_status_idx on public.practices (status);
create index practices_city_idx on public.practices (city_id);
create index practices_kind_idx on public.practices (kind);
create index practices_sectors_idx on public.practices using gin (sectors);
create index practices_components_idx on public.practices using gin (components);

create table public.practice_revisions (
	id bigint generated always as identity primary key,
	practice_id uuid not null references public.practices (id) on delete cascade,
	version int not null,
	kind text not null,
	city_id uuid not null,
	language text not null,
	title text not null,
	title_en text not null,
	summary_en text not null,
	markdown text not null,
	sectors text[] not null,
	components text[] not null,
	outcomes jsonb not null,
	status text not null,
	author_id uuid references public.users (id) on delete set null,
	note text check (length(note) <= 200),
	created_at timestamptz not null default now(),
	unique (practice_id, version)
);

create trigger practices_audit after insert or update or delete on public.practices
	for each row execute function app.audit_write();

alter table public.practices enable row level security;
alter table public.practice_revisions enable row level security;

-- Reading: the public sees published practices; a signed-in user also sees their city's
-- drafts; mentors and admins see everything.
create policy "published practices are public" on public.practices
	for select to anon, authenticated using (status = 'published');
create policy "cities, mentors and admins see drafts" on public.practices
	for select to authenticated
	using (city_id = app.active_city() or app.active_role() in ('mentor', 'mission_admin'));

-- Writing: city members draft and submit for their own city; mentors write for their city;
-- admins for any city. Only mentors and admins edit any practice, publish and archive.
create policy "members and mentors create for their city, admins for any" on public.practices
	for insert to authenticated
	with check (
		author_id = app.user_id() and (
			app.is_admin()
			or (app.active_role() = 'mentor' and city_id = app.active_city())
			or (app.active_role() = 'city_member' and city_id = app.active_city()
				and status in ('draft', 'in_review'))
		)
	);
create policy "members edit their city's unpublished practices" on public.practices
	for update to authenticated
	using (app.active_role() = 'city_member' and city_id = app.active_city()
		and status in ('draft', 'in_review'))
	with check (app.active_role() = 'city_member' and city_id = app.active_city()
		and status in ('draft', 'in_review'));
create policy "mentors and admins edit, publish and archive" on public.practices
	for update to authenticated
	using (app.active_role() in ('mentor', 'mission_admin'))
	with check (app.active_role() in ('mentor', 'mission_admin'));

create policy "revisions follow their practice" on public.practice_revisions
	for select to authenticated
	using (exists (select 1 from public.practices p where p.id = practice_id));
create policy "revisions are written with their practice" on public.practice_revisions
	for insert to authenticated
	with check (author_id = app.user_id()
		and exists (select 1 from public.practices p where p.id = practice_id));

revoke all on public.practices, public.practice_revisions from anon;
grant select on public.practices to anon;
grant select, insert, update on public.practices to authenticated;
grant select, insert on public.practice_revisions to authenticated;
grant all on public.practices, public.practice_revisions, public.sectors to service_role;

-- Checks a practice's fields (shared by create and update); raises with the field's name.
create function app.check_practice(p jsonb) returns void
language plpgsql stable
set search_path = ''
as $$
declare
	bad text;
begin
	select s into bad from jsonb_array_elements_text(coalesce(p -> 'sectors', '[]')) s
	where not exists (select 1 from public.sectors where slug = s) limit 1;
	if bad is not null then
		raise exception 'unknown sector %', bad using errcode = '22023', hint = 'sectors';
	end if;
	select c into bad from jsonb_array_elements_text(coalesce(p -> 'components', '[]')) c
	where not exists (select 1 from public.iccc_components where slug = c) limit 1;
	if bad is not null then
		raise exception 'unknown component %', bad using errcode = '22023', hint = 'components';
	end if;
end
$$;

-- Whether a slug is in use by any practice, drafts the caller cannot see included (security
-- definer: a city member picking a slug must not collide with another city's hidden draft).
create function app.practice_slug_taken(p_slug text) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select exists (select 1 from public.practices where slug = p_slug);
$$;

revoke execute on function app.practice_slug_taken(text) from public, anon;
grant execute on function app.practice_slug_taken(text) to authenticated, service_role;

-- Creates a practice and its first revision. Returns its slug. The slug comes from the English
-- title, made unique with -2, -3…; a repeated idempotency key returns the first practice.
create function public.create_practice(p jsonb, p_idempotency_key uuid)
returns text
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	existing text;
	base text;
	candidate text;
	n int := 1;
	new_id uuid;
	city uuid;
begin
	if p_idempotency_key is not null then
		-- A form sent twice at once: the second waits for the first, then finds its practice.
		perform pg_advisory_xact_lock(hashtextextended('practice-key:' || p_idempotency_key, 0));
		select slug into existing from public.practices where idempotency_key = p_idempotency_key;
		if existing is not null then
			return existing;
		end if;
	end if;
	perform app.check_practice(p);
	select id into city from public.cities where slug = p ->> 'city';
	if city is null then
		raise exception 'unknown city %', p ->> 'city' using errcode = '22023', hint = 'city';
	end if;
	base := left(trim(both '-' from regexp_replace(lower(p ->> 'slug_base'), '[^a-z0-9]+', '-', 'g')), 70);
	if base = '' then
		base := 'practice';
	end if;
	-- Two practices with the same English title saved at once must not pick the same slug.
	perform pg_advisory_xact_lock(hashtextextended('practice-slug:' || base, 0));
	candidate := base;
	while app.practice_slug_taken(candidate) loop
		n := n + 1;
		candidate := base || '-' || n;
	end loop;
	insert into public.practices (
		slug, kind, city_id, language, title, title_en, summary_en, markdown, sectors, components,
		outcomes, status, author_id, idempotency_key, published_at
	) values (
		candidate, p ->> 'kind', city, p ->> 'language', normalize(p ->> 'title', nfc),
		normalize(p ->> 'title_en', nfc), normalize(p ->> 'summary_en', nfc),
		normalize(p ->> 'markdown', nfc),
		array(select jsonb_array_elements_text(coalesce(p -> 'sectors', '[]'))),
		array(select jsonb_array_elements_text(coalesce(p -> 'components', '[]'))),
		coalesce(p -> 'outcomes', '[]'), coalesce(p ->> 'status', 'draft'), app.user_id(),
		p_idempotency_key,
		case when p ->> 'status' = 'published' then now() end
	) returning id into new_id;
	insert into public.practice_revisions (
		practice_id, version, kind, city_id, language, title, title_en, summary_en, markdown,
		sectors, components, outcomes, status, author_id, note
	)
	select id, version, kind, city_id, language, title, title_en, summary_en, markdown, sectors,
		components, outcomes, status, app.user_id(), 'created'
	from public.practices where id = new_id;
	return candidate;
end
$$;

-- Saves a practice if nobody saved it since `p_version`: the new version, or, when the practice
-- moved on meanwhile, a conflict carrying the current text so the editor can show what changed.
create function public.update_practice(p_slug text, p_version int, p jsonb, p_note text default null)
returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	current public.practices;
	saved public.practices;
begin
	select * into current from public.practices where slug = p_slug for update;
	if not found then
		return jsonb_build_object('status', 'not_found');
	end if;
	if current.version <> p_version then
		return jsonb_build_object('status', 'conflict', 'current', to_jsonb(current) - 'idempotency_key');
	end if;
	perform app.check_practice(p);
	update public.practices set
		kind = coalesce(p ->> 'kind', kind),
		language = coalesce(p ->> 'language', language),
		city_id = coalesce((select id from public.cities where slug = p ->> 'city'), city_id),
		title = coalesce(normalize(p ->> 'title', nfc), title),
		title_en = coalesce(normalize(p ->> 'title_en', nfc), title_en),
		summary_en = coalesce(normalize(p ->> 'summary_en', nfc), summary_en),
		markdown = coalesce(normalize(p ->> 'markdown', nfc), markdown),
		sectors = case when p ? 'sectors'
			then array(select jsonb_array_elements_text(p -> 'sectors')) else sectors end,
		components = case when p ? 'components'
			then array(select jsonb_array_elements_text(p -> 'components')) else components end,
		outcomes = coalesce(p -> 'outcomes', outcomes),
		status = coalesce(p ->> 'status', status),
		published_at = case when p ->> 'status' = 'published' and status <> 'published' then now()
			else published_at end,
		version = version + 1,
		updated_at = now()
	where id = current.id
	returning * into saved;
	if not found then
		-- Row-level security hid the row from the update: not allowed.
		return jsonb_build_object('status', 'forbidden');
	end if;
	insert into public.practice_revisions (
		practice_id, version, kind, city_id, language, title, title_en, summary_en, markdown,
		sectors, components, outcomes, status, author_id, note
	) values (
		saved.id, saved.version, saved.kind, saved.city_id, saved.language, saved.title,
		saved.title_en, saved.summary_en, saved.markdown, saved.sectors, saved.components,
		saved.outcomes, saved.status, app.user_id(), left(p_note, 200)
	);
	return jsonb_build_object('status', 'saved', 'version', saved.version, 'slug', saved.slug);
end
$$;

revoke execute on function public.create_practice(jsonb, uuid) from public, anon;
revoke execute on function public.update_practice(text, int, jsonb, text) from public, anon;
grant execute on function public.create_practice(jsonb, uuid) to authenticated, service_role;
grant execute on function public.update_practice(text, int, jsonb, text) to authenticated, service_role;

-- An author's name as readers see it (a computed field: `select=author_name`). Security definer,
-- because the public may not read the users table; it reveals the name and nothing else.
create function public.author_name(p public.practices) returns text
language sql stable security definer
set search_path = ''
as $$
	select name from public.users where id = p.author_id;
$$;

create function public.author_name(r public.practice_revisions) returns text
language sql stable security definer
set search_path = ''
as $$
	select name from public.users where id = r.author_id;
$$;

grant execute on function public.author_name(public.practices) to anon, authenticated;
grant execute on function public.author_name(public.practice_revisions) to authenticated;
