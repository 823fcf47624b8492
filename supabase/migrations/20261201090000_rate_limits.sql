-- Rate limits for costly public endpoints (search, password resets): a token bucket per
-- (bucket, key), kept in Postgres so the limit holds across server instances. System work only:
-- no policy, no grant to anon or authenticated.

create table public.rate_limits (
	bucket text not null check (length(bucket) between 1 and 40),
	-- What is limited: a client address, an email, …
	key text not null check (length(key) between 1 and 300),
	tokens double precision not null,
	updated_at timestamptz not null default clock_timestamp(),
	primary key (bucket, key)
);

create index rate_limits_updated_idx on public.rate_limits (updated_at);

alter table public.rate_limits enable row level security;
revoke all on public.rate_limits from anon, authenticated;
grant all on public.rate_limits to service_role;

-- Takes one token from the bucket: a full bucket holds `p_capacity` tokens (the burst) and
-- refills at `p_per_second`. Returns 0 when the request may go ahead, else the seconds until a
-- token is back (the request is refused and takes nothing, so a client that keeps trying is not
-- locked out longer than the refill needs).
create function public.take_rate_limit_token(
	p_bucket text, p_key text, p_capacity int, p_per_second double precision
)
returns double precision
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	now_at timestamptz := clock_timestamp();
	available double precision;
begin
	if p_capacity < 1 or p_per_second <= 0 then
		raise exception 'a rate limit needs a capacity of at least 1 and a positive refill rate'
			using errcode = '22023';
	end if;
	insert into public.rate_limits as r (bucket, key, tokens, updated_at)
	values (p_bucket, p_key, p_capacity, now_at)
	on conflict (bucket, key) do update
		set tokens = least(p_capacity::double precision,
				r.tokens + extract(epoch from now_at - r.updated_at) * p_per_second),
			updated_at = now_at
	returning tokens into available;
	if available >= 1 then
		update public.rate_limits set tokens = available - 1
		where bucket = p_bucket and key = p_key;
		return 0;
	end if;
	return (1 - available) / p_per_second;
end
$$;

revoke execute on function public.take_rate_limit_token(text, text, int, double precision)
	from public, anon, authenticated;
grant execute on function public.take_rate_limit_token(text, text, int, double precision)
	to service_role;
