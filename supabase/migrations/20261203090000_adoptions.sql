-- Adoption: a city taking up a practice (its own or another city's), optionally through a
-- mentorship, stage by stage with dated evidence, and its targets by category with dated
-- progress, the way Kanpur tracks cameras linked per category with a nodal officer each.
--
-- Who reads what:
--   app.can_read_adoption(id) = admin, the adopting city, or the mentor city of the linked
--   mentorship. An adoption whose current stage is implemented or scaled, with its evidence
--   marked public by the city, is public: its steps, figures, categories and progress too.
--   Comments are never public.
-- Who writes what:
--   active officers of the adopting city create adoptions, add steps, categories and progress,
--   and mark the evidence public; mentors of the linked mentorship's mentor city comment and
--   verify a claim of implemented or scaled; admins verify and comment.

create type public.adoption_stage as enum (
	'exploring', 'planning', 'piloting', 'implemented', 'scaled', 'dropped'
);

-- Evidence links are https only, at most 500 characters each.
create function app.are_https_links(p text[]) returns boolean
language sql immutable
set search_path = ''
as $$
	select coalesce(bool_and(l ~ '^https://[^\s]+$' and length(l) <= 500), true) from unnest(p) l;
$$;

create table public.adoptions (
	id uuid primary key default gen_random_uuid(),
	city_id uuid not null references public.cities (id),
	practice_id uuid not null references public.practices (id),
	mentorship_id uuid references public.mentorships (id),
	-- The stage of the latest step (by its date, then by when it was recorded), kept by trigger.
	stage public.adoption_stage not null,
	stage_on date not null,
	current_step_id uuid,
	-- The city's choice: with an implemented or scaled stage, the adoption becomes public.
	evidence_public boolean not null default false,
	-- Demo data of the local stack, labelled wherever it shows.
	is_demo boolean not null default false,
	-- Where a seeded adoption is published (Kanpur's own Safe City work).
	source_url text check (source_url ~ '^https?://' and length(source_url) <= 500),
	confidence public.source_confidence,
	version int not null default 1,
	created_by uuid references public.users (id) on delete set null default app.user_id(),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	-- One record per city and practice: a pilot dropped and restarted is one history.
	unique (city_id, practice_id)
);

create index adoptions_practice_idx on public.adoptions (practice_id, stage);
create index adoptions_mentorship_idx on public.adoptions (mentorship_id) where mentorship_id is not null;
create index adoptions_stage_idx on public.adoptions (stage);

-- Every stage change, dated, with its evidence. Steps are never edited or deleted: a step back
-- (a pilot dropped, then restarted) is a new step. Only its verification is filled in later.
create table public.adoption_steps (
	id uuid primary key default gen_random_uuid(),
	adoption_id uuid not null references public.adoptions (id) on delete cascade,
	stage public.adoption_stage not null,
	happened_on date not null,
	evidence_markdown text not null default '' check (length(evidence_markdown) <= 20000),
	links text[] not null default '{}' check (cardinality(links) <= 20 and app.are_https_links(links)),
	-- Why the city dropped the practice; needed for `dropped`.
	reason text check (length(reason) <= 2000),
	-- A claim of implemented or scaled counts in programme figures once verified.
	verified_by uuid references public.users (id) on delete set null,
	verified_at timestamptz,
	author_id uuid references public.users (id) on delete set null default app.user_id(),
	created_at timestamptz not null default now(),
	constraint adoption_steps_dropped_reason check (
		stage <> 'dropped' or length(trim(coalesce(reason, ''))) > 0
	),
	constraint adoption_steps_verified_claims check (
		verified_at is null or stage in ('implemented', 'scaled')
	)
);

create index adoption_steps_adoption_idx on public.adoption_steps (adoption_id, happened_on, created_at);

alter table public.adoptions add constraint adoptions_current_step_fk
	foreign key (current_step_id) references public.adoption_steps (id) on delete set null
	deferrable initially deferred;

-- Figures a step reports: "cameras linked: 120 cameras".
create table public.adoption_step_figures (
	id bigint generated always as identity primary key,
	step_id uuid not null references public.adoption_steps (id) on delete cascade,
	label text not null check (length(trim(label)) between 1 and 120),
	value numeric not null check (value between -1e12 and 1e12),
	unit text not null default '' check (length(unit) <= 40),
	position smallint not null default 0 check (position between 0 and 49)
);

create index adoption_step_figures_step_idx on public.adoption_step_figures (step_id, position);

-- Comments of the mentors and admins (and the city's own answers).
create table public.adoption_comments (
	id uuid primary key default gen_random_uuid(),
	adoption_id uuid not null references public.adoptions (id) on delete cascade,
	body_markdown text not null check (length(trim(body_markdown)) between 1 and 4000),
	author_id uuid references public.users (id) on delete set null default app.user_id(),
	created_at timestamptz not null default now()
);

create index adoption_comments_adoption_idx on public.adoption_comments (adoption_id, created_at);

-- Targets by category, each with its nodal officer: a user of the city, or an officer named
-- with a designation (Kanpur names its additional district magistrates by post).
create table public.adoption_categories (
	id uuid primary key default gen_random_uuid(),
	adoption_id uuid not null references public.adoptions (id) on delete cascade,
	slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 60),
	name text not null check (length(trim(name)) between 1 and 120),
	-- BCP 47 tag of the name.
	language text not null default 'en' check (app.is_language_tag(language)),
	-- Empty where no target is set (Kanpur's article gives none).
	target numeric check (target > 0 and target <= 1e12),
	unit text not null default '' check (length(unit) <= 40),
	nodal_user_id uuid references public.users (id),
	nodal_name text check (length(trim(nodal_name)) between 1 and 120),
	nodal_designation text check (length(trim(nodal_designation)) between 1 and 120),
	position smallint not null default 0 check (position between 0 and 99),
	version int not null default 1,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (adoption_id, slug),
	constraint adoption_categories_one_nodal check (nodal_user_id is null or nodal_name is null)
);

create index adoption_categories_adoption_idx on public.adoption_categories (adoption_id, position);

-- Dated progress: the count reached by that day (cumulative, not an increment).
create table public.category_progress (
	id uuid primary key default gen_random_uuid(),
	category_id uuid not null references public.adoption_categories (id) on delete cascade,
	recorded_on date not null,
	value numeric not null check (value between 0 and 1e12),
	note text check (length(note) <= 1000),
	author_id uuid references public.users (id) on delete set null default app.user_id(),
	created_at timestamptz not null default now()
);

create index category_progress_category_idx on public.category_progress (category_id, recorded_on, created_at);

create trigger adoption_categories_touch_updated_at before update on public.adoption_categories
	for each row execute function public.touch_updated_at();

-- Who may read and write ------------------------------------------------------------------------

-- Security definer, so that child policies ask about the adoption without recursing.
create function app.can_read_adoption(p_adoption_id uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select app.is_admin() or exists (
		select 1 from public.adoptions a
		left join public.mentorships m on m.id = a.mentorship_id
		where a.id = p_adoption_id
			and app.active_city() is not null
			and app.active_city() in (a.city_id, m.mentor_city_id)
	);
$$;

create function app.is_public_adoption(p_adoption_id uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.adoptions a
		where a.id = p_adoption_id and a.evidence_public and a.stage in ('implemented', 'scaled')
	);
$$;

-- Active officers of the adopting city write its adoption.
create function app.can_write_adoption(p_adoption_id uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.adoptions a
		where a.id = p_adoption_id and a.city_id = app.active_city()
			and app.active_role() in ('city_member', 'mentor')
	);
$$;

-- Mentors of the linked mentorship's mentor city, and admins, comment and verify.
create function app.can_mentor_adoption(p_adoption_id uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select app.is_admin() or exists (
		select 1 from public.adoptions a
		join public.mentorships m on m.id = a.mentorship_id
		where a.id = p_adoption_id and m.mentor_city_id = app.active_city()
			and app.active_role() = 'mentor'
	);
$$;

create function app.step_adoption(p_step_id uuid) returns uuid
language sql stable security definer
set search_path = ''
as $$
	select adoption_id from public.adoption_steps where id = p_step_id;
$$;

create function app.category_adoption(p_category_id uuid) returns uuid
language sql stable security definer
set search_path = ''
as $$
	select adoption_id from public.adoption_categories where id = p_category_id;
$$;

revoke execute on all functions in schema app from public;
grant execute on all functions in schema app to anon, authenticated, service_role;

-- Guards ------------------------------------------------------------------------------------------

-- An adoption keeps its city and practice; a linked mentorship has the adopting city as its
-- mentee; the version rises with every change.
create function app.guard_adoption_write() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
	if new.mentorship_id is not null and not exists (
		select 1 from public.mentorships m
		where m.id = new.mentorship_id and m.mentee_city_id = new.city_id
	) then
		raise exception 'the mentorship must be one in which this city is the mentee'
			using errcode = '22023', hint = 'mentorship';
	end if;
	if tg_op = 'INSERT' then
		new.version := 1;
		new.created_at := now();
		new.updated_at := now();
		return new;
	end if;
	new.city_id := old.city_id;
	new.practice_id := old.practice_id;
	new.created_by := old.created_by;
	new.created_at := old.created_at;
	-- The first step's link completes the creation: version 1 is the adoption as created.
	new.version := old.version + case when old.current_step_id is null then 0 else 1 end;
	new.updated_at := now();
	return new;
end
$$;

create trigger adoptions_guard_write before insert or update on public.adoptions
	for each row execute function app.guard_adoption_write();

-- Steps: dated no later than today (IST) and not before 2015 (the Mission's start); the author
-- and time are the caller's; later updates only record a verification, by a mentor of the
-- linked mentorship or an admin, once.
-- Security invoker: it tells the API roles from system work by current_user.
create function app.guard_adoption_step_write() returns trigger
language plpgsql
set search_path = ''
as $$
declare
	api_role boolean := current_user in ('anon', 'authenticated');
begin
	if tg_op = 'INSERT' then
		if new.happened_on > (now() at time zone 'Asia/Kolkata')::date then
			raise exception 'a stage cannot be dated in the future' using errcode = '22023', hint = 'on';
		end if;
		if new.happened_on < date '2015-06-25' then
			raise exception 'a stage cannot be dated before the Mission began'
				using errcode = '22023', hint = 'on';
		end if;
		new.created_at := now();
		if api_role then
			new.author_id := app.user_id();
			new.verified_by := null;
			new.verified_at := null;
		end if;
		return new;
	end if;
	if row(new.adoption_id, new.stage, new.happened_on, new.evidence_markdown, new.links, new.reason,
		new.author_id, new.created_at)
		is distinct from row(old.adoption_id, old.stage, old.happened_on, old.evidence_markdown,
		old.links, old.reason, old.author_id, old.created_at) then
		raise exception 'a step is kept as it was recorded' using errcode = '42501';
	end if;
	if api_role then
		if old.verified_at is not null then
			raise exception 'this step is already verified' using errcode = '23505', hint = 'verified';
		end if;
		if not app.can_mentor_adoption(old.adoption_id) then
			raise exception 'only a mentor of the linked mentorship or an admin verifies'
				using errcode = '42501';
		end if;
		new.verified_by := app.user_id();
		new.verified_at := now();
	end if;
	return new;
end
$$;

create trigger adoption_steps_guard_write before insert or update on public.adoption_steps
	for each row execute function app.guard_adoption_step_write();

-- The adoption's stage follows its latest step, and every new step moves its version on (a
-- step dated before the current one changes no stage, but two officers adding steps at once must
-- still meet the stale-version check).
create function app.follow_latest_step() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
	latest public.adoption_steps;
begin
	select * into latest from public.adoption_steps
	where adoption_id = new.adoption_id
	order by happened_on desc, created_at desc, id desc limit 1;
	update public.adoptions set stage = latest.stage, stage_on = latest.happened_on,
		current_step_id = latest.id
	where id = new.adoption_id;
	return null;
end
$$;

revoke execute on function app.follow_latest_step() from public, anon, authenticated;

create trigger adoption_steps_follow_latest after insert on public.adoption_steps
	for each row execute function app.follow_latest_step();

-- A nodal officer who is a user works in the adopting city; the version rises with every change.
create function app.guard_adoption_category_write() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
	if new.nodal_user_id is not null
		and (tg_op = 'INSERT' or new.nodal_user_id is distinct from old.nodal_user_id)
		and not exists (
			select 1 from public.users u join public.adoptions a on a.city_id = u.city_id
			where u.id = new.nodal_user_id and a.id = new.adoption_id and u.status = 'active'
		) then
		raise exception 'the nodal officer must be an active officer of the adopting city'
			using errcode = '22023', hint = 'nodal_user_id';
	end if;
	if tg_op = 'INSERT' then
		new.version := 1;
		new.created_at := now();
	else
		new.adoption_id := old.adoption_id;
		new.created_at := old.created_at;
		new.version := old.version + 1;
	end if;
	return new;
end
$$;

create trigger adoption_categories_guard_write before insert or update on public.adoption_categories
	for each row execute function app.guard_adoption_category_write();

create function app.guard_progress_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if new.recorded_on > (now() at time zone 'Asia/Kolkata')::date then
		raise exception 'progress cannot be dated in the future' using errcode = '22023', hint = 'on';
	end if;
	if current_user in ('anon', 'authenticated') then
		new.author_id := app.user_id();
		new.created_at := now();
	end if;
	return new;
end
$$;

create trigger category_progress_guard_write before insert on public.category_progress
	for each row execute function app.guard_progress_write();

create function app.guard_comment_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if current_user in ('anon', 'authenticated') then
		new.author_id := app.user_id();
		new.created_at := now();
	end if;
	return new;
end
$$;

create trigger adoption_comments_guard_write before insert on public.adoption_comments
	for each row execute function app.guard_comment_write();

-- Row-level security --------------------------------------------------------------------------------

alter table public.adoptions enable row level security;
alter table public.adoption_steps enable row level security;
alter table public.adoption_step_figures enable row level security;
alter table public.adoption_comments enable row level security;
alter table public.adoption_categories enable row level security;
alter table public.category_progress enable row level security;

create policy "public adoptions are public" on public.adoptions
	for select to anon, authenticated
	using (evidence_public and stage in ('implemented', 'scaled'));
create policy "the city, its mentors and admins read its adoptions" on public.adoptions
	for select to authenticated using (
		app.is_admin() or city_id = app.active_city() or (
			mentorship_id is not null and exists (
				select 1 from public.mentorships m
				where m.id = mentorship_id and m.mentor_city_id = app.active_city()
			)
		)
	);
create policy "officers of a city record its adoptions" on public.adoptions
	for insert to authenticated with check (
		city_id = app.active_city() and app.active_role() in ('city_member', 'mentor')
	);
create policy "officers of a city update its adoptions" on public.adoptions
	for update to authenticated
	using (city_id = app.active_city() and app.active_role() in ('city_member', 'mentor'))
	with check (city_id = app.active_city() and app.active_role() in ('city_member', 'mentor'));

create policy "steps follow their adoption" on public.adoption_steps
	for select to anon, authenticated
	using (app.is_public_adoption(adoption_id) or app.can_read_adoption(adoption_id));
create policy "officers of the city add steps" on public.adoption_steps
	for insert to authenticated with check (app.can_write_adoption(adoption_id));
create policy "mentors and admins verify claims" on public.adoption_steps
	for update to authenticated
	using (app.can_mentor_adoption(adoption_id))
	with check (app.can_mentor_adoption(adoption_id));

create policy "figures follow their step" on public.adoption_step_figures
	for select to anon, authenticated using (
		app.is_public_adoption(app.step_adoption(step_id)) or app.can_read_adoption(app.step_adoption(step_id))
	);
create policy "officers of the city give figures" on public.adoption_step_figures
	for insert to authenticated with check (app.can_write_adoption(app.step_adoption(step_id)));

create policy "comments are read by the city, its mentors and admins" on public.adoption_comments
	for select to authenticated using (app.can_read_adoption(adoption_id));
create policy "the city, its mentors and admins comment" on public.adoption_comments
	for insert to authenticated with check (
		app.can_write_adoption(adoption_id) or app.can_mentor_adoption(adoption_id)
	);

create policy "categories follow their adoption" on public.adoption_categories
	for select to anon, authenticated
	using (app.is_public_adoption(adoption_id) or app.can_read_adoption(adoption_id));
create policy "officers of the city keep categories" on public.adoption_categories
	for insert to authenticated with check (app.can_write_adoption(adoption_id));
create policy "officers of the city change categories" on public.adoption_categories
	for update to authenticated
	using (app.can_write_adoption(adoption_id))
	with check (app.can_write_adoption(adoption_id));

create policy "progress follows its category" on public.category_progress
	for select to anon, authenticated using (
		app.is_public_adoption(app.category_adoption(category_id))
		or app.can_read_adoption(app.category_adoption(category_id))
	);
create policy "officers of the city record progress" on public.category_progress
	for insert to authenticated with check (app.can_write_adoption(app.category_adoption(category_id)));

-- Grants: exactly what the app uses -----------------------------------------------------------------

-- The public never sees who recorded or verified what by id; names come through adoption_people.
grant select (id, city_id, practice_id, mentorship_id, stage, stage_on, current_step_id,
	evidence_public, is_demo, source_url, confidence, version, created_at, updated_at)
	on public.adoptions to anon;
grant select on public.adoptions to authenticated;
grant insert (city_id, practice_id, mentorship_id, stage, stage_on, evidence_public)
	on public.adoptions to authenticated;
grant update (evidence_public, mentorship_id) on public.adoptions to authenticated;

grant select (id, adoption_id, stage, happened_on, evidence_markdown, links, reason, verified_at,
	created_at) on public.adoption_steps to anon;
grant select on public.adoption_steps to authenticated;
grant insert (adoption_id, stage, happened_on, evidence_markdown, links, reason)
	on public.adoption_steps to authenticated;
grant update (verified_at, verified_by) on public.adoption_steps to authenticated;

grant select on public.adoption_step_figures to anon, authenticated;
grant insert (step_id, label, value, unit, position) on public.adoption_step_figures to authenticated;

grant select on public.adoption_comments to authenticated;
grant insert (adoption_id, body_markdown) on public.adoption_comments to authenticated;

grant select (id, adoption_id, slug, name, language, target, unit, nodal_name, nodal_designation,
	position, created_at, updated_at) on public.adoption_categories to anon;
grant select on public.adoption_categories to authenticated;
grant insert (adoption_id, slug, name, language, target, unit, nodal_user_id, nodal_name,
	nodal_designation, position) on public.adoption_categories to authenticated;
grant update (name, language, target, unit, nodal_user_id, nodal_name, nodal_designation, position)
	on public.adoption_categories to authenticated;

grant select (id, category_id, recorded_on, value, note, created_at)
	on public.category_progress to anon;
grant select on public.category_progress to authenticated;
grant insert (category_id, recorded_on, value, note) on public.category_progress to authenticated;

-- Writes that touch several rows -------------------------------------------------------------------

-- Adds a step with its evidence and figures (as the caller). `p`: { stage, on, text, links,
-- figures: [{ label, value, unit }], reason }.
create function app.add_step(p_adoption_id uuid, p jsonb) returns uuid
language plpgsql volatile
set search_path = ''
as $$
declare
	step uuid;
begin
	insert into public.adoption_steps (adoption_id, stage, happened_on, evidence_markdown, links, reason)
	values (
		p_adoption_id,
		(p ->> 'stage')::public.adoption_stage,
		coalesce((p ->> 'on')::date, (now() at time zone 'Asia/Kolkata')::date),
		normalize(coalesce(p ->> 'text', ''), nfc),
		array(select jsonb_array_elements_text(coalesce(p -> 'links', '[]'))),
		nullif(trim(normalize(coalesce(p ->> 'reason', ''), nfc)), '')
	) returning id into step;
	insert into public.adoption_step_figures (step_id, label, value, unit, position)
	select step, trim(normalize(f ->> 'label', nfc)), (f ->> 'value')::numeric,
		trim(coalesce(f ->> 'unit', '')), (n - 1)::smallint
	from jsonb_array_elements(coalesce(p -> 'figures', '[]')) with ordinality as x(f, n);
	return step;
end
$$;

revoke execute on function app.add_step(uuid, jsonb) from public, anon;
grant execute on function app.add_step(uuid, jsonb) to authenticated, service_role;

-- An officer of the caller's city records the city taking up a published practice, with its
-- first step. `p`: { practice (slug), mentorship?, evidence_public?, stage, on, text, links,
-- figures, reason }. Returns the adoption's id.
create function public.create_adoption(p jsonb) returns uuid
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	city uuid := app.active_city();
	practice uuid;
	created uuid;
begin
	if city is null or app.active_role() not in ('city_member', 'mentor') then
		raise exception 'only an officer of a city records its adoptions' using errcode = '42501';
	end if;
	select id into practice from public.practices where slug = p ->> 'practice' and status = 'published';
	if practice is null then
		raise exception 'no published practice %', p ->> 'practice'
			using errcode = '22023', hint = 'practice';
	end if;
	if exists (select 1 from public.adoptions where city_id = city and practice_id = practice) then
		raise exception 'your city already records this practice' using errcode = '23505', hint = 'practice';
	end if;
	insert into public.adoptions (city_id, practice_id, mentorship_id, stage, stage_on, evidence_public)
	values (
		city, practice, nullif(p ->> 'mentorship', '')::uuid, (p ->> 'stage')::public.adoption_stage,
		coalesce((p ->> 'on')::date, (now() at time zone 'Asia/Kolkata')::date),
		coalesce((p ->> 'evidence_public')::boolean, false)
	) returning id into created;
	perform app.add_step(created, p);
	return created;
end
$$;

-- Adds a stage change to an adoption the caller's city records, if it is still at the version
-- the caller saw. Returns { status: 'saved', version, step } | { status: 'not_found' } |
-- { status: 'forbidden' } | { status: 'stale', version }.
create function public.add_adoption_step(p_id uuid, p_version int, p jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	a public.adoptions;
	step uuid;
begin
	-- Read first, lock after: FOR UPDATE sees only rows the caller may update, and a mentor who
	-- may read the adoption must hear "forbidden", not "not found".
	select * into a from public.adoptions where id = p_id;
	if not found then
		return jsonb_build_object('status', 'not_found');
	end if;
	if not app.can_write_adoption(p_id) then
		return jsonb_build_object('status', 'forbidden');
	end if;
	select * into a from public.adoptions where id = p_id for update;
	if p_version is not null and p_version <> a.version then
		return jsonb_build_object('status', 'stale', 'version', a.version);
	end if;
	step := app.add_step(p_id, p);
	return jsonb_build_object('status', 'saved', 'step', step,
		'version', (select version from public.adoptions where id = p_id));
end
$$;

revoke execute on function public.create_adoption(jsonb) from public, anon;
grant execute on function public.create_adoption(jsonb) to authenticated, service_role;
revoke execute on function public.add_adoption_step(uuid, int, jsonb) from public, anon;
grant execute on function public.add_adoption_step(uuid, int, jsonb) to authenticated, service_role;

-- The names of the people an adoption shows (authors, verifiers, commenters, nodal officers),
-- for those who may read it; for a public adoption, only its verifiers, who vouch for it.
create function app.adoption_people(p_adoption_id uuid)
returns table (id uuid, name text, designation text, role public.app_role, city_id uuid)
language sql stable security definer
set search_path = ''
as $$
	with named as (
		select s.author_id as id from public.adoption_steps s
		where s.adoption_id = p_adoption_id and app.can_read_adoption(p_adoption_id)
		union
		select s.verified_by from public.adoption_steps s
		where s.adoption_id = p_adoption_id
			and (app.can_read_adoption(p_adoption_id) or app.is_public_adoption(p_adoption_id))
		union
		select c.author_id from public.adoption_comments c
		where c.adoption_id = p_adoption_id and app.can_read_adoption(p_adoption_id)
		union
		select g.nodal_user_id from public.adoption_categories g
		where g.adoption_id = p_adoption_id and app.can_read_adoption(p_adoption_id)
		union
		select a.created_by from public.adoptions a
		where a.id = p_adoption_id and app.can_read_adoption(p_adoption_id)
	)
	select u.id, u.name, u.designation, u.role, u.city_id
	from named n join public.users u on u.id = n.id;
$$;

revoke execute on function app.adoption_people(uuid) from public;
grant execute on function app.adoption_people(uuid) to anon, authenticated, service_role;

create function public.adoption_people(p_adoption_id uuid)
returns table (id uuid, name text, designation text, role public.app_role, city_id uuid)
language sql stable security invoker
set search_path = ''
as $$
	select * from app.adoption_people(p_adoption_id);
$$;

revoke execute on function public.adoption_people(uuid) from public;
grant execute on function public.adoption_people(uuid) to anon, authenticated, service_role;

-- A mentor of the linked mentorship or an admin confirms a claim of implemented or scaled.
-- Returns { status: 'saved' | 'not_found' | 'forbidden' | 'not_a_claim' | 'already_verified' }.
create function public.verify_adoption_step(p_step_id uuid) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	s public.adoption_steps;
begin
	select * into s from public.adoption_steps where id = p_step_id;
	if not found then
		return jsonb_build_object('status', 'not_found');
	end if;
	if not app.can_mentor_adoption(s.adoption_id) then
		return jsonb_build_object('status', 'forbidden');
	end if;
	if s.stage not in ('implemented', 'scaled') then
		return jsonb_build_object('status', 'not_a_claim');
	end if;
	if s.verified_at is not null then
		return jsonb_build_object('status', 'already_verified');
	end if;
	update public.adoption_steps set verified_at = now(), verified_by = app.user_id()
	where id = p_step_id;
	return jsonb_build_object('status', 'saved');
end
$$;

revoke execute on function public.verify_adoption_step(uuid) from public, anon;
grant execute on function public.verify_adoption_step(uuid) to authenticated, service_role;

-- Audit ----------------------------------------------------------------------------------------------

create trigger adoptions_audit after insert or update or delete on public.adoptions
	for each row execute function app.audit_write();
create trigger adoption_steps_audit after insert or update on public.adoption_steps
	for each row execute function app.audit_write();
create trigger adoption_comments_audit after insert on public.adoption_comments
	for each row execute function app.audit_write();
create trigger adoption_categories_audit after insert or update or delete on public.adoption_categories
	for each row execute function app.audit_write();
create trigger category_progress_audit after insert on public.category_progress
	for each row execute function app.audit_write();
