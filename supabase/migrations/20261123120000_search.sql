-- Search. Postgres holds the truth; the Meilisearch index is derived from it and can always be
-- rebuilt. Every write of a practice or a city adds a row to the search outbox in the same
-- transaction (a trigger), so a write never waits on Meilisearch and is never lost while it is
-- down. A worker in the app claims rows, re-reads the current record and updates the index.

create table public.search_outbox (
	id bigint generated always as identity primary key,
	entity text not null check (entity in ('practice', 'city')),
	entity_id uuid not null,
	-- pending: waiting or claimed (a claim moves available_at forward by its lease);
	-- done: applied to the index; dead: failed too often, shown to admins.
	status text not null default 'pending' check (status in ('pending', 'done', 'dead')),
	attempts int not null default 0,
	available_at timestamptz not null default now(),
	last_error text check (length(last_error) <= 1000),
	created_at timestamptz not null default now(),
	done_at timestamptz
);

create index search_outbox_pending_idx on public.search_outbox (available_at, id)
	where status = 'pending';
create index search_outbox_entity_idx on public.search_outbox (entity, entity_id);
create index search_outbox_done_idx on public.search_outbox (done_at) where status = 'done';

-- What the index holds: the version of each record last written to it (a practice's version, a
-- city's updated_at in whole milliseconds, as JavaScript reads it) and whether it is in the
-- index at all.
create table public.search_index_state (
	entity text not null check (entity in ('practice', 'city')),
	entity_id uuid not null,
	indexed_version bigint not null,
	present boolean not null,
	indexed_at timestamptz not null default now(),
	primary key (entity, entity_id)
);

alter table public.search_outbox enable row level security;
alter table public.search_index_state enable row level security;
-- Admins see the outbox (its dead letters above all); only system work writes it.
create policy "admins read the search outbox" on public.search_outbox
	for select to authenticated using (app.is_admin());
grant select on public.search_outbox to authenticated;
create policy "admins read the index state" on public.search_index_state
	for select to authenticated using (app.is_admin());
grant select on public.search_index_state to authenticated;

-- The version the index should carry for a record.
create function app.search_version(p_entity text, p_id uuid) returns bigint
language sql stable security definer
set search_path = ''
as $$
	select case p_entity
		when 'practice' then (select version::bigint from public.practices where id = p_id)
		when 'city' then (
			select floor(extract(epoch from updated_at) * 1000)::bigint from public.cities where id = p_id
		)
	end;
$$;

-- Queues a record unless an untouched row for it is already waiting: the worker re-reads the
-- record when it gets to it, so one waiting row covers any number of writes.
create function app.search_enqueue(p_entity text, p_id uuid) returns void
language sql volatile security definer
set search_path = ''
as $$
	insert into public.search_outbox (entity, entity_id)
	select p_entity, p_id
	where not exists (
		select 1 from public.search_outbox
		where entity = p_entity and entity_id = p_id and status = 'pending' and attempts = 0
	);
$$;

create function app.search_enqueue_row() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
	perform app.search_enqueue(tg_argv[0], coalesce(new.id, old.id));
	return null;
end
$$;

create trigger practices_search after insert or update or delete on public.practices
	for each row execute function app.search_enqueue_row('practice');
create trigger cities_search after insert or update or delete on public.cities
	for each row execute function app.search_enqueue_row('city');

-- The worker's side. Service role only.

-- Claims up to p_limit waiting rows for p_lease_seconds. Rows another worker holds are skipped,
-- and a claim that is never completed (a crashed worker) becomes claimable when its lease ends.
create function public.claim_search_outbox(p_limit int, p_lease_seconds int)
returns setof public.search_outbox
language sql volatile
set search_path = ''
as $$
	update public.search_outbox o
	set attempts = o.attempts + 1,
		available_at = now() + make_interval(secs => p_lease_seconds)
	where o.id in (
		select id from public.search_outbox
		where status = 'pending' and available_at <= now()
		order by id
		limit p_limit
		for update skip locked
	)
	returning o.*;
$$;

-- Marks rows done and records what the index now holds (p_state: [{entity, entity_id, version,
-- present}]). A newer recorded version is never replaced by an older one.
create function public.complete_search_outbox(p_ids bigint[], p_state jsonb)
returns void
language plpgsql volatile
set search_path = ''
as $$
begin
	insert into public.search_index_state (entity, entity_id, indexed_version, present, indexed_at)
	select s ->> 'entity', (s ->> 'entity_id')::uuid, (s ->> 'version')::bigint,
		(s ->> 'present')::boolean, now()
	from jsonb_array_elements(p_state) s
	on conflict (entity, entity_id) do update
		set indexed_version = excluded.indexed_version,
			present = excluded.present,
			indexed_at = excluded.indexed_at
		where public.search_index_state.indexed_version <= excluded.indexed_version;
	update public.search_outbox set status = 'done', done_at = now(), last_error = null
	where id = any (p_ids);
	-- Done rows are kept a week for the admins' view, then dropped.
	delete from public.search_outbox where status = 'done' and done_at < now() - interval '7 days';
end
$$;

-- Gives rows back after a failure: they wait 2, 4, 8 … seconds (at most 30), and after
-- p_max_attempts they are dead letters until an admin retries them.
create function public.fail_search_outbox(p_ids bigint[], p_error text, p_max_attempts int)
returns void
language sql volatile
set search_path = ''
as $$
	update public.search_outbox
	set status = case when attempts >= p_max_attempts then 'dead' else 'pending' end,
		available_at = now() + make_interval(secs => least(power(2, attempts), 30)),
		last_error = left(p_error, 1000)
	where id = any (p_ids);
$$;

-- Gives back claims without counting them as attempts (the worker found Meilisearch down before
-- it could try).
create function public.release_search_outbox(p_ids bigint[])
returns void
language sql volatile
set search_path = ''
as $$
	update public.search_outbox
	set attempts = greatest(attempts - 1, 0), available_at = now() + interval '2 seconds'
	where id = any (p_ids) and status = 'pending';
$$;

-- Admins send dead letters back to the queue.
create function public.retry_dead_search_outbox()
returns int
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	n int;
begin
	if not app.is_admin() and coalesce(app.claims() ->> 'role', '') <> 'service_role' then
		raise exception 'only admins retry search updates' using errcode = '42501';
	end if;
	update public.search_outbox
	set status = 'pending', attempts = 0, available_at = now(), last_error = null
	where status = 'dead';
	get diagnostics n = row_count;
	return n;
end
$$;

-- The reconciler: queues every record whose indexed version is behind, that is indexed but
-- should not be (unpublished, archived, deleted), or that should be indexed but is not.
-- Returns how many it queued.
create function public.search_reconcile()
returns int
language plpgsql volatile
set search_path = ''
as $$
declare
	n int := 0;
	item record;
begin
	for item in
		select 'practice' as entity, p.id
		from public.practices p
		left join public.search_index_state s on s.entity = 'practice' and s.entity_id = p.id
		where (p.status = 'published' and (s.entity_id is null or not s.present
				or s.indexed_version < p.version))
			or (p.status <> 'published' and s.present)
		union all
		select 'city', c.id
		from public.cities c
		left join public.search_index_state s on s.entity = 'city' and s.entity_id = c.id
		where s.entity_id is null or not s.present
			or s.indexed_version < floor(extract(epoch from c.updated_at) * 1000)::bigint
		union all
		select s.entity, s.entity_id
		from public.search_index_state s
		where s.present and (
			(s.entity = 'practice' and not exists (select 1 from public.practices where id = s.entity_id))
			or (s.entity = 'city' and not exists (select 1 from public.cities where id = s.entity_id))
		)
	loop
		if not exists (
			select 1 from public.search_outbox
			where entity = item.entity and entity_id = item.id and status = 'pending'
		) then
			perform app.search_enqueue(item.entity, item.id);
			n := n + 1;
		end if;
	end loop;
	return n;
end
$$;

-- After a rebuild, the index holds exactly these records at these versions.
create function public.replace_search_index_state(p_state jsonb)
returns void
language sql volatile
set search_path = ''
as $$
	delete from public.search_index_state;
	insert into public.search_index_state (entity, entity_id, indexed_version, present, indexed_at)
	select s ->> 'entity', (s ->> 'entity_id')::uuid, (s ->> 'version')::bigint, true, now()
	from jsonb_array_elements(p_state) s;
$$;

-- Counts for /health and the admins' view.
create function public.search_outbox_stats()
returns jsonb
language sql stable security definer
set search_path = ''
as $$
	select jsonb_build_object(
		'pending', count(*) filter (where status = 'pending'),
		'dead', count(*) filter (where status = 'dead'),
		'oldest_pending', min(created_at) filter (where status = 'pending')
	)
	from public.search_outbox;
$$;

revoke execute on function public.claim_search_outbox(int, int) from public, anon, authenticated;
revoke execute on function public.complete_search_outbox(bigint[], jsonb) from public, anon, authenticated;
revoke execute on function public.fail_search_outbox(bigint[], text, int) from public, anon, authenticated;
revoke execute on function public.release_search_outbox(bigint[]) from public, anon, authenticated;
revoke execute on function public.search_reconcile() from public, anon, authenticated;
revoke execute on function public.replace_search_index_state(jsonb) from public, anon, authenticated;
revoke execute on function public.retry_dead_search_outbox() from public, anon;
revoke execute on function public.search_outbox_stats() from public, anon;
grant execute on function public.claim_search_outbox(int, int) to service_role;
grant execute on function public.complete_search_outbox(bigint[], jsonb) to service_role;
grant execute on function public.fail_search_outbox(bigint[], text, int) to service_role;
grant execute on function public.release_search_outbox(bigint[]) to service_role;
grant execute on function public.search_reconcile() to service_role;
grant execute on function public.replace_search_index_state(jsonb) to service_role;
grant execute on function public.retry_dead_search_outbox() to authenticated, service_role;
grant execute on function public.search_outbox_stats() to authenticated, service_role;
revoke execute on function app.search_enqueue(text, uuid) from public, anon, authenticated;
grant execute on function app.search_enqueue(text, uuid) to service_role;
revoke execute on function app.search_version(text, uuid) from public, anon, authenticated;

-- The fallback: Postgres full-text search (the `simple` configuration, which does not stem and
-- so treats every script alike) plus pg_trgm similarity for typos, over published practices
-- and the cities. p_groups holds the query's words, each with its glossary synonyms:
-- [["iccc", "आईसीसीसी", …], ["camera", "कैमरा"]]. A record matches when every group has a term
-- in its text (a typo in a title is forgiven).
create function public.search_fallback(
	p_groups jsonb,
	p_query text,
	p_filters jsonb,
	p_limit int,
	p_offset int
)
returns jsonb
language plpgsql stable security definer
-- pg_trgm lives in `public` on the local stack and in `extensions` on hosted Supabase.
set search_path = public, extensions
as $$
declare
	tsq tsquery;
	group_query tsquery;
	grp jsonb;
	term text;
	result jsonb;
begin
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
		select 'practice' as type, p.slug, p.title, p.title_en, p.summary_en, p.language, p.kind,
			p.sectors, p.components, c.slug as city_slug, c.name as city_name, c.state,
			c.zonal_council as zone, p.updated_at,
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
			+ greatest(similarity(f.titles, coalesce(p_query, '')), 0) as rank
		from filtered f
		where not exists (
			-- a group none of whose terms is in the text, nor (for a word of four letters or
			-- more) close to a word of the titles
			select 1 from jsonb_array_elements(coalesce(p_groups, '[]')) g
			where not exists (
				select 1 from jsonb_array_elements_text(g.value) t
				where position(lower(t.value) in f.body) > 0
					or (length(t.value) >= 4
						and word_similarity(lower(t.value), lower(f.titles)) >= 0.6)
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
$$;

revoke execute on function public.search_fallback(jsonb, text, jsonb, int, int) from public;
grant execute on function public.search_fallback(jsonb, text, jsonb, int, int)
	to anon, authenticated, service_role;

-- Everything existing goes into the first index build.
insert into public.search_outbox (entity, entity_id)
select 'practice', id from public.practices where status = 'published'
union all
select 'city', id from public.cities;
