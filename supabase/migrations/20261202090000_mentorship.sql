-- Mentorship: programmes, mentor profiles, mentorships between two cities, the officers on each
-- side with their dates, goals, sessions with attendees, action items, check-ins, calendar feeds
-- and notification settings.
--
-- A mentorship belongs to the two cities, not to the people: everyone who works in either city
-- (and the admins) reads its private parts, and an officer's transfer ends their period on it
-- without deleting a name from its history. Private parts are read by:
--   app.can_read_mentorship(id) = admin, or the caller's city is the mentor or the mentee city.
-- The public sees programmes, public mentor profiles (never an email) and which city mentors
-- which (active, paused and completed pairings), with status and dates.

create type public.programme_status as enum ('planned', 'active', 'closed');
create type public.mentorship_status as enum (
	'requested', 'proposed', 'active', 'declined', 'expired', 'paused', 'completed', 'withdrawn'
);
create type public.mentorship_side as enum ('mentor', 'mentee');
create type public.goal_status as enum ('open', 'achieved', 'dropped');
create type public.session_mode as enum ('online', 'site_visit', 'workshop', 'phone');
create type public.session_status as enum ('scheduled', 'held', 'cancelled');
create type public.action_status as enum ('open', 'done', 'dropped');
create type public.checkin_stage as enum ('midpoint', 'close');
-- How sure a seeded fact is, as ../shared/data/frameworks.md tags it.
create type public.source_confidence as enum ('solid', 'single', 'uncertain');

-- A BCP 47 language tag, as practices carry: en, hi, gu, mr, en-IN…
create function app.is_language_tag(p text) returns boolean
language sql immutable
set search_path = ''
as $$
	select p ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';
$$;

create function app.are_language_tags(p text[]) returns boolean
language sql immutable
set search_path = ''
as $$
	select coalesce(bool_and(app.is_language_tag(t)), true) from unnest(p) t;
$$;

-- Topic lists name sectors and ICCC components from the controlled lists. Arrays cannot carry
-- foreign keys, so a trigger checks them on every write.
create function app.check_topics() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if exists (select 1 from unnest(new.sectors) s
		where not exists (select 1 from public.sectors x where x.slug = s)) then
		raise exception 'unknown sector in %', new.sectors using errcode = '22023', hint = 'sectors';
	end if;
	if exists (select 1 from unnest(new.components) c
		where not exists (select 1 from public.iccc_components x where x.slug = c)) then
		raise exception 'unknown component in %', new.components
			using errcode = '22023', hint = 'components';
	end if;
	return new;
end
$$;

-- Programmes ------------------------------------------------------------------------------------

create table public.programmes (
	id uuid primary key default gen_random_uuid(),
	slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
	name_en text not null check (length(name_en) between 1 and 200),
	name_hi text not null check (length(name_hi) between 1 and 200),
	description_en text not null default '' check (length(description_en) <= 4000),
	description_hi text not null default '' check (length(description_hi) <= 4000),
	starts_on date,
	ends_on date check (ends_on is null or starts_on is null or ends_on >= starts_on),
	status public.programme_status not null default 'planned',
	source_url text check (source_url ~ '^https?://' and length(source_url) <= 500),
	confidence public.source_confidence,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

-- The cities a programme names as mentors or mentees, with the source that says so.
create table public.programme_cities (
	programme_id uuid not null references public.programmes (id) on delete cascade,
	city_id uuid not null references public.cities (id),
	side public.mentorship_side not null,
	source_url text check (source_url ~ '^https?://' and length(source_url) <= 500),
	confidence public.source_confidence,
	primary key (programme_id, city_id, side)
);

create trigger programmes_touch_updated_at before update on public.programmes
	for each row execute function public.touch_updated_at();

-- Mentor profiles -------------------------------------------------------------------------------

create table public.mentor_profiles (
	user_id uuid primary key references public.users (id) on delete cascade,
	bio_markdown text not null default '' check (length(bio_markdown) <= 4000),
	languages text[] not null default '{}' check (
		app.are_language_tags(languages) and cardinality(languages) <= 12
	),
	-- How many mentee cities the mentor can take at once.
	capacity smallint not null default 3 check (capacity between 0 and 20),
	sectors text[] not null default '{}' check (cardinality(sectors) <= 20),
	components text[] not null default '{}' check (cardinality(components) <= 40),
	is_public boolean not null default false,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

create table public.mentor_programmes (
	user_id uuid not null references public.mentor_profiles (user_id) on delete cascade,
	programme_id uuid not null references public.programmes (id) on delete cascade,
	primary key (user_id, programme_id)
);

create index mentor_programmes_programme_idx on public.mentor_programmes (programme_id);

create trigger mentor_profiles_touch_updated_at before update on public.mentor_profiles
	for each row execute function public.touch_updated_at();
create trigger mentor_profiles_check_topics before insert or update on public.mentor_profiles
	for each row execute function app.check_topics();

-- Mentorships -----------------------------------------------------------------------------------

create table public.mentorships (
	id uuid primary key default gen_random_uuid(),
	programme_id uuid not null references public.programmes (id),
	mentor_city_id uuid not null references public.cities (id),
	mentee_city_id uuid not null references public.cities (id),
	-- Empty for historical pairings (the 2020 Sister Cities named cities, not officers).
	lead_mentor_id uuid references public.users (id),
	sectors text[] not null default '{}' check (cardinality(sectors) <= 20),
	components text[] not null default '{}' check (cardinality(components) <= 40),
	status public.mentorship_status not null,
	requested_at timestamptz,
	decided_at timestamptz,
	started_on date,
	ended_on date check (ended_on is null or started_on is null or ended_on >= started_on),
	-- Where a seeded (historical) pairing is published.
	source_url text check (source_url ~ '^https?://' and length(source_url) <= 500),
	confidence public.source_confidence,
	version int not null default 1,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint mentorships_two_cities check (mentor_city_id <> mentee_city_id)
);

create index mentorships_mentor_city_idx on public.mentorships (mentor_city_id, status);
create index mentorships_mentee_city_idx on public.mentorships (mentee_city_id, status);
create index mentorships_lead_idx on public.mentorships (lead_mentor_id, status);
create index mentorships_programme_idx on public.mentorships (programme_id, status);

create trigger mentorships_check_topics before insert or update on public.mentorships
	for each row execute function app.check_topics();

-- What the two cities and the admins read only: the need, the answer and the closing summary.
create table public.mentorship_briefs (
	mentorship_id uuid primary key references public.mentorships (id) on delete cascade,
	need_markdown text not null default '' check (length(need_markdown) <= 8000),
	decision_reason text check (length(decision_reason) <= 2000),
	closing_summary text check (length(closing_summary) <= 8000),
	updated_at timestamptz not null default now()
);

create trigger mentorship_briefs_touch_updated_at before update on public.mentorship_briefs
	for each row execute function public.touch_updated_at();

-- Every status change, with who made it and why: the mentorship's timeline.
create table public.mentorship_events (
	id bigint generated always as identity primary key,
	mentorship_id uuid not null references public.mentorships (id) on delete cascade,
	status public.mentorship_status not null,
	actor_id uuid references public.users (id) on delete set null,
	note text check (length(note) <= 2000),
	created_at timestamptz not null default now()
);

create index mentorship_events_mentorship_idx on public.mentorship_events (mentorship_id, created_at);

-- The officers on each side, with their dates. Periods end; rows are never deleted.
create table public.mentorship_officers (
	id uuid primary key default gen_random_uuid(),
	mentorship_id uuid not null references public.mentorships (id) on delete cascade,
	user_id uuid not null references public.users (id),
	side public.mentorship_side not null,
	is_lead boolean not null default false,
	started_at timestamptz not null default now(),
	ended_at timestamptz check (ended_at is null or ended_at >= started_at),
	ended_reason text check (ended_reason in ('transferred', 'deactivated', 'handed_over', 'closed')),
	created_at timestamptz not null default now()
);

create index mentorship_officers_mentorship_idx on public.mentorship_officers (mentorship_id);
create index mentorship_officers_user_idx on public.mentorship_officers (user_id) where ended_at is null;
-- One open period per officer and mentorship.
create unique index mentorship_officers_open_idx on public.mentorship_officers (mentorship_id, user_id)
	where ended_at is null;

create table public.mentorship_goals (
	id uuid primary key default gen_random_uuid(),
	mentorship_id uuid not null references public.mentorships (id) on delete cascade,
	text text not null check (length(text) between 1 and 500),
	status public.goal_status not null default 'open',
	practice_ids uuid[] not null default '{}' check (cardinality(practice_ids) <= 20),
	created_by uuid references public.users (id) on delete set null default app.user_id(),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

create index mentorship_goals_mentorship_idx on public.mentorship_goals (mentorship_id);

create trigger mentorship_goals_touch_updated_at before update on public.mentorship_goals
	for each row execute function public.touch_updated_at();

-- Linked practices must exist (arrays carry no foreign key).
create function app.check_goal_practices() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
	if exists (select 1 from unnest(new.practice_ids) p
		where not exists (select 1 from public.practices x where x.id = p)) then
		raise exception 'unknown practice in goal' using errcode = '22023', hint = 'practice_ids';
	end if;
	return new;
end
$$;

create trigger mentorship_goals_check_practices before insert or update on public.mentorship_goals
	for each row execute function app.check_goal_practices();

-- Sessions --------------------------------------------------------------------------------------

create table public.mentorship_sessions (
	id uuid primary key default gen_random_uuid(),
	mentorship_id uuid not null references public.mentorships (id) on delete cascade,
	title text not null check (length(title) between 1 and 200),
	starts_at timestamptz not null,
	duration_minutes smallint not null check (duration_minutes between 5 and 1440),
	mode public.session_mode not null,
	location text check (length(location) <= 300),
	meeting_url text check (meeting_url ~ '^https://[^\s]+$' and length(meeting_url) <= 500),
	agenda_markdown text not null default '' check (length(agenda_markdown) <= 8000),
	notes_markdown text not null default '' check (length(notes_markdown) <= 20000),
	status public.session_status not null default 'scheduled',
	-- For 409 on stale saves.
	version int not null default 1,
	-- The calendar's SEQUENCE: rises with every change, so calendar apps take the new copy.
	sequence int not null default 0,
	created_by uuid references public.users (id) on delete set null default app.user_id(),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

create index mentorship_sessions_mentorship_idx on public.mentorship_sessions (mentorship_id, starts_at);
create index mentorship_sessions_starts_idx on public.mentorship_sessions (starts_at);

create table public.session_attendees (
	session_id uuid not null references public.mentorship_sessions (id) on delete cascade,
	user_id uuid not null references public.users (id),
	primary key (session_id, user_id)
);

create index session_attendees_user_idx on public.session_attendees (user_id);

-- People without an account (a consultant, a department head), by name and designation.
create table public.session_guests (
	id uuid primary key default gen_random_uuid(),
	session_id uuid not null references public.mentorship_sessions (id) on delete cascade,
	name text not null check (length(name) between 1 and 120),
	designation text check (length(designation) <= 120)
);

create index session_guests_session_idx on public.session_guests (session_id);

-- Every change moves the version and the calendar sequence on; the API roles cannot set them.
create function app.guard_session_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if tg_op = 'INSERT' then
		new.version := 1;
		new.sequence := 0;
		new.created_at := now();
		new.updated_at := now();
		return new;
	end if;
	if row(new.title, new.starts_at, new.duration_minutes, new.mode, new.location, new.meeting_url,
		new.agenda_markdown, new.notes_markdown, new.status)
		is not distinct from row(old.title, old.starts_at, old.duration_minutes, old.mode,
		old.location, old.meeting_url, old.agenda_markdown, old.notes_markdown, old.status) then
		return new;
	end if;
	new.mentorship_id := old.mentorship_id;
	new.created_by := old.created_by;
	new.created_at := old.created_at;
	new.version := old.version + 1;
	new.sequence := old.sequence + 1;
	new.updated_at := now();
	return new;
end
$$;

create trigger mentorship_sessions_guard_write before insert or update on public.mentorship_sessions
	for each row execute function app.guard_session_write();

-- Action items ----------------------------------------------------------------------------------

create table public.action_items (
	id uuid primary key default gen_random_uuid(),
	mentorship_id uuid not null references public.mentorships (id) on delete cascade,
	session_id uuid references public.mentorship_sessions (id) on delete set null,
	title text not null check (length(title) between 1 and 300),
	owner_id uuid not null references public.users (id),
	due_on date not null,
	status public.action_status not null default 'open',
	closing_comment text check (length(closing_comment) <= 2000),
	closed_at timestamptz,
	version int not null default 1,
	created_by uuid references public.users (id) on delete set null default app.user_id(),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

create index action_items_mentorship_idx on public.action_items (mentorship_id, status, due_on);
create index action_items_owner_idx on public.action_items (owner_id, status, due_on);

-- The owner works in one of the two cities; the session belongs to the same mentorship; closing
-- stamps the time; every change moves the version on.
create function app.guard_action_item_write() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
	m public.mentorships;
begin
	select * into m from public.mentorships where id = new.mentorship_id;
	if not exists (
		select 1 from public.users u
		where u.id = new.owner_id and u.status = 'active'
			and u.city_id in (m.mentor_city_id, m.mentee_city_id)
	) and (tg_op = 'INSERT' or new.owner_id is distinct from old.owner_id) then
		raise exception 'the owner must be an active officer of one of the two cities'
			using errcode = '22023', hint = 'owner_id';
	end if;
	if new.session_id is not null and not exists (
		select 1 from public.mentorship_sessions s
		where s.id = new.session_id and s.mentorship_id = new.mentorship_id
	) then
		raise exception 'the session belongs to another mentorship'
			using errcode = '22023', hint = 'session_id';
	end if;
	if tg_op = 'INSERT' then
		new.version := 1;
		new.created_at := now();
	else
		new.mentorship_id := old.mentorship_id;
		new.created_by := old.created_by;
		new.created_at := old.created_at;
		new.version := old.version + 1;
	end if;
	new.closed_at := case
		when new.status = 'open' then null
		when tg_op = 'UPDATE' and old.status <> 'open' then old.closed_at
		else now()
	end;
	new.updated_at := now();
	return new;
end
$$;

create trigger action_items_guard_write before insert or update on public.action_items
	for each row execute function app.guard_action_item_write();

-- Check-ins: at the midpoint and at the close, each side answers once. The close check-in is
-- each side's rating and feedback on the mentorship.
create table public.mentorship_checkins (
	id uuid primary key default gen_random_uuid(),
	mentorship_id uuid not null references public.mentorships (id) on delete cascade,
	side public.mentorship_side not null,
	stage public.checkin_stage not null,
	rating smallint not null check (rating between 1 and 5),
	worked text not null default '' check (length(worked) <= 4000),
	did_not_work text not null default '' check (length(did_not_work) <= 4000),
	author_id uuid references public.users (id) on delete set null default app.user_id(),
	created_at timestamptz not null default now(),
	unique (mentorship_id, side, stage)
);

-- Calendars and notifications -------------------------------------------------------------------

create table public.calendar_feeds (
	id uuid primary key default gen_random_uuid(),
	user_id uuid not null references public.users (id) on delete cascade default app.user_id(),
	-- SHA-256 of the secret in the feed's address, hex: the secret itself is never stored.
	token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
	created_at timestamptz not null default now(),
	last_used_at timestamptz,
	revoked_at timestamptz
);

create index calendar_feeds_user_idx on public.calendar_feeds (user_id) where revoked_at is null;

create table public.notification_settings (
	user_id uuid primary key references public.users (id) on delete cascade default app.user_id(),
	session_reminders boolean not null default true,
	action_digest boolean not null default true,
	nudges boolean not null default true,
	updated_at timestamptz not null default now()
);

-- What the scheduled jobs have already sent, so a job run twice (or on two instances) sends
-- nothing twice. System work only.
create table public.notification_log (
	kind text not null check (length(kind) <= 40),
	subject_id uuid not null,
	user_id uuid references public.users (id) on delete cascade,
	-- What makes a repeat a new message: the day of a digest, the sequence of a session change.
	period text not null default '' check (length(period) <= 40),
	created_at timestamptz not null default now(),
	primary key (kind, subject_id, user_id, period)
);

-- Who may read what ------------------------------------------------------------------------------

-- Security definer: the policies of the child tables ask about the mentorship whatever the
-- mentorships policies would show the caller, and no policy then recurses.
create function app.can_read_mentorship(p_mentorship_id uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select app.is_admin() or exists (
		select 1 from public.mentorships m
		where m.id = p_mentorship_id
			and app.active_city() in (m.mentor_city_id, m.mentee_city_id)
	);
$$;

-- Either side works on a mentorship that is running: sessions, notes, goals, action items.
create function app.can_work_on_mentorship(p_mentorship_id uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select app.is_admin() or exists (
		select 1 from public.mentorships m
		where m.id = p_mentorship_id
			and m.status in ('active', 'paused')
			and app.active_city() in (m.mentor_city_id, m.mentee_city_id)
	);
$$;

-- The side the caller's city is on, if any.
create function app.mentorship_side_of_caller(p_mentorship_id uuid) returns public.mentorship_side
language sql stable security definer
set search_path = ''
as $$
	select case
		when app.active_city() = m.mentor_city_id then 'mentor'::public.mentorship_side
		when app.active_city() = m.mentee_city_id then 'mentee'::public.mentorship_side
	end
	from public.mentorships m where m.id = p_mentorship_id;
$$;

create function app.session_mentorship(p_session_id uuid) returns uuid
language sql stable security definer
set search_path = ''
as $$
	select mentorship_id from public.mentorship_sessions where id = p_session_id;
$$;

-- A mentor's public identity (name, designation, city) and load, for the directory. Only for
-- users with a mentor profile, so these never name anyone else.
create function app.mentor_name(p_user_id uuid) returns text
language sql stable security definer
set search_path = ''
as $$
	select u.name from public.users u join public.mentor_profiles p on p.user_id = u.id
	where u.id = p_user_id;
$$;

create function app.mentor_designation(p_user_id uuid) returns text
language sql stable security definer
set search_path = ''
as $$
	select u.designation from public.users u join public.mentor_profiles p on p.user_id = u.id
	where u.id = p_user_id;
$$;

create function app.mentor_city(p_user_id uuid) returns uuid
language sql stable security definer
set search_path = ''
as $$
	select u.city_id from public.users u join public.mentor_profiles p on p.user_id = u.id
	where u.id = p_user_id;
$$;

create function app.mentor_is_active(p_user_id uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select coalesce(bool_and(u.status = 'active' and u.role = 'mentor'), false)
	from public.users u where u.id = p_user_id;
$$;

-- Mentee cities a mentor leads now: what counts against their capacity.
create function app.mentor_load(p_user_id uuid) returns int
language sql stable security definer
set search_path = ''
as $$
	select count(*)::int from public.mentorships m
	where m.lead_mentor_id = p_user_id and m.status in ('active', 'paused');
$$;

revoke execute on all functions in schema app from public;
grant execute on all functions in schema app to anon, authenticated, service_role;

-- Row-level security on every table ---------------------------------------------------------------

alter table public.programmes enable row level security;
alter table public.programme_cities enable row level security;
alter table public.mentor_profiles enable row level security;
alter table public.mentor_programmes enable row level security;
alter table public.mentorships enable row level security;
alter table public.mentorship_briefs enable row level security;
alter table public.mentorship_events enable row level security;
alter table public.mentorship_officers enable row level security;
alter table public.mentorship_goals enable row level security;
alter table public.mentorship_sessions enable row level security;
alter table public.session_attendees enable row level security;
alter table public.session_guests enable row level security;
alter table public.action_items enable row level security;
alter table public.mentorship_checkins enable row level security;
alter table public.calendar_feeds enable row level security;
alter table public.notification_settings enable row level security;
-- notification_log: no policy; only system work reads and writes it.
alter table public.notification_log enable row level security;

create policy "programmes are public" on public.programmes
	for select to anon, authenticated using (true);
create policy "admins write programmes" on public.programmes
	for all to authenticated using (app.is_admin()) with check (app.is_admin());
create policy "programme cities are public" on public.programme_cities
	for select to anon, authenticated using (true);
create policy "admins write programme cities" on public.programme_cities
	for all to authenticated using (app.is_admin()) with check (app.is_admin());

-- Public profiles of active mentors are public; signed-in officers read every active mentor's
-- profile (suggestions rank them all); mentors read and write their own; admins all.
create policy "public mentor profiles are public" on public.mentor_profiles
	for select to anon using (is_public and app.mentor_is_active(user_id));
create policy "officers read mentor profiles" on public.mentor_profiles
	for select to authenticated using (
		app.active_role() is not null and (
			app.mentor_is_active(user_id) or user_id = app.user_id() or app.is_admin()
		)
	);
create policy "mentors create their profile, admins any" on public.mentor_profiles
	for insert to authenticated with check (
		(user_id = app.user_id() and app.active_role() = 'mentor') or app.is_admin()
	);
create policy "mentors edit their profile, admins any" on public.mentor_profiles
	for update to authenticated
	using ((user_id = app.user_id() and app.active_role() = 'mentor') or app.is_admin())
	with check ((user_id = app.user_id() and app.active_role() = 'mentor') or app.is_admin());

create policy "mentor programmes follow the profile" on public.mentor_programmes
	for select to anon, authenticated using (
		exists (select 1 from public.mentor_profiles p where p.user_id = mentor_programmes.user_id)
	);
create policy "mentors choose their programmes, admins any" on public.mentor_programmes
	for all to authenticated
	using ((user_id = app.user_id() and app.active_role() = 'mentor') or app.is_admin())
	with check ((user_id = app.user_id() and app.active_role() = 'mentor') or app.is_admin());

-- Which city mentors which is public once the pairing runs or ran; requests, proposals and
-- refusals are the two cities' business.
create policy "running and past pairings are public" on public.mentorships
	for select to anon, authenticated using (status in ('active', 'paused', 'completed'));
create policy "the two cities and admins read their mentorships" on public.mentorships
	for select to authenticated using (
		app.is_admin() or app.active_city() in (mentor_city_id, mentee_city_id)
	);
-- Writes go through the functions below (request, decide, change status), as the caller.
create policy "members of the mentee city request, admins propose" on public.mentorships
	for insert to authenticated with check (
		(status = 'requested' and mentee_city_id = app.active_city()
			and app.active_role() in ('city_member', 'mentor'))
		or (status = 'proposed' and app.is_admin())
	);
create policy "the two cities and admins update their mentorships" on public.mentorships
	for update to authenticated
	using (app.is_admin() or app.active_city() in (mentor_city_id, mentee_city_id))
	with check (app.is_admin() or app.active_city() in (mentor_city_id, mentee_city_id));

create policy "briefs are read by the two cities and admins" on public.mentorship_briefs
	for select to authenticated using (app.can_read_mentorship(mentorship_id));
create policy "briefs are written by the two cities and admins" on public.mentorship_briefs
	for all to authenticated
	using (app.can_read_mentorship(mentorship_id))
	with check (app.can_read_mentorship(mentorship_id));

create policy "events are read by the two cities and admins" on public.mentorship_events
	for select to authenticated using (app.can_read_mentorship(mentorship_id));

create policy "officers are read by the two cities and admins" on public.mentorship_officers
	for select to authenticated using (app.can_read_mentorship(mentorship_id));

create policy "goals are read by the two cities and admins" on public.mentorship_goals
	for select to authenticated using (app.can_read_mentorship(mentorship_id));
create policy "either side writes goals while the mentorship runs" on public.mentorship_goals
	for all to authenticated
	using (app.can_work_on_mentorship(mentorship_id))
	with check (app.can_work_on_mentorship(mentorship_id));

create policy "sessions are read by the two cities and admins" on public.mentorship_sessions
	for select to authenticated using (app.can_read_mentorship(mentorship_id));
create policy "either side schedules sessions while the mentorship runs" on public.mentorship_sessions
	for insert to authenticated with check (app.can_work_on_mentorship(mentorship_id));
create policy "either side updates sessions while the mentorship runs" on public.mentorship_sessions
	for update to authenticated
	using (app.can_work_on_mentorship(mentorship_id))
	with check (app.can_work_on_mentorship(mentorship_id));

create policy "attendees follow their session" on public.session_attendees
	for select to authenticated using (app.can_read_mentorship(app.session_mentorship(session_id)));
create policy "either side names attendees" on public.session_attendees
	for all to authenticated
	using (app.can_work_on_mentorship(app.session_mentorship(session_id)))
	with check (app.can_work_on_mentorship(app.session_mentorship(session_id)));
create policy "guests follow their session" on public.session_guests
	for select to authenticated using (app.can_read_mentorship(app.session_mentorship(session_id)));
create policy "either side names guests" on public.session_guests
	for all to authenticated
	using (app.can_work_on_mentorship(app.session_mentorship(session_id)))
	with check (app.can_work_on_mentorship(app.session_mentorship(session_id)));

create policy "action items are read by the two cities and admins" on public.action_items
	for select to authenticated using (app.can_read_mentorship(mentorship_id));
create policy "either side adds action items while the mentorship runs" on public.action_items
	for insert to authenticated with check (app.can_work_on_mentorship(mentorship_id));
create policy "either side updates action items while the mentorship runs" on public.action_items
	for update to authenticated
	using (app.can_work_on_mentorship(mentorship_id))
	with check (app.can_work_on_mentorship(mentorship_id));

-- A side's answers are read by that side and the admins only.
create policy "each side and admins read its check-ins" on public.mentorship_checkins
	for select to authenticated using (
		app.is_admin() or app.mentorship_side_of_caller(mentorship_id) = side
	);
create policy "each side answers for itself" on public.mentorship_checkins
	for insert to authenticated with check (
		author_id = app.user_id() and app.mentorship_side_of_caller(mentorship_id) = side
		and app.can_read_mentorship(mentorship_id)
	);

create policy "users read their calendar feeds" on public.calendar_feeds
	for select to authenticated using (user_id = app.user_id() and app.active_role() is not null);
create policy "users make calendar feeds" on public.calendar_feeds
	for insert to authenticated with check (user_id = app.user_id() and app.active_role() is not null);
create policy "users revoke their calendar feeds" on public.calendar_feeds
	for update to authenticated
	using (user_id = app.user_id() and app.active_role() is not null and revoked_at is null)
	with check (user_id = app.user_id() and revoked_at is not null);

create policy "users read their notification settings" on public.notification_settings
	for select to authenticated using (user_id = app.user_id());
create policy "users make their notification settings" on public.notification_settings
	for insert to authenticated with check (user_id = app.user_id() and app.active_role() is not null);
create policy "users change their notification settings" on public.notification_settings
	for update to authenticated
	using (user_id = app.user_id() and app.active_role() is not null)
	with check (user_id = app.user_id());

-- Grants: exactly what the app uses --------------------------------------------------------------

grant select on public.programmes, public.programme_cities to anon, authenticated;
grant insert, update on public.programmes to authenticated;
grant insert, delete on public.programme_cities to authenticated;

grant select on public.mentor_profiles, public.mentor_programmes to anon, authenticated;
grant insert (user_id, bio_markdown, languages, capacity, sectors, components, is_public)
	on public.mentor_profiles to authenticated;
grant update (bio_markdown, languages, capacity, sectors, components, is_public)
	on public.mentor_profiles to authenticated;
grant insert, delete on public.mentor_programmes to authenticated;

-- The public reads the pairing, never who asked or the private brief.
grant select (id, programme_id, mentor_city_id, mentee_city_id, lead_mentor_id, sectors,
	components, status, started_on, ended_on, source_url, confidence, created_at, updated_at)
	on public.mentorships to anon;
grant select on public.mentorships to authenticated;
grant select on public.mentorship_briefs, public.mentorship_events, public.mentorship_officers
	to authenticated;
grant update (decision_reason, closing_summary, need_markdown) on public.mentorship_briefs
	to authenticated;

grant select on public.mentorship_goals to authenticated;
grant insert (mentorship_id, text, status, practice_ids) on public.mentorship_goals to authenticated;
grant update (text, status, practice_ids) on public.mentorship_goals to authenticated;
grant select on public.mentorship_sessions to authenticated;
grant select, insert, delete on public.session_attendees, public.session_guests to authenticated;
grant select on public.action_items to authenticated;
grant insert (mentorship_id, session_id, title, owner_id, due_on) on public.action_items
	to authenticated;
grant update (title, owner_id, due_on, status, closing_comment, session_id) on public.action_items
	to authenticated;
grant select on public.mentorship_checkins to authenticated;
grant insert (mentorship_id, side, stage, rating, worked, did_not_work, author_id)
	on public.mentorship_checkins to authenticated;

grant select (id, user_id, created_at, last_used_at, revoked_at) on public.calendar_feeds
	to authenticated;
grant insert (user_id, token_hash) on public.calendar_feeds to authenticated;
grant update (revoked_at) on public.calendar_feeds to authenticated;
grant select on public.notification_settings to authenticated;
grant insert (user_id, session_reminders, action_digest, nudges) on public.notification_settings
	to authenticated;
grant update (session_reminders, action_digest, nudges) on public.notification_settings
	to authenticated;

-- Views ------------------------------------------------------------------------------------------

-- The mentor directory: a profile with its mentor's name, designation, city and load, and never
-- an email. Security invoker: the profiles policies decide the rows (public ones for anyone).
create view public.mentor_directory with (security_invoker = true) as
	select p.user_id as id, app.mentor_name(p.user_id) as name,
		app.mentor_designation(p.user_id) as designation, app.mentor_city(p.user_id) as city_id,
		p.languages, p.capacity, p.sectors, p.components, p.is_public, p.bio_markdown,
		app.mentor_load(p.user_id) as active_mentorships, p.updated_at
	from public.mentor_profiles p
	where app.mentor_is_active(p.user_id);

grant select on public.mentor_directory to anon, authenticated;

-- Audit -----------------------------------------------------------------------------------------

create trigger programmes_audit after insert or update or delete on public.programmes
	for each row execute function app.audit_write();
create trigger mentor_profiles_audit after insert or update or delete on public.mentor_profiles
	for each row execute function app.audit_write();
create trigger mentorships_audit after insert or update or delete on public.mentorships
	for each row execute function app.audit_write();
create trigger mentorship_briefs_audit after insert or update on public.mentorship_briefs
	for each row execute function app.audit_write();
create trigger mentorship_officers_audit after insert or update on public.mentorship_officers
	for each row execute function app.audit_write();
create trigger mentorship_goals_audit after insert or update or delete on public.mentorship_goals
	for each row execute function app.audit_write();
create trigger mentorship_sessions_audit after insert or update or delete on public.mentorship_sessions
	for each row execute function app.audit_write();
create trigger action_items_audit after insert or update or delete on public.action_items
	for each row execute function app.audit_write();
create trigger mentorship_checkins_audit after insert on public.mentorship_checkins
	for each row execute function app.audit_write();
create trigger calendar_feeds_audit after insert or update on public.calendar_feeds
	for each row execute function app.audit_write();
create trigger notification_settings_audit after insert or update on public.notification_settings
	for each row execute function app.audit_write();
