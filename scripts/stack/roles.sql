-- The roles a hosted Supabase project already has, recreated for the local stack only.
-- PostgREST logs in as `authenticator` and switches to the role named in the request's JWT.
do $$
begin
	if not exists (select from pg_roles where rolname = 'anon') then
		create role anon nologin noinherit;
	end if;
	if not exists (select from pg_roles where rolname = 'authenticated') then
		create role authenticated nologin noinherit;
	end if;
	if not exists (select from pg_roles where rolname = 'service_role') then
		create role service_role nologin noinherit bypassrls;
	end if;
	if not exists (select from pg_roles where rolname = 'authenticator') then
		create role authenticator login noinherit;
	end if;
end
$$;

grant anon, authenticated, service_role to authenticator;
grant usage on schema public to anon, authenticated, service_role;

-- Supabase's defaults: the API roles get table privileges, and row-level security decides.
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant execute on functions to anon, authenticated, service_role;
