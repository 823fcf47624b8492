-- The search index's record of what it holds changes whenever documents are indexed, by the
-- worker of any instance or by `npm run reindex` in a process of its own: its change notice tells
-- every instance to forget the search answers it keeps.
create trigger notify_change after insert or update or delete or truncate on public.search_index_state
for each statement execute function app.notify_change();
