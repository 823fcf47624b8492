-- Programme reach: the figures the Mission tracks, as functions that each answer one panel of the
-- dashboard in one round trip.
--
-- Every function takes the same filters: a programme (slug), a zonal council, a state and a
-- period (from and to, inclusive dates in India Standard Time). A mentorship is in scope when its
-- programme matches and either of its cities lies in the zone and state; a city, practice or
-- adoption when its city does (an adoption through a mentorship also needs that mentorship's
-- programme to match).
--
-- A mentorship is "engaged" in a period when it ran at some point in it: accepted (active, paused
-- or completed), started on or before the period's end, and not ended before its start. A
-- completed pairing without an end date (the 2020 Sister Cities) ends with its programme.
--
-- Who sees what: counts, the map and which cities mentor which are public, as they are on the
-- programme pages. The functions are security definer so that anonymous visitors get counts of
-- sessions, action items and adoptions they may not read row by row. Rows (per-city sessions
-- and action items, private adoptions, waiting requests) come only from
-- programme_reach_detail(), for admins.

-- Demo data of the local stack is labelled wherever it is counted.
alter table public.mentorships add column is_demo boolean not null default false;

-- Requests made through the API are never demo data; only the seed marks it.
create function app.guard_mentorship_demo() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if current_user in ('anon', 'authenticated') then
		new.is_demo := false;
	end if;
	return new;
end
$$;

create trigger mentorships_guard_demo before insert on public.mentorships
	for each row execute function app.guard_mentorship_demo();

-- The filters, checked once ----------------------------------------------------------------------

-- The cities a zone and state select (both optional).
-- Plain SQL without a pinned search_path (every name is qualified), so the planner inlines it into
-- the queries that call it.
create function app.reach_cities(p_zone text, p_state text) returns setof uuid
language sql stable
as $$
	select c.id from public.cities c
	where (p_zone is null or c.zonal_council = p_zone) and (p_state is null or c.state = p_state);
$$;

-- The programme a slug names; null for all programmes. An unknown slug raises 22023.
create function app.reach_programme(p_programme text) returns uuid
language plpgsql stable
set search_path = ''
as $$
declare
	found uuid;
begin
	if p_programme is null or p_programme = '' then
		return null;
	end if;
	select id into found from public.programmes where slug = p_programme;
	if found is null then
		raise exception 'no programme %', p_programme using errcode = '22023', hint = 'programme';
	end if;
	return found;
end
$$;

-- The period, with the previous one of the same length just before it. Defaults: the twelve
-- months up to today (IST). A period longer than 20 years or ending before it starts raises.
create function app.reach_period(p_from date, p_to date)
returns table (from_on date, to_on date, previous_from date, previous_to date)
language plpgsql stable
set search_path = ''
as $$
declare
	t date := coalesce(p_to, (now() at time zone 'Asia/Kolkata')::date);
	f date := coalesce(p_from, (t - interval '12 months' + interval '1 day')::date);
begin
	if f > t then
		raise exception 'the period ends before it starts' using errcode = '22023', hint = 'from';
	end if;
	if t - f > 7305 then
		raise exception 'the period is longer than 20 years' using errcode = '22023', hint = 'from';
	end if;
	return query select f, t, f - (t - f + 1), f - 1;
end
$$;

-- The mentorships in scope, with the dates their engagement ran (null start: never accepted).
-- Inlined by the planner, as reach_cities is.
create function app.reach_mentorships(p_programme uuid, p_zone text, p_state text)
returns table (
	id uuid, programme_id uuid, mentor_city_id uuid, mentee_city_id uuid, status public.mentorship_status,
	requested_at timestamptz, decided_at timestamptz, runs_from date, runs_to date, is_demo boolean
)
language sql stable
as $$
	select m.id, m.programme_id, m.mentor_city_id, m.mentee_city_id, m.status, m.requested_at,
		m.decided_at,
		case when m.status in ('active', 'paused', 'completed')
			then coalesce(m.started_on, (m.decided_at at time zone 'Asia/Kolkata')::date,
				(m.created_at at time zone 'Asia/Kolkata')::date) end,
		case when m.status = 'completed'
			then coalesce(m.ended_on, p.ends_on, m.started_on) else m.ended_on end,
		m.is_demo
	from public.mentorships m
	join public.programmes p on p.id = m.programme_id
	where (p_programme is null or m.programme_id = p_programme)
		and (m.mentor_city_id in (select app.reach_cities(p_zone, p_state))
			or m.mentee_city_id in (select app.reach_cities(p_zone, p_state)));
$$;

-- The cities whose practices count: those in scope and, with a programme, those that took part
-- in it (either side of an accepted mentorship, or named by the programme). Inlined, as above.
create function app.reach_practice_cities(p_programme uuid, p_zone text, p_state text)
returns setof uuid
language sql stable
as $$
	select id from app.reach_cities(p_zone, p_state) id
	where p_programme is null or id in (
		select mentor_city_id from app.reach_mentorships(p_programme, p_zone, p_state)
		where runs_from is not null
		union select mentee_city_id from app.reach_mentorships(p_programme, p_zone, p_state)
		where runs_from is not null
		union select pc.city_id from public.programme_cities pc where pc.programme_id = p_programme);
$$;

-- The adoptions in scope with their stage on a day and the furthest stage reached by then,
-- counting a claim of implemented or scaled only from the day it was verified (dropped is not a
-- stage reached).
-- Set-based: one pass over the steps, however many adoptions there are.
create function app.reach_adoption_stages(p_programme uuid, p_zone text, p_state text, p_on date)
returns table (adoption_id uuid, stage public.adoption_stage, furthest public.adoption_stage)
language sql stable
as $$
	with scope as (
		select a.id from public.adoptions a
		left join public.mentorships m on m.id = a.mentorship_id
		where a.city_id in (select app.reach_cities(p_zone, p_state))
			and (p_programme is null or m.programme_id = p_programme)
	),
	steps as (
		select s.adoption_id, s.stage, s.happened_on, s.created_at from public.adoption_steps s
		join scope on scope.id = s.adoption_id
		where s.happened_on <= p_on
			and (s.stage not in ('implemented', 'scaled')
				or (s.verified_at at time zone 'Asia/Kolkata')::date <= p_on)
	)
	select l.adoption_id, l.stage, f.furthest
	from (
		select distinct on (adoption_id) adoption_id, stage from steps
		order by adoption_id, happened_on desc, created_at desc
	) l
	left join (
		select adoption_id, max(stage) as furthest from steps where stage <> 'dropped'
		group by adoption_id
	) f on f.adoption_id = l.adoption_id;
$$;

-- The headline figures of the period (f to t) and of the one before it (pf to pt), as
-- { current, previous }: one pass over sessions, action items and practices for both.
create function app.reach_figures(
	p_programme uuid, p_zone text, p_state text, f date, t date, pf date, pt date
) returns jsonb
language sql stable
set search_path = ''
as $$
	with scope as materialized (select * from app.reach_mentorships(p_programme, p_zone, p_state)),
	cities as materialized (select app.reach_cities(p_zone, p_state) as id),
	-- Each period with its first and last instant in IST, worked out once.
	windows as (
		select w, wf as f, wt as t, (wf::timestamp at time zone 'Asia/Kolkata') as f_at,
			((wt + 1)::timestamp at time zone 'Asia/Kolkata') as t_at
		from (values ('current', f, t), ('previous', pf, pt)) v (w, wf, wt)
	),
	today as (select (now() at time zone 'Asia/Kolkata')::date as d),
	held as materialized (
		select x.starts_at from public.mentorship_sessions x join scope s on s.id = x.mentorship_id
		where x.status = 'held' and x.starts_at >= (pf::timestamp at time zone 'Asia/Kolkata')
			and x.starts_at < ((t + 1)::timestamp at time zone 'Asia/Kolkata')
	),
	items as materialized (
		select a.status, a.due_on, (a.closed_at at time zone 'Asia/Kolkata')::date as closed_on
		from public.action_items a join scope s on s.id = a.mentorship_id
		where a.due_on between pf and t and a.status <> 'dropped'
	),
	published as materialized (
		select p.published_at from public.practices p
		where p.status in ('published', 'archived')
			and p.city_id in (select app.reach_practice_cities(p_programme, p_zone, p_state))
			and p.published_at >= (pf::timestamp at time zone 'Asia/Kolkata')
			and p.published_at < ((t + 1)::timestamp at time zone 'Asia/Kolkata')
	),
	stages as materialized (
		select 'current' as w, stage from app.reach_adoption_stages(p_programme, p_zone, p_state, t)
		union all
		select 'previous', stage from app.reach_adoption_stages(p_programme, p_zone, p_state, pt)
	)
	select jsonb_object_agg(w.w, jsonb_build_object(
		'cities_engaged', (
			with engaged as (select * from scope where runs_from <= w.t and (runs_to is null or runs_to >= w.f)),
			roles as (
				select c.id,
					exists (select 1 from engaged e where e.mentor_city_id = c.id) as mentor,
					exists (select 1 from engaged e where e.mentee_city_id = c.id) as mentee
				from cities c
			)
			select jsonb_build_object(
				'mentor', count(*) filter (where mentor),
				'mentee', count(*) filter (where mentee),
				'both', count(*) filter (where mentor and mentee),
				'total', count(*) filter (where mentor or mentee),
				'out_of', count(*)) from roles),
		'mentorships', (select jsonb_build_object(
			'active', count(*) filter (where runs_from <= w.t and (runs_to is null or runs_to >= w.f)
				and (status in ('active', 'paused') or (status = 'completed' and runs_to > w.t))),
			'completed', count(*) filter (where runs_from <= w.t and status = 'completed'
				and runs_to between w.f and w.t),
			'requested', count(*) filter (where (requested_at at time zone 'Asia/Kolkata')::date
				between w.f and w.t),
			'declined', count(*) filter (where status = 'declined'
				and (decided_at at time zone 'Asia/Kolkata')::date between w.f and w.t),
			'expired', count(*) filter (where status = 'expired'
				and (decided_at at time zone 'Asia/Kolkata')::date between w.f and w.t))
			from scope),
		'sessions_held', (select count(*) from held
			where starts_at >= w.f_at and starts_at < w.t_at),
		'action_items', (select jsonb_build_object(
			'open', count(*) filter (where status = 'open' and due_on >= today.d),
			'on_time', count(*) filter (where status = 'done' and closed_on <= due_on),
			'late', count(*) filter (where status = 'done' and closed_on > due_on),
			'overdue', count(*) filter (where status = 'open' and due_on < today.d))
			from items, today where due_on between w.f and w.t),
		'practices_published', (select count(*) from published
			where published_at >= w.f_at and published_at < w.t_at),
		'adoptions', (select coalesce(jsonb_object_agg(stage, n), '{}') from (
			select stage, count(*) as n from stages
			where stages.w = w.w and stage is not null group by stage) x)
	))
	from windows w;
$$;

-- Panels ---------------------------------------------------------------------------------------

-- Headline figures for the period and the one before it, the median days of the two waits, and
-- which demo data the figures include.
create function app.programme_reach_summary(
	p_programme text default null, p_zone text default null, p_state text default null,
	p_from date default null, p_to date default null
) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	programme uuid := app.reach_programme(p_programme);
	period record;
begin
	select * into period from app.reach_period(p_from, p_to);
	return app.reach_figures(programme, p_zone, p_state, period.from_on, period.to_on,
		period.previous_from, period.previous_to) || jsonb_build_object(
		'period', jsonb_build_object('from', period.from_on, 'to', period.to_on,
			'previous_from', period.previous_from, 'previous_to', period.previous_to),
		'median_days', (
			with scope as (select * from app.reach_mentorships(programme, p_zone, p_state)),
			accepted as (
				select s.id, s.requested_at, s.decided_at from scope s
				where s.runs_from is not null and s.requested_at is not null and s.decided_at is not null
					and (s.decided_at at time zone 'Asia/Kolkata')::date
						between period.from_on and period.to_on
			),
			first_sessions as (
				select s.id, s.decided_at, min(x.starts_at) as first_at from scope s
				join public.mentorship_sessions x on x.mentorship_id = s.id and x.status = 'held'
				where s.decided_at is not null
				group by s.id, s.decided_at
				having (min(x.starts_at) at time zone 'Asia/Kolkata')::date
					between period.from_on and period.to_on
			)
			select jsonb_build_object(
				'to_acceptance', (select round(percentile_cont(0.5) within group (
					order by extract(epoch from decided_at - requested_at) / 86400)::numeric, 1) from accepted),
				'to_acceptance_count', (select count(*) from accepted),
				'to_first_session', (select round(percentile_cont(0.5) within group (
					order by extract(epoch from first_at - decided_at) / 86400)::numeric, 1)
					from first_sessions where first_at >= decided_at),
				'to_first_session_count', (select count(*) from first_sessions where first_at >= decided_at))
		),
		'demo', jsonb_build_object(
			'mentorships', (select count(*) from app.reach_mentorships(programme, p_zone, p_state) m
				where m.is_demo),
			'adoptions', (select count(*) from public.adoptions a
				left join public.mentorships m on m.id = a.mentorship_id
				where a.is_demo and a.city_id in (select app.reach_cities(p_zone, p_state))
					and (programme is null or m.programme_id = programme)))
	);
end
$$;

-- Sessions held per month by mode, and practices published per month by language, in the period.
create function app.programme_reach_series(
	p_programme text default null, p_zone text default null, p_state text default null,
	p_from date default null, p_to date default null
) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	programme uuid := app.reach_programme(p_programme);
	period record;
begin
	select * into period from app.reach_period(p_from, p_to);
	return jsonb_build_object(
		'sessions', (select coalesce(jsonb_agg(jsonb_build_object('month', month, 'mode', mode,
			'count', n) order by month, mode), '[]') from (
			select to_char(x.starts_at at time zone 'Asia/Kolkata', 'YYYY-MM') as month, x.mode::text,
				count(*) as n
			from public.mentorship_sessions x
			join app.reach_mentorships(programme, p_zone, p_state) s on s.id = x.mentorship_id
			where x.status = 'held'
				and x.starts_at >= (period.from_on::timestamp at time zone 'Asia/Kolkata')
				and x.starts_at < ((period.to_on + 1)::timestamp at time zone 'Asia/Kolkata')
			group by 1, 2) q),
		'practices', (select coalesce(jsonb_agg(jsonb_build_object('month', month, 'language',
			language, 'count', n) order by month, language), '[]') from (
			select to_char(p.published_at at time zone 'Asia/Kolkata', 'YYYY-MM') as month, p.language,
				count(*) as n
			from public.practices p
			where p.status in ('published', 'archived')
				and p.city_id in (select app.reach_practice_cities(programme, p_zone, p_state))
				and p.published_at >= (period.from_on::timestamp at time zone 'Asia/Kolkata')
				and p.published_at < ((period.to_on + 1)::timestamp at time zone 'Asia/Kolkata')
			group by 1, 2) q)
	);
end
$$;

-- The adoption funnel at the period's end: how many adoptions had reached each stage, exploring
-- to scaled (a claim counted once verified), and how many were dropped.
create function app.programme_reach_adoptions(
	p_programme text default null, p_zone text default null, p_state text default null,
	p_from date default null, p_to date default null
) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	programme uuid := app.reach_programme(p_programme);
	period record;
begin
	select * into period from app.reach_period(p_from, p_to);
	return (
		with scope as (
			select a.id from public.adoptions a
			left join public.mentorships m on m.id = a.mentorship_id
			where a.city_id in (select app.reach_cities(p_zone, p_state))
				and (programme is null or m.programme_id = programme)
		),
		reached as (
			select n.furthest, n.stage as now_at, b.furthest as furthest_before
			from app.reach_adoption_stages(programme, p_zone, p_state, period.to_on) n
			left join app.reach_adoption_stages(programme, p_zone, p_state, period.previous_to) b
				on b.adoption_id = n.adoption_id
		)
		select jsonb_build_object(
			'funnel', (select jsonb_agg(jsonb_build_object('stage', st,
				'count', (select count(*) from reached where furthest >= st),
				'previous', (select count(*) from reached where furthest_before >= st))
				order by st)
				from unnest(array['exploring', 'planning', 'piloting', 'implemented',
					'scaled']::public.adoption_stage[]) st),
			'dropped', (select count(*) from reached where now_at = 'dropped'),
			'unverified_claims', (select count(*) from public.adoption_steps s
				join scope on scope.id = s.adoption_id
				where s.stage in ('implemented', 'scaled') and s.verified_at is null
					and s.happened_on <= period.to_on)
		)
	);
end
$$;

-- The map: every city with its role in the engaged mentorships, every engaged pairing, and the
-- states with their cities and engaged cities.
create function app.programme_reach_map(
	p_programme text default null, p_zone text default null, p_state text default null,
	p_from date default null, p_to date default null
) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	programme uuid := app.reach_programme(p_programme);
	period record;
begin
	select * into period from app.reach_period(p_from, p_to);
	return (
		with engaged as (
			select * from app.reach_mentorships(programme, p_zone, p_state)
			where runs_from <= period.to_on and (runs_to is null or runs_to >= period.from_on)
		),
		in_scope as (select app.reach_cities(p_zone, p_state) as id),
		cities as (
			select c.slug, c.name, c.state, c.zonal_council, c.latitude, c.longitude,
				c.id in (select id from in_scope) as in_scope,
				exists (select 1 from engaged e where e.mentor_city_id = c.id) as mentor,
				exists (select 1 from engaged e where e.mentee_city_id = c.id) as mentee
			from public.cities c
		)
		select jsonb_build_object(
			'cities', (select jsonb_agg(jsonb_build_object('slug', slug, 'name', name, 'state', state,
				'zone', zonal_council, 'latitude', latitude, 'longitude', longitude,
				'in_scope', in_scope,
				'role', case when mentor and mentee then 'both' when mentor then 'mentor'
					when mentee then 'mentee' else 'none' end) order by name) from cities),
			'pairings', (select coalesce(jsonb_agg(jsonb_build_object('mentor', mc.slug,
				'mentee', ec.slug, 'programme', p.slug, 'status', e.status, 'from', e.runs_from,
				'to', e.runs_to) order by mc.name, ec.name), '[]')
				from engaged e
				join public.cities mc on mc.id = e.mentor_city_id
				join public.cities ec on ec.id = e.mentee_city_id
				join public.programmes p on p.id = e.programme_id),
			'states', (select jsonb_agg(jsonb_build_object('state', state, 'zone', zone,
				'cities', n, 'engaged', engaged_n) order by state) from (
				select state, min(zonal_council) as zone, count(*) filter (where in_scope) as n,
					count(*) filter (where in_scope and (mentor or mentee)) as engaged_n
				from cities group by state) s)
		)
	);
end
$$;

-- Where the programme does not reach: states and zones with cities in scope but none engaged,
-- public mentors with free capacity, and the requests waiting (as counts: who asked is private).
create function app.programme_reach_gaps(
	p_programme text default null, p_zone text default null, p_state text default null,
	p_from date default null, p_to date default null
) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	programme uuid := app.reach_programme(p_programme);
	period record;
	today date := (now() at time zone 'Asia/Kolkata')::date;
begin
	select * into period from app.reach_period(p_from, p_to);
	return (
		with engaged as (
			select * from app.reach_mentorships(programme, p_zone, p_state)
			where runs_from <= period.to_on and (runs_to is null or runs_to >= period.from_on)
		),
		cities as (
			select c.id, c.state, c.zonal_council,
				c.id in (select mentor_city_id from engaged union select mentee_city_id from engaged)
					as reached
			from public.cities c where c.id in (select app.reach_cities(p_zone, p_state))
		),
		waiting as (
			select m.requested_at from app.reach_mentorships(programme, p_zone, p_state) m
			where m.status in ('requested', 'proposed')
		)
		select jsonb_build_object(
			'states', (select coalesce(jsonb_agg(state order by state), '[]') from (
				select state from cities group by state having not bool_or(reached)) s),
			'zones', (select coalesce(jsonb_agg(zonal_council order by zonal_council), '[]') from (
				select zonal_council from cities group by zonal_council having not bool_or(reached)) z),
			'mentors_with_capacity', (select coalesce(jsonb_agg(jsonb_build_object(
				'name', app.mentor_name(mp.user_id), 'city', c.slug, 'city_name', c.name,
				'capacity', mp.capacity, 'load', l.load)
				order by mp.capacity - l.load desc, c.name), '[]')
				from public.mentor_profiles mp
				cross join lateral (select app.mentor_load(mp.user_id) as load) l
				join public.cities c on c.id = app.mentor_city(mp.user_id)
				where mp.is_public and app.mentor_is_active(mp.user_id)
					and l.load < mp.capacity
					and c.id in (select app.reach_cities(p_zone, p_state))
					and (programme is null or exists (select 1 from public.mentor_programmes x
						where x.user_id = mp.user_id and x.programme_id = programme))),
			'waiting_requests', jsonb_build_object(
				'count', (select count(*) from waiting),
				'oldest_days', (select today - min((requested_at at time zone 'Asia/Kolkata')::date)
					from waiting))
		)
	);
end
$$;

-- Mentored against not-mentored cities: the average change in the overall assessment result
-- (on a 0–100 scale: a percentage as it is, levels and stars out of 5) between two rounds of a
-- framework. Mentored: mentee of an engaged mentorship that ran between the two rounds. Only
-- cities in scope with a result in both rounds count. Private rounds only for admins.
create function app.programme_reach_assessment(
	p_programme text default null, p_zone text default null, p_state text default null,
	p_framework text default null, p_from_round text default null, p_to_round text default null
) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	programme uuid := app.reach_programme(p_programme);
	fw public.frameworks;
	ra public.assessment_rounds;
	rb public.assessment_rounds;
	a_on date;
	b_on date;
	factor numeric;
begin
	select f.* into fw from public.frameworks f
	where (p_framework is null and (
			select count(*) from public.assessment_rounds r
			where r.framework_id = f.id and (r.is_public or app.is_admin())
				and exists (select 1 from public.assessment_results x where x.round_id = r.id)) >= 2)
		or f.slug = p_framework
	order by f.position, f.slug limit 1;
	if fw.id is null then
		if p_framework is not null then
			raise exception 'no framework %', p_framework using errcode = '22023', hint = 'framework';
		end if;
		return null;
	end if;
	-- The rounds named, or the last two with results.
	select r.* into rb from public.assessment_rounds r
	where r.framework_id = fw.id and (r.is_public or app.is_admin())
		and (p_to_round is null or r.slug = p_to_round)
		and exists (select 1 from public.assessment_results x where x.round_id = r.id)
	order by r.year desc, r.results_on desc nulls last limit 1;
	select r.* into ra from public.assessment_rounds r
	where r.framework_id = fw.id and (r.is_public or app.is_admin()) and r.id <> rb.id
		and (p_from_round is null or r.slug = p_from_round)
		and (p_from_round is not null or (r.year, coalesce(r.results_on, make_date(r.year, 1, 1)))
			< (rb.year, coalesce(rb.results_on, make_date(rb.year, 12, 31))))
		and exists (select 1 from public.assessment_results x where x.round_id = r.id)
	order by r.year desc, r.results_on desc nulls last limit 1;
	if ra.id is null or rb.id is null then
		if p_from_round is not null or p_to_round is not null then
			raise exception 'no such pair of rounds' using errcode = '22023', hint = 'round';
		end if;
		return jsonb_build_object('framework', fw.slug, 'acronym', fw.acronym);
	end if;
	a_on := coalesce(ra.results_on, make_date(ra.year, 1, 1));
	b_on := coalesce(rb.results_on, make_date(rb.year, 12, 31));
	factor := case fw.scheme when 'percentage' then 1 else 20 end;
	return (
		with mentored as (
			select distinct m.mentee_city_id as id from app.reach_mentorships(programme, p_zone, p_state) m
			where m.runs_from is not null and m.runs_from <= b_on and (m.runs_to is null or m.runs_to >= a_on)
		),
		pairs as (
			select x.city_id, (y.value - x.value) * factor as change,
				x.city_id in (select id from mentored) as is_mentored,
				x.is_sample or y.is_sample as sample
			from public.assessment_results x
			join public.assessment_results y on y.city_id = x.city_id and y.round_id = rb.id
			where x.round_id = ra.id and x.value is not null and y.value is not null
				and x.city_id in (select app.reach_cities(p_zone, p_state))
		)
		select jsonb_build_object(
			'framework', fw.slug, 'acronym', fw.acronym, 'scheme', fw.scheme,
			'from_round', jsonb_build_object('slug', ra.slug, 'name', ra.name_en, 'on', a_on),
			'to_round', jsonb_build_object('slug', rb.slug, 'name', rb.name_en, 'on', b_on),
			'mentored', (select jsonb_build_object('cities', count(*),
				'average_change', round(avg(change), 1)) from pairs where is_mentored),
			'not_mentored', (select jsonb_build_object('cities', count(*),
				'average_change', round(avg(change), 1)) from pairs where not is_mentored),
			'sample_values', (select count(*) from pairs where sample)
		)
	);
end
$$;

-- The admin's detail: per city, the sessions held and action items in the period and the
-- adoptions (private ones too) by stage; and the waiting requests, longest first.
create function app.programme_reach_detail(
	p_programme text default null, p_zone text default null, p_state text default null,
	p_from date default null, p_to date default null
) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	programme uuid := app.reach_programme(p_programme);
	period record;
	today date := (now() at time zone 'Asia/Kolkata')::date;
begin
	if not app.is_admin() then
		raise exception 'only admins see the programme detail' using errcode = '42501';
	end if;
	select * into period from app.reach_period(p_from, p_to);
	return (
		with scope as (select * from app.reach_mentorships(programme, p_zone, p_state)),
		per_mentorship as (
			select s.mentor_city_id, s.mentee_city_id,
				(select count(*) from public.mentorship_sessions x
					where x.mentorship_id = s.id and x.status = 'held'
						and x.starts_at >= (period.from_on::timestamp at time zone 'Asia/Kolkata')
						and x.starts_at < ((period.to_on + 1)::timestamp at time zone 'Asia/Kolkata'))
					as sessions_held,
				(select count(*) from public.action_items a
					where a.mentorship_id = s.id and a.status = 'open'
						and a.due_on between period.from_on and period.to_on) as items_open,
				(select count(*) from public.action_items a
					where a.mentorship_id = s.id and a.status = 'open' and a.due_on < today
						and a.due_on between period.from_on and period.to_on) as items_overdue
			from scope s
		),
		-- Each mentorship counts for both its cities.
		by_city as (
			select city_id, sum(sessions_held) as sessions_held, sum(items_open) as items_open,
				sum(items_overdue) as items_overdue
			from (
				select mentor_city_id as city_id, sessions_held, items_open, items_overdue
				from per_mentorship
				union all
				select mentee_city_id, sessions_held, items_open, items_overdue from per_mentorship
			) sides
			group by city_id
		),
		adopted as (
			select a.city_id, count(*) as adoptions,
				count(*) filter (where not (a.evidence_public and a.stage in ('implemented', 'scaled')))
					as private_adoptions
			from public.adoptions a
			left join public.mentorships m on m.id = a.mentorship_id
			where programme is null or m.programme_id = programme
			group by a.city_id
		),
		city_rows as (
			select c.slug, c.name, c.state,
				coalesce(b.sessions_held, 0)::int as sessions_held,
				coalesce(b.items_open, 0)::int as items_open,
				coalesce(b.items_overdue, 0)::int as items_overdue,
				coalesce(d.adoptions, 0)::int as adoptions,
				coalesce(d.private_adoptions, 0)::int as private_adoptions
			from public.cities c
			left join by_city b on b.city_id = c.id
			left join adopted d on d.city_id = c.id
			where c.id in (select app.reach_cities(p_zone, p_state))
		)
		select jsonb_build_object(
			'cities', (select coalesce(jsonb_agg(to_jsonb(r) order by r.name), '[]') from city_rows r
				where r.sessions_held + r.items_open + r.adoptions > 0),
			'waiting_requests', (select coalesce(jsonb_agg(jsonb_build_object(
				'id', s.id, 'mentor', mc.slug, 'mentor_name', mc.name, 'mentee', ec.slug,
				'mentee_name', ec.name, 'status', s.status, 'requested_at', s.requested_at,
				'days', today - (s.requested_at at time zone 'Asia/Kolkata')::date)
				order by s.requested_at), '[]')
				from scope s
				join public.cities mc on mc.id = s.mentor_city_id
				join public.cities ec on ec.id = s.mentee_city_id
				where s.status in ('requested', 'proposed'))
		)
	);
end
$$;

-- The API's entry points: security invoker wrappers of the definers above, so that the exposed
-- schema holds no security definer function.
create function public.programme_reach_summary(
	p_programme text default null, p_zone text default null, p_state text default null,
	p_from date default null, p_to date default null
) returns jsonb
language sql stable
set search_path = ''
as $$ select app.programme_reach_summary(p_programme, p_zone, p_state, p_from, p_to); $$;

create function public.programme_reach_series(
	p_programme text default null, p_zone text default null, p_state text default null,
	p_from date default null, p_to date default null
) returns jsonb
language sql stable
set search_path = ''
as $$ select app.programme_reach_series(p_programme, p_zone, p_state, p_from, p_to); $$;

create function public.programme_reach_adoptions(
	p_programme text default null, p_zone text default null, p_state text default null,
	p_from date default null, p_to date default null
) returns jsonb
language sql stable
set search_path = ''
as $$ select app.programme_reach_adoptions(p_programme, p_zone, p_state, p_from, p_to); $$;

create function public.programme_reach_map(
	p_programme text default null, p_zone text default null, p_state text default null,
	p_from date default null, p_to date default null
) returns jsonb
language sql stable
set search_path = ''
as $$ select app.programme_reach_map(p_programme, p_zone, p_state, p_from, p_to); $$;

create function public.programme_reach_gaps(
	p_programme text default null, p_zone text default null, p_state text default null,
	p_from date default null, p_to date default null
) returns jsonb
language sql stable
set search_path = ''
as $$ select app.programme_reach_gaps(p_programme, p_zone, p_state, p_from, p_to); $$;

create function public.programme_reach_assessment(
	p_programme text default null, p_zone text default null, p_state text default null,
	p_framework text default null, p_from_round text default null, p_to_round text default null
) returns jsonb
language sql stable
set search_path = ''
as $$ select app.programme_reach_assessment(p_programme, p_zone, p_state, p_framework, p_from_round, p_to_round); $$;

create function public.programme_reach_detail(
	p_programme text default null, p_zone text default null, p_state text default null,
	p_from date default null, p_to date default null
) returns jsonb
language sql stable
set search_path = ''
as $$ select app.programme_reach_detail(p_programme, p_zone, p_state, p_from, p_to); $$;

revoke execute on all functions in schema app from public;
grant execute on all functions in schema app to anon, authenticated, service_role;
revoke execute on function app.guard_mentorship_demo() from public, anon, authenticated;
revoke execute on function app.programme_reach_detail(text, text, text, date, date) from anon;
revoke execute on function public.programme_reach_detail(text, text, text, date, date) from public, anon;
grant execute on function public.programme_reach_summary(text, text, text, date, date),
	public.programme_reach_series(text, text, text, date, date),
	public.programme_reach_adoptions(text, text, text, date, date),
	public.programme_reach_map(text, text, text, date, date),
	public.programme_reach_gaps(text, text, text, date, date),
	public.programme_reach_assessment(text, text, text, text, text, text)
	to anon, authenticated, service_role;
grant execute on function public.programme_reach_detail(text, text, text, date, date)
	to authenticated, service_role;

-- Indexes the panels filter on.
create index mentorship_sessions_held_idx on public.mentorship_sessions (starts_at)
	where status = 'held';
create index action_items_due_idx on public.action_items (due_on);
create index practices_published_idx on public.practices (published_at)
	where status in ('published', 'archived');
