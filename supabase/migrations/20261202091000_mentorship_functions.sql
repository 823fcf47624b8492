-- What a mentorship may go through, and the writes that touch several rows, as functions the
-- server calls with `.rpc()` as the signed-in user (security invoker: the policies still decide).

-- Audit rows of tables keyed by their mentorship or session name it.
create or replace function app.audit_write() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
	row_id text;
	changed text;
	actor uuid := app.user_id();
	r jsonb := to_jsonb(coalesce(new, old));
begin
	row_id := coalesce(r ->> 'id', r ->> 'user_id', r ->> 'mentorship_id', r ->> 'session_id');
	if tg_op = 'UPDATE' then
		select string_agg(key, ', ' order by key) into changed
		from jsonb_each(to_jsonb(new)) n
		where n.value is distinct from (to_jsonb(old) -> n.key)
			and key not in ('updated_at', 'last_seen_at', 'expires_at', 'token_hash', 'password_hash',
				'version', 'sequence');
		if changed is null then
			return new;
		end if;
	end if;
	insert into public.audit_log (actor_id, actor_email, action, entity, entity_id, summary)
	values (
		actor,
		(select email from public.users where id = actor),
		lower(tg_op),
		tg_table_name,
		row_id,
		case tg_op when 'UPDATE' then 'changed ' || changed else null end
	);
	return coalesce(new, old);
end
$$;

create trigger mentor_programmes_audit after insert or delete on public.mentor_programmes
	for each row execute function app.audit_write();
create trigger programme_cities_audit after insert or delete on public.programme_cities
	for each row execute function app.audit_write();
create trigger session_attendees_audit after insert or delete on public.session_attendees
	for each row execute function app.audit_write();
create trigger session_guests_audit after insert or delete on public.session_guests
	for each row execute function app.audit_write();

-- The rules of a mentorship's life ---------------------------------------------------------------
--
--   requested ─┬─ accept (a mentor of the mentor city) ──▶ active ◀─▶ paused
--   proposed  ─┤  decline (a mentor of the mentor city) ─▶ declined      │
--              ├─ withdraw (the mentee city, or an admin) ▶ withdrawn    ▼
--              └─ unanswered for 10 days (system) ───────▶ expired   completed (either side)
--
-- Admins may do what either side may. System work (the service role) is not checked here.
create function app.guard_mentorship_write() returns trigger
language plpgsql
set search_path = ''
as $$
declare
	api_role boolean := current_user in ('anon', 'authenticated');
	city uuid := app.active_city();
	admin boolean := app.is_admin();
	is_mentor_side boolean;
	is_mentee_side boolean;
begin
	if tg_op = 'INSERT' then
		new.version := 1;
		if api_role then
			new.created_at := now();
			new.requested_at := now();
			new.decided_at := null;
			new.started_on := null;
			new.ended_on := null;
			new.source_url := null;
			new.confidence := null;
		end if;
		return new;
	end if;
	new.version := old.version + 1;
	new.updated_at := now();
	if not api_role then
		return new;
	end if;
	if (new.programme_id, new.mentor_city_id, new.mentee_city_id, new.created_at,
		new.requested_at, new.source_url, new.confidence)
		is distinct from (old.programme_id, old.mentor_city_id, old.mentee_city_id, old.created_at,
		old.requested_at, old.source_url, old.confidence) then
		raise exception 'a mentorship keeps its programme and cities' using errcode = '42501';
	end if;
	if new.lead_mentor_id is distinct from old.lead_mentor_id and not admin
		and not (old.status in ('requested', 'proposed') and new.status = 'active'
			and new.lead_mentor_id = app.user_id()) then
		raise exception 'only an admin reassigns the lead mentor' using errcode = '42501';
	end if;
	if new.status = old.status then
		return new;
	end if;
	is_mentor_side := admin or (city = old.mentor_city_id and app.active_role() = 'mentor');
	is_mentee_side := admin or city = old.mentee_city_id;
	if not (
		(old.status in ('requested', 'proposed') and new.status in ('active', 'declined')
			and is_mentor_side)
		or (old.status in ('requested', 'proposed') and new.status = 'withdrawn' and is_mentee_side)
		or (old.status = 'active' and new.status in ('paused', 'completed')
			and (is_mentor_side or is_mentee_side or city = old.mentor_city_id))
		or (old.status = 'paused' and new.status in ('active', 'completed')
			and (is_mentor_side or is_mentee_side or city = old.mentor_city_id))
	) then
		raise exception 'a mentorship cannot go from % to % by this user', old.status, new.status
			using errcode = '42501', hint = 'status';
	end if;
	if old.status in ('requested', 'proposed') then
		new.decided_at := now();
		if new.status = 'active' then
			new.started_on := (now() at time zone 'Asia/Kolkata')::date;
		end if;
	end if;
	if new.status = 'completed' then
		new.ended_on := (now() at time zone 'Asia/Kolkata')::date;
	end if;
	return new;
end
$$;

create trigger mentorships_guard_write before insert or update on public.mentorships
	for each row execute function app.guard_mentorship_write();

-- Every status, first and changed, goes on the timeline, with the note the function gave.
create function app.record_mentorship_event() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
	if tg_op = 'INSERT' or new.status is distinct from old.status then
		insert into public.mentorship_events (mentorship_id, status, actor_id, note)
		values (new.id, new.status, app.user_id(),
			left(nullif(current_setting('app.event_note', true), ''), 2000));
	end if;
	return null;
end
$$;

revoke execute on function app.record_mentorship_event() from public, anon, authenticated;

create trigger mentorships_record_event after insert or update on public.mentorships
	for each row execute function app.record_mentorship_event();

-- An officer's period starts (system side of the functions below; users never write periods).
create function app.start_officer_period(
	p_mentorship_id uuid, p_user_id uuid, p_side public.mentorship_side, p_lead boolean
) returns void
language plpgsql security definer
set search_path = ''
as $$
begin
	if p_lead then
		update public.mentorship_officers set is_lead = false
		where mentorship_id = p_mentorship_id and side = p_side and ended_at is null;
	end if;
	insert into public.mentorship_officers (mentorship_id, user_id, side, is_lead)
	values (p_mentorship_id, p_user_id, p_side, p_lead)
	on conflict (mentorship_id, user_id) where ended_at is null
	do update set is_lead = excluded.is_lead or public.mentorship_officers.is_lead;
end
$$;

-- Signed-in users reach it only through the functions below (PostgREST does not expose `app`).
revoke execute on function app.start_officer_period(uuid, uuid, public.mentorship_side, boolean)
	from public, anon;
grant execute on function app.start_officer_period(uuid, uuid, public.mentorship_side, boolean)
	to authenticated;

-- Ends the open periods on a mentorship (of one side, or all), but not the given officer's.
create function app.end_mentorship_periods(
	p_mentorship_id uuid, p_reason text, p_side public.mentorship_side default null,
	p_leads_only boolean default false, p_except uuid default null
) returns void
language sql security definer
set search_path = ''
as $$
	update public.mentorship_officers set ended_at = now(), ended_reason = p_reason
	where mentorship_id = p_mentorship_id and ended_at is null
		and (p_side is null or side = p_side) and (not p_leads_only or is_lead)
		and user_id is distinct from p_except;
$$;

revoke execute on function app.end_mentorship_periods(uuid, text, public.mentorship_side, boolean, uuid)
	from public, anon;
grant execute on function app.end_mentorship_periods(uuid, text, public.mentorship_side, boolean, uuid)
	to authenticated;

-- When an officer is transferred to another city or deactivated, their periods end (the names
-- stay) and their calendar feeds stop; their open action items and lead roles then show on the
-- admins' handover list until reassigned.
create function app.end_officer_periods() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
	reason text := case
		when new.status = 'deactivated' and old.status <> 'deactivated' then 'deactivated'
		when new.city_id is distinct from old.city_id then 'transferred'
	end;
begin
	if reason is null then
		return null;
	end if;
	update public.mentorship_officers set ended_at = now(), ended_reason = reason
	where user_id = new.id and ended_at is null;
	update public.calendar_feeds set revoked_at = now()
	where user_id = new.id and revoked_at is null;
	return null;
end
$$;

revoke execute on function app.end_officer_periods() from public, anon, authenticated;

create trigger users_end_officer_periods after update of city_id, status on public.users
	for each row execute function app.end_officer_periods();

-- Requests, proposals and decisions ---------------------------------------------------------------

-- The programme a new mentorship runs in: the one asked for, else an active one the mentor
-- serves, else the first active programme.
create function app.pick_programme(p_slug text, p_mentor_id uuid) returns uuid
language sql stable security definer
set search_path = ''
as $$
	select coalesce(
		(select id from public.programmes where slug = p_slug),
		(select p.id from public.mentor_programmes mp join public.programmes p on p.id = mp.programme_id
			where mp.user_id = p_mentor_id and p.status = 'active' order by p.starts_on nulls last limit 1),
		(select id from public.programmes where status = 'active' order by starts_on nulls last limit 1)
	);
$$;

-- A member of the mentee city asks a mentor for help (status `requested`), or an admin proposes
-- a pairing (`proposed`). `p`: { mentee_city, mentor_id, sectors, components, need, programme? }.
-- Returns the new mentorship's id.
create function public.request_mentorship(p jsonb, p_propose boolean default false)
returns uuid
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	mentee uuid;
	mentor_city uuid;
	programme uuid;
	created uuid;
begin
	select id into mentee from public.cities where slug = p ->> 'mentee_city';
	if mentee is null then
		raise exception 'unknown city %', p ->> 'mentee_city' using errcode = '22023', hint = 'mentee_city';
	end if;
	if not app.mentor_is_active((p ->> 'mentor_id')::uuid)
		or not exists (select 1 from public.mentor_profiles where user_id = (p ->> 'mentor_id')::uuid) then
		raise exception 'no active mentor %', p ->> 'mentor_id' using errcode = '22023', hint = 'mentor_id';
	end if;
	mentor_city := app.mentor_city((p ->> 'mentor_id')::uuid);
	if mentor_city = mentee then
		raise exception 'a city cannot mentor itself' using errcode = '22023', hint = 'mentor_id';
	end if;
	programme := app.pick_programme(p ->> 'programme', (p ->> 'mentor_id')::uuid);
	if programme is null then
		raise exception 'no active programme' using errcode = '22023', hint = 'programme';
	end if;
	if exists (
		select 1 from public.mentorships m
		where m.mentor_city_id = mentor_city and m.mentee_city_id = mentee
			and m.status in ('requested', 'proposed', 'active', 'paused')
	) then
		raise exception 'these cities already have an open mentorship'
			using errcode = '23505', hint = 'mentor_id';
	end if;
	insert into public.mentorships (
		programme_id, mentor_city_id, mentee_city_id, lead_mentor_id, sectors, components, status
	) values (
		programme, mentor_city, mentee, (p ->> 'mentor_id')::uuid,
		array(select jsonb_array_elements_text(coalesce(p -> 'sectors', '[]'))),
		array(select jsonb_array_elements_text(coalesce(p -> 'components', '[]'))),
		case when p_propose then 'proposed' else 'requested' end::public.mentorship_status
	) returning id into created;
	insert into public.mentorship_briefs (mentorship_id, need_markdown)
	values (created, normalize(coalesce(p ->> 'need', ''), nfc));
	if not p_propose then
		perform app.start_officer_period(created, app.user_id(), 'mentee', true);
	end if;
	return created;
end
$$;

-- A mentor of the mentor city accepts (and becomes its lead) or declines, with a reason. An
-- accept beyond the mentor's capacity is refused. Returns { status: 'saved' | 'full' |
-- 'not_found' | 'forbidden' | 'not_open' }.
create function public.decide_mentorship(p_id uuid, p_accept boolean, p_reason text)
returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	m public.mentorships;
	me uuid := app.user_id();
	lead uuid;
	cap int;
begin
	select * into m from public.mentorships where id = p_id for update;
	if not found then
		return jsonb_build_object('status', 'not_found');
	end if;
	if m.status not in ('requested', 'proposed') then
		return jsonb_build_object('status', 'not_open', 'current', m.status);
	end if;
	if not (app.is_admin() or (app.active_role() = 'mentor' and app.active_city() = m.mentor_city_id)) then
		return jsonb_build_object('status', 'forbidden');
	end if;
	if not p_accept and length(trim(coalesce(p_reason, ''))) = 0 then
		raise exception 'a reason is needed to decline' using errcode = '22023', hint = 'reason';
	end if;
	-- The mentor who accepts leads; an admin accepts for the mentor the request names.
	lead := case when app.is_admin() then m.lead_mentor_id else me end;
	if p_accept and lead is null then
		raise exception 'no mentor to lead this mentorship' using errcode = '22023', hint = 'mentor_id';
	end if;
	perform set_config('app.event_note', coalesce(left(p_reason, 2000), ''), true);
	if p_accept then
		-- Accepting takes one of the lead's places: two accepts at once must not both fit.
		perform pg_advisory_xact_lock(hashtextextended('mentor-load:' || lead, 0));
		select capacity into cap from public.mentor_profiles where user_id = lead;
		if app.mentor_load(lead) >= coalesce(cap, 0) then
			perform set_config('app.event_note', '', true);
			return jsonb_build_object('status', 'full', 'capacity', coalesce(cap, 0));
		end if;
		update public.mentorships set status = 'active', lead_mentor_id = lead where id = p_id;
		perform app.start_officer_period(p_id, lead, 'mentor', true);
	else
		update public.mentorships set status = 'declined' where id = p_id;
	end if;
	update public.mentorship_briefs set decision_reason = nullif(trim(p_reason), '')
	where mentorship_id = p_id;
	perform set_config('app.event_note', '', true);
	return jsonb_build_object('status', 'saved');
end
$$;

-- Pause, resume, complete (with a closing summary) or withdraw. Returns { status: 'saved' |
-- 'not_found' | 'forbidden' }; a move the rules refuse raises 42501.
create function public.change_mentorship_status(
	p_id uuid, p_status public.mentorship_status, p_note text default null,
	p_closing_summary text default null
)
returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	m public.mentorships;
begin
	select * into m from public.mentorships where id = p_id for update;
	if not found then
		return jsonb_build_object('status', 'not_found');
	end if;
	if p_status not in ('active', 'paused', 'completed', 'withdrawn') then
		raise exception 'use decide_mentorship to accept or decline' using errcode = '22023',
			hint = 'status';
	end if;
	if p_status = 'active' and m.status <> 'paused' then
		raise exception 'only a paused mentorship resumes' using errcode = '42501', hint = 'status';
	end if;
	perform set_config('app.event_note', coalesce(left(p_note, 2000), ''), true);
	update public.mentorships set status = p_status where id = p_id;
	if not found then
		perform set_config('app.event_note', '', true);
		return jsonb_build_object('status', 'forbidden');
	end if;
	if p_status = 'completed' then
		update public.mentorship_briefs
		set closing_summary = coalesce(nullif(trim(p_closing_summary), ''), closing_summary)
		where mentorship_id = p_id;
		perform app.end_mentorship_periods(p_id, 'closed');
	end if;
	perform set_config('app.event_note', '', true);
	return jsonb_build_object('status', 'saved');
end
$$;

-- An admin hands a mentorship's side to another officer of that side's city: the previous lead's
-- period ends ('handed_over'), the new officer's starts. Returns { status }.
create function public.reassign_mentorship_officer(
	p_id uuid, p_side public.mentorship_side, p_user_id uuid
)
returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	m public.mentorships;
	officer public.users;
	side_city uuid;
begin
	if not app.is_admin() then
		return jsonb_build_object('status', 'forbidden');
	end if;
	select * into m from public.mentorships where id = p_id for update;
	if not found then
		return jsonb_build_object('status', 'not_found');
	end if;
	select * into officer from public.users where id = p_user_id;
	side_city := case p_side when 'mentor' then m.mentor_city_id else m.mentee_city_id end;
	if officer.id is null or officer.status <> 'active' or officer.city_id is distinct from side_city
		or (p_side = 'mentor' and officer.role <> 'mentor') then
		raise exception 'the officer must be active in that side''s city (a mentor for the mentor side)'
			using errcode = '22023', hint = 'user_id';
	end if;
	perform app.end_mentorship_periods(p_id, 'handed_over', p_side, true, p_user_id);
	perform app.start_officer_period(p_id, p_user_id, p_side, true);
	if p_side = 'mentor' then
		update public.mentorships set lead_mentor_id = p_user_id where id = p_id;
	end if;
	return jsonb_build_object('status', 'saved');
end
$$;

-- Sessions -----------------------------------------------------------------------------------------

-- Schedules a session (no `id` in `p`) or saves one if nobody saved it since `p.version`, with
-- its attendees (user ids of either city) and guests ({ name, designation }) replaced as given.
-- Returns { status: 'saved', id, version, sequence } | { status: 'conflict', current } |
-- { status: 'not_found' } | { status: 'forbidden' }.
create function public.save_session(p jsonb)
returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	current public.mentorship_sessions;
	saved public.mentorship_sessions;
	m public.mentorships;
begin
	if p ? 'id' and p ->> 'id' is not null then
		select * into current from public.mentorship_sessions where id = (p ->> 'id')::uuid for update;
		if not found then
			return jsonb_build_object('status', 'not_found');
		end if;
		if current.version <> (p ->> 'version')::int then
			return jsonb_build_object('status', 'conflict', 'current', to_jsonb(current));
		end if;
		update public.mentorship_sessions set
			title = coalesce(normalize(p ->> 'title', nfc), title),
			starts_at = coalesce((p ->> 'starts_at')::timestamptz, starts_at),
			duration_minutes = coalesce((p ->> 'duration_minutes')::smallint, duration_minutes),
			mode = coalesce((p ->> 'mode')::public.session_mode, mode),
			location = case when p ? 'location' then nullif(trim(p ->> 'location'), '') else location end,
			meeting_url = case when p ? 'meeting_url' then nullif(trim(p ->> 'meeting_url'), '')
				else meeting_url end,
			agenda_markdown = coalesce(normalize(p ->> 'agenda', nfc), agenda_markdown),
			notes_markdown = coalesce(normalize(p ->> 'notes', nfc), notes_markdown),
			status = coalesce((p ->> 'status')::public.session_status, status)
		where id = current.id
		returning * into saved;
		if not found then
			return jsonb_build_object('status', 'forbidden');
		end if;
	else
		select * into m from public.mentorships where id = (p ->> 'mentorship_id')::uuid;
		if not found or not app.can_read_mentorship(m.id) then
			return jsonb_build_object('status', 'not_found');
		end if;
		if not app.can_work_on_mentorship(m.id) then
			return jsonb_build_object('status', 'forbidden');
		end if;
		insert into public.mentorship_sessions (
			mentorship_id, title, starts_at, duration_minutes, mode, location, meeting_url,
			agenda_markdown, status
		) values (
			m.id, normalize(p ->> 'title', nfc), (p ->> 'starts_at')::timestamptz,
			(p ->> 'duration_minutes')::smallint, (p ->> 'mode')::public.session_mode,
			nullif(trim(p ->> 'location'), ''), nullif(trim(p ->> 'meeting_url'), ''),
			normalize(coalesce(p ->> 'agenda', ''), nfc), 'scheduled'
		) returning * into saved;
	end if;
	select * into m from public.mentorships where id = saved.mentorship_id;
	if p ? 'attendees' then
		if exists (
			select 1 from jsonb_array_elements_text(p -> 'attendees') a
			where not exists (
				select 1 from public.users u where u.id = a::uuid and u.status = 'active'
					and u.city_id in (m.mentor_city_id, m.mentee_city_id)
			)
		) then
			raise exception 'attendees must be active officers of the two cities'
				using errcode = '22023', hint = 'attendees';
		end if;
		delete from public.session_attendees where session_id = saved.id
			and user_id not in (select a::uuid from jsonb_array_elements_text(p -> 'attendees') a);
		insert into public.session_attendees (session_id, user_id)
		select saved.id, a::uuid from jsonb_array_elements_text(p -> 'attendees') a
		on conflict do nothing;
	end if;
	if p ? 'guests' then
		delete from public.session_guests where session_id = saved.id;
		insert into public.session_guests (session_id, name, designation)
		select saved.id, trim(g ->> 'name'), nullif(trim(g ->> 'designation'), '')
		from jsonb_array_elements(p -> 'guests') g;
	end if;
	return jsonb_build_object('status', 'saved', 'id', saved.id, 'version', saved.version,
		'sequence', saved.sequence);
end
$$;

-- A session that is held has started; a held session keeps its notes.
create function app.check_session_status() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if new.status = 'held' and new.starts_at > now() then
		raise exception 'a session is held only once it has started'
			using errcode = '22023', hint = 'status';
	end if;
	return new;
end
$$;

create trigger mentorship_sessions_check_status before insert or update on public.mentorship_sessions
	for each row execute function app.check_session_status();

-- System work: requests unanswered after p_days expire. Returns the expired mentorships with the
-- officers who asked, for the mail that tells them.
create function public.expire_mentorship_requests(p_days int default 10)
returns table (mentorship_id uuid, requester_id uuid)
language plpgsql volatile security invoker
set search_path = ''
as $$
begin
	perform set_config('app.event_note', 'no answer within ' || p_days || ' days', true);
	return query
	with expired as (
		update public.mentorships m set status = 'expired', decided_at = now()
		where m.status in ('requested', 'proposed') and m.requested_at < now() - make_interval(days => p_days)
		returning m.id
	)
	select e.id, o.user_id from expired e
	left join public.mentorship_officers o on o.mentorship_id = e.id and o.side = 'mentee' and o.is_lead;
end
$$;

revoke execute on function public.expire_mentorship_requests(int) from public, anon, authenticated;

-- The columns the functions above write as the caller (the policies decide the rows).
grant insert (programme_id, mentor_city_id, mentee_city_id, lead_mentor_id, sectors, components,
	status) on public.mentorships to authenticated;
grant update (status, lead_mentor_id) on public.mentorships to authenticated;
grant insert (mentorship_id, need_markdown) on public.mentorship_briefs to authenticated;
grant insert (mentorship_id, title, starts_at, duration_minutes, mode, location, meeting_url,
	agenda_markdown, status) on public.mentorship_sessions to authenticated;
grant update (title, starts_at, duration_minutes, mode, location, meeting_url, agenda_markdown,
	notes_markdown, status) on public.mentorship_sessions to authenticated;
-- Functions are executable by PUBLIC unless revoked: only signed-in users call these.
revoke execute on function public.request_mentorship(jsonb, boolean),
	public.decide_mentorship(uuid, boolean, text),
	public.change_mentorship_status(uuid, public.mentorship_status, text, text),
	public.reassign_mentorship_officer(uuid, public.mentorship_side, uuid),
	public.save_session(jsonb)
	from public, anon;
grant execute on function public.request_mentorship(jsonb, boolean),
	public.decide_mentorship(uuid, boolean, text),
	public.change_mentorship_status(uuid, public.mentorship_status, text, text),
	public.reassign_mentorship_officer(uuid, public.mentorship_side, uuid),
	public.save_session(jsonb)
	to authenticated;
