-- What lets a query typed another way find a record, kept beside the search index: the Postgres
-- fallback searches the romanised companions, and the app's loanword bridge reads the words.
-- The indexer writes both from the texts it indexes (src/lib/server/search/phonetic.ts).

-- The phonetic keys of each indexed record's Indic words, for romanised queries in the fallback.
create table public.search_companions (
	entity text not null check (entity in ('practice', 'city')),
	entity_id uuid not null,
	roman text not null check (length(roman) <= 200000),
	updated_at timestamptz not null default now(),
	primary key (entity, entity_id)
);
alter table public.search_companions enable row level security;

-- The fallback runs as its caller: the public may read the companions of what it may search.
create policy "companions of what the public may search" on public.search_companions
	for select to anon, authenticated
	using (
		entity = 'city'
		or exists (
			select 1 from public.practices p where p.id = entity_id and p.status = 'published'
		)
	);
grant select on public.search_companions to anon, authenticated;
grant all on public.search_companions to service_role;

-- The words of the indexed texts, English and Indic, for the bridge between an English word and
-- the same word written in an Indian script (the app computes their sound keys as it reads them,
-- so a better key needs no reindexing). Only the system reads and writes them (the app with the
-- service role), and they are never shown: a word only widens a query to the texts that hold it.
-- A full rebuild drops the words of texts since withdrawn.
create table public.search_words (
	word text primary key check (length(word) between 2 and 60),
	indic boolean not null,
	seen_at timestamptz not null default now()
);
alter table public.search_words enable row level security;
grant all on public.search_words to service_role;

-- Writes the companions of indexed records and removes those of records gone from the index:
-- p_rows [{entity, entity_id, roman}], p_gone [{entity, entity_id}].
create function public.put_search_companions(p_rows jsonb, p_gone jsonb)
returns void
language sql volatile
set search_path = ''
as $$
	delete from public.search_companions c
	using jsonb_array_elements(coalesce(p_gone, '[]')) g
	where c.entity = g ->> 'entity' and c.entity_id = (g ->> 'entity_id')::uuid;
	insert into public.search_companions (entity, entity_id, roman, updated_at)
	select r ->> 'entity', (r ->> 'entity_id')::uuid, r ->> 'roman', now()
	from jsonb_array_elements(coalesce(p_rows, '[]')) r
	on conflict (entity, entity_id) do update
		set roman = excluded.roman, updated_at = excluded.updated_at;
$$;

-- Adds the words of indexed texts, and marks those known as seen: p_words [{word, indic}].
create function public.put_search_words(p_words jsonb)
returns void
language sql volatile
set search_path = ''
as $$
	insert into public.search_words (word, indic, seen_at)
	select distinct on (w ->> 'word') w ->> 'word', (w ->> 'indic')::boolean, now()
	from jsonb_array_elements(coalesce(p_words, '[]')) w
	where length(w ->> 'word') between 2 and 60
	on conflict (word) do update set seen_at = excluded.seen_at;
$$;

-- After a full rebuild, which saw every indexed text: drops the words no text had since p_since
-- (those of texts withdrawn or changed). Returns how many went.
create function public.prune_search_words(p_since timestamptz)
returns int
language sql volatile
set search_path = ''
as $$
	with gone as (delete from public.search_words where seen_at < p_since returning 1)
	select count(*)::int from gone;
$$;

-- Every known word, as [word, indic] pairs in one answer.
create function public.search_word_list()
returns jsonb
language sql stable
set search_path = ''
as $$
	select coalesce(jsonb_agg(jsonb_build_array(word, indic)), '[]') from public.search_words;
$$;

revoke execute on function public.put_search_companions(jsonb, jsonb), public.put_search_words(jsonb),
	public.prune_search_words(timestamptz), public.search_word_list()
	from public, anon, authenticated;
grant execute on function public.put_search_companions(jsonb, jsonb), public.put_search_words(jsonb),
	public.prune_search_words(timestamptz), public.search_word_list() to service_role;

