-- Least privilege. Each API role holds exactly what the app uses, granted here in one place:
-- `anon` (the public) and `authenticated` (a signed-in user, whose row-level security policies
-- then decide which rows). System work uses the service role, which keeps everything.
--
-- tests/integration/privileges.test.ts compares what the catalog grants with
-- tests/integration/privileges.allowlist.json: a grant this file (or a later migration) adds
-- without adding it there fails the test, and so does one it takes away.

-- 1. Start from nothing. ------------------------------------------------------------------------
-- The stack's defaults (as a hosted project's) gave anon and authenticated ALL on every new
-- table and sequence in public, TRUNCATE included, which row-level security does not govern.
-- New objects now start with no privileges for them: each migration grants what it needs.

alter default privileges in schema public revoke all on tables from anon, authenticated;
alter default privileges in schema public revoke all on sequences from anon, authenticated;
alter default privileges in schema public revoke execute on functions from anon, authenticated;

revoke all on all tables in schema public from anon, authenticated;
-- Identity columns draw from their sequences without a grant.
revoke all on all sequences in schema public from anon, authenticated;

-- Functions are executable by PUBLIC unless revoked; pg_trgm's (an extension's) are left alone.
do $$
declare
	fn regprocedure;
begin
	for fn in
		select p.oid::regprocedure from pg_proc p
		where p.pronamespace = 'public'::regnamespace
			and not exists (
				select 1 from pg_depend d
				where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e'
			)
	loop
		execute format('revoke execute on function %s from public, anon, authenticated', fn);
	end loop;
end
$$;

-- 2. Reference data: read-only for everyone. ------------------------------------------------------

grant select on public.cities, public.iccc_components, public.city_components, public.sectors
	to anon, authenticated;

-- 3. Accounts. ----------------------------------------------------------------------------------

-- users: a user may change only their profile (name, designation); admins also role, city and
-- status (app.guard_user_update refuses those to everyone else). Email, sign-in times and ids
-- are system work.
-- Accounts come from invitations (system work), never from a direct insert.
drop policy "admins add users" on public.users;
grant select on public.users to authenticated;
grant update (name, designation, role, city_id, status) on public.users to authenticated;

grant select, delete on public.sessions to authenticated;

grant select on public.invitations to authenticated;
grant insert (email, role, city_id, token_hash, invited_by, expires_at) on public.invitations
	to authenticated;
grant update (revoked_at) on public.invitations to authenticated;

grant select, insert on public.outbox_emails to authenticated;

-- api_tokens: the hash is checked by system work only, and the one change a user makes is to
-- revoke; a revoked token stays revoked.
grant select (id, user_id, name, created_at, last_used_at, revoked_at) on public.api_tokens
	to authenticated;
grant insert (user_id, name, token_hash) on public.api_tokens to authenticated;
grant update (revoked_at) on public.api_tokens to authenticated;
drop policy "users revoke their tokens" on public.api_tokens;
create policy "users revoke their tokens" on public.api_tokens
	for update to authenticated
	using (user_id = app.user_id() and app.active_role() is not null and revoked_at is null)
	with check (user_id = app.user_id() and revoked_at is not null);

grant select on public.audit_log to authenticated;

-- 4. Practices. ---------------------------------------------------------------------------------

-- The public reads published practices but not who wrote them (by id) nor the form keys.
grant select (id, slug, kind, city_id, language, title, title_en, summary_en, markdown, sectors,
	components, outcomes, status, version, created_at, updated_at, published_at)
	on public.practices to anon;
grant select on public.practices to authenticated;
-- Writes name only the columns a user chooses. The author, slug and form key are set once by
-- create_practice; version, updated_at and published_at by the trigger below.
grant insert (slug, kind, city_id, language, title, title_en, summary_en, markdown, sectors,
	components, outcomes, status, author_id, idempotency_key)
	on public.practices to authenticated;
grant update (kind, city_id, language, title, title_en, summary_en, markdown, sectors,
	components, outcomes, status)
	on public.practices to authenticated;

-- What every write of a practice gets whatever the caller sent: the next version, the time,
-- the publication time when it is first published. Only an admin moves a practice to another
-- city (the policies let mentors edit any practice, not re-home it).
create function app.guard_practice_write() returns trigger
language plpgsql
set search_path = ''
as $$
declare
	api_role boolean := current_user in ('anon', 'authenticated');
begin
	if tg_op = 'INSERT' then
		if api_role then
			new.version := 1;
			new.author_id := app.user_id();
			new.created_at := now();
			new.updated_at := now();
			new.published_at := null;
		end if;
		-- System work (seeding, imports) may bring its own publication time.
		new.published_at := case when new.status = 'published' then coalesce(new.published_at, now()) end;
		return new;
	end if;
	if api_role and new.city_id is distinct from old.city_id and not app.is_admin() then
		raise exception 'only a mission admin may move a practice to another city'
			using errcode = '42501', hint = 'city';
	end if;
	if api_role then
		new.slug := old.slug;
		new.author_id := old.author_id;
		new.idempotency_key := old.idempotency_key;
		new.created_at := old.created_at;
	end if;
	new.version := old.version + 1;
	new.updated_at := now();
	if api_role or new.published_at is not distinct from old.published_at then
		new.published_at := case
			when new.status = 'published' and old.status <> 'published' then now()
			else old.published_at
		end;
	end if;
	return new;
end
$$;

create trigger practices_guard_write before insert or update on public.practices
	for each row execute function app.guard_practice_write();

-- Every saved version of a practice becomes a revision, in the same transaction, whichever way
-- it was saved. Users never write revisions themselves. The note comes from the saving function
-- (a transaction-local setting, which PostgREST callers cannot set).
create function app.record_practice_revision() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
	insert into public.practice_revisions (
		practice_id, version, kind, city_id, language, title, title_en, summary_en, markdown,
		sectors, components, outcomes, status, author_id, note
	) values (
		new.id, new.version, new.kind, new.city_id, new.language, new.title, new.title_en,
		new.summary_en, new.markdown, new.sectors, new.components, new.outcomes, new.status,
		app.user_id(),
		case when tg_op = 'INSERT' then 'created'
			else left(nullif(current_setting('app.revision_note', true), ''), 200) end
	);
	return null;
end
$$;

revoke execute on function app.record_practice_revision() from public, anon, authenticated;

create trigger practices_record_revision after insert or update on public.practices
	for each row execute function app.record_practice_revision();

-- Revisions: drafts' history is as private as drafts. Earlier versions of a published practice
-- are read only by its city, mentors and admins.
drop policy "revisions follow their practice" on public.practice_revisions;
drop policy "revisions are written with their practice" on public.practice_revisions;
create policy "revisions are read by those who see drafts" on public.practice_revisions
	for select to authenticated
	using (exists (
		select 1 from public.practices p
		where p.id = practice_id
			and (p.city_id = app.active_city() or app.active_role() in ('mentor', 'mission_admin'))
	));
grant select on public.practice_revisions to authenticated;

-- Creates a practice (its first revision comes from the trigger). Returns its slug. The slug
-- comes from the English title, made unique with -2, -3…; a repeated idempotency key returns
-- the first practice.
create or replace function public.create_practice(p jsonb, p_idempotency_key uuid)
returns text
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	existing text;
	base text;
	candidate text;
	n int := 1;
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
		outcomes, status, author_id, idempotency_key
	) values (
		candidate, (p ->> 'kind')::public.practice_kind, city, p ->> 'language',
		normalize(p ->> 'title', nfc), normalize(p ->> 'title_en', nfc),
		normalize(p ->> 'summary_en', nfc), normalize(p ->> 'markdown', nfc),
		array(select jsonb_array_elements_text(coalesce(p -> 'sectors', '[]'))),
		array(select jsonb_array_elements_text(coalesce(p -> 'components', '[]'))),
		coalesce(p -> 'outcomes', '[]'),
		coalesce((p ->> 'status')::public.practice_status, 'draft'),
		app.user_id(), p_idempotency_key
	);
	return candidate;
end
$$;

-- Saves a practice if nobody saved it since `p_version`: the new version, or, when the practice
-- moved on meanwhile, a conflict carrying the current text so the editor can show what changed.
-- A `city` in `p` moves the practice, which only admins may do.
create or replace function public.update_practice(
	p_slug text, p_version int, p jsonb, p_note text default null
)
returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	current public.practices;
	saved public.practices;
	new_city uuid;
begin
	select * into current from public.practices where slug = p_slug for update;
	if not found then
		return jsonb_build_object('status', 'not_found');
	end if;
	if current.version <> p_version then
		return jsonb_build_object('status', 'conflict', 'current', to_jsonb(current) - 'idempotency_key');
	end if;
	perform app.check_practice(p);
	if p ? 'city' then
		select id into new_city from public.cities where slug = p ->> 'city';
		if new_city is null then
			raise exception 'unknown city %', p ->> 'city' using errcode = '22023', hint = 'city';
		end if;
	end if;
	perform set_config('app.revision_note', coalesce(left(p_note, 200), ''), true);
	update public.practices set
		kind = coalesce((p ->> 'kind')::public.practice_kind, kind),
		language = coalesce(p ->> 'language', language),
		city_id = coalesce(new_city, city_id),
		title = coalesce(normalize(p ->> 'title', nfc), title),
		title_en = coalesce(normalize(p ->> 'title_en', nfc), title_en),
		summary_en = coalesce(normalize(p ->> 'summary_en', nfc), summary_en),
		markdown = coalesce(normalize(p ->> 'markdown', nfc), markdown),
		sectors = case when p ? 'sectors'
			then array(select jsonb_array_elements_text(p -> 'sectors')) else sectors end,
		components = case when p ? 'components'
			then array(select jsonb_array_elements_text(p -> 'components')) else components end,
		outcomes = coalesce(p -> 'outcomes', outcomes),
		status = coalesce((p ->> 'status')::public.practice_status, status)
	where id = current.id
	returning * into saved;
	perform set_config('app.revision_note', '', true);
	if not found then
		-- Row-level security hid the row from the update: not allowed.
		return jsonb_build_object('status', 'forbidden');
	end if;
	return jsonb_build_object('status', 'saved', 'version', saved.version, 'slug', saved.slug);
end
$$;

grant execute on function public.create_practice(jsonb, uuid) to authenticated;
grant execute on function public.update_practice(text, int, jsonb, text) to authenticated;

-- 5. Names of authors, without a definer function anyone can call. -------------------------------

drop function public.author_name(public.practices);
drop function public.author_name(public.practice_revisions);

-- A user's display name by id. Security definer (readers may not read users), so it lives in
-- `app`, which PostgREST does not expose: only the view and computed field below reach it, and
-- they pass only ids of rows the caller may already see.
create function app.user_name(p_user_id uuid) returns text
language sql stable security definer
set search_path = ''
as $$
	select name from public.users where id = p_user_id;
$$;

create function app.practice_author_name(p_practice_id uuid) returns text
language sql stable security definer
set search_path = ''
as $$
	select u.name from public.practices p join public.users u on u.id = p.author_id
	where p.id = p_practice_id;
$$;

revoke execute on function app.user_name(uuid) from public, anon;
grant execute on function app.user_name(uuid) to authenticated, service_role;
revoke execute on function app.practice_author_name(uuid) from public;
grant execute on function app.practice_author_name(uuid) to anon, authenticated, service_role;

-- The author of each practice the caller may read (security invoker: the practices policies
-- decide the rows; author_id itself stays hidden from the public).
create view public.practice_authors with (security_invoker = true) as
	select p.slug, app.practice_author_name(p.id) as author_name from public.practices p;

grant select on public.practice_authors to anon, authenticated;

-- A revision's author as a computed field (`select=author_name`), for those who read revisions.
-- The argument has no name, so the generated types list the field on the revision's row.
create function public.author_name(public.practice_revisions) returns text
language sql stable security invoker
set search_path = ''
as $$
	select app.user_name($1.author_id);
$$;

revoke execute on function public.author_name(public.practice_revisions) from public, anon;
grant execute on function public.author_name(public.practice_revisions) to authenticated;

-- 6. Search. ------------------------------------------------------------------------------------

-- Admins read the queue and its state; only system work and the admins' retry write them.
grant select on public.search_outbox, public.search_index_state to authenticated;
grant update (status, attempts, available_at, last_error) on public.search_outbox to authenticated;
create policy "admins retry dead search updates" on public.search_outbox
	for update to authenticated using (app.is_admin()) with check (app.is_admin());

-- These ran as their owner; as the caller, the policies above give admins the same answers.
alter function public.retry_dead_search_outbox() security invoker;
alter function public.search_outbox_stats() security invoker;
grant execute on function public.retry_dead_search_outbox(), public.search_outbox_stats()
	to authenticated;

-- The fallback search, as the caller (it reads only what the public may), with an empty
-- search_path and bounded work: at most 100 results a page, 100 word groups, 500 terms, terms of
-- at most 200 characters. pg_trgm's functions are named with their schema, which is `public` on
-- the local stack and `extensions` on a hosted project, so the body is written with it here.
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

	with docs as (
		select 'practice' as type, p.slug, p.title, p.title_en, p.summary_en, p.language,
			p.kind::text as kind, p.sectors, p.components, c.slug as city_slug, c.name as city_name,
			c.state, c.zonal_council as zone, p.updated_at,
			p.title || ' ' || p.title_en as titles,
			lower(p.title || ' ' || p.title_en || ' ' || p.summary_en || ' ' || p.markdown || ' '
				|| c.name || ' ' || coalesce(c.name_local, '') || ' ' || c.state || ' '
				|| array_to_string(p.sectors, ' ') || ' ' || array_to_string(p.components, ' ')) as body
		from public.practices p
		join public.cities c on c.id = p.city_id
		where p.status = 'published'
		union all
		select 'city', c.slug, c.name, c.name, coalesce(c.iccc_summary_en, ''), 'en', null,
			'{}'::text[], array(select component_slug from public.city_components where city_id = c.id),
			c.slug, c.name, c.state, c.zonal_council, c.updated_at,
			c.name || ' ' || coalesce(c.name_local, ''),
			lower(c.name || ' ' || coalesce(c.name_local, '') || ' ' || c.state || ' '
				|| coalesce(c.iccc_summary_en, '') || ' ' || coalesce(c.iccc_summary_hi, '')
				|| ' ' || coalesce(c.spv_name, ''))
		from public.cities c
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

grant execute on function public.search_fallback(jsonb, text, jsonb, int, int) to anon, authenticated;

-- 7. Functions the API roles call. ---------------------------------------------------------------

grant execute on function public.city_filter_options(), public.programme_headlines()
	to anon, authenticated;
grant execute on function public.create_invitation(text, text, uuid, text, text, text, text)
	to authenticated;

-- The one function in public that still took the caller's search_path (a trigger's).
alter function public.touch_updated_at() set search_path = '';
