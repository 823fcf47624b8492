-- Mail about mentorships goes through the same outbox as invitations and password resets: a
-- request or proposal to the mentor, the answer to the requester. The outbox's list of purposes
-- grows by these two.
alter table public.outbox_emails drop constraint outbox_emails_purpose_check;
alter table public.outbox_emails add constraint outbox_emails_purpose_check
	check (purpose in ('invitation', 'password_reset', 'mentorship_request', 'mentorship_decision'));
