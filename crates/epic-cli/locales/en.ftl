# English messages of the epic command line. Every key here is in fr.ftl too.

no-results = No results.
unread-hint = You have { $count } unread notification(s): epic notification list --unread
import-read-as = Read { $file } as { $encoding }, cells separated by { $delimiter }.
import-checking = Checking { $rows } row(s) of { $file }…
import-dry-run = Dry run: all { $rows } row(s) are valid; nothing was written.
import-done = Imported { $created } record(s).
error-line = error: { $message }
hint-line = hint: { $message }
invalid-value = invalid { $flag }: { $reason }
rows-refused = { $count } row problem(s), nothing was imported
row-problem = row { $row }: { $field }: { $reason }
delimiter-form = the CSV delimiter must be ',', ';' or tab (got { $got })
not-utf8-line = line { $line } is not UTF-8: pass --encoding windows-1252 for a file saved by Excel
cannot-read = cannot read { $path }: { $reason }
config-database-url = database_url must start with sqlite: or postgres://
config-format = format must be table, json or csv
line-too-long = a line is longer than { $limit } bytes
not-utf8 = is not valid UTF-8
entries-differ = the two entries differ
try-again-in = try again in { $seconds } s
fields-twice = --fields names { $name } twice
fields-none = --fields needs at least one name; valid fields: { $valid }
fields-unknown = unknown field { $name } in --fields; valid fields: { $valid }
notification-id-or-all = pass a notification id or --all
server-answered = the server { $server } answered { $status }
server-unreachable = cannot reach the epic server { $server }: { $why }
server-unreachable-hint = check --server, EPIC_SERVER or the config file, and that `epic serve` runs there
ics-events-only = -o ics writes events: use it with `epic event list`
ics-fixed-fields = --fields does not apply to -o ics: a calendar entry has fixed fields
xlsx-to-a-file = -o xlsx writes a workbook: send it to a file, e.g. `> clients.xlsx`
no-help-topic = no help topic or command `{ $topic }`
config-unknown-key = unknown config key { $key }: the keys are { $known }
file-missing = { $path } does not exist
try-help = For more information, try '--help'.
out-of-range = { $argument } is out of range: { $value }
not-a-number = { $argument } takes a whole number such as 12, not { $value }

# Prompts and confirmations.
prompt-full-name = Full name
prompt-email = Email
prompt-department = Department (sales, support, management)
prompt-client = Client (id, e-mail or name)
prompt-total = Total amount
prompt-contract = Contract (id, or its client's e-mail or name)
prompt-event-name = Event name
prompt-start = Start (2027-06-12 14:00 or 12/06/2027 14h)
prompt-end = End (2027-06-12 23:00 or 12/06/2027 23h)
prompt-location = Location
prompt-attendees = Attendees
prompt-new-password = New password
prompt-repeat-password = Repeat it
prompt-current-password = Current password
prompt-password = Password
confirm-delete = Delete { $what } { $id } ({ $label })?
deleted = Deleted { $what } { $id }.
warning-double-booked = warning: { $who } is also at event { $id } ({ $name }), { $start } – { $end }
confirm-replace-demo = Replace the demo database { $path }?
yes-no = [y/N]
confirm-needs-yes = { $question } Pass --yes to confirm without a terminal.
cancelled = cancelled; nothing was changed
missing-flags = missing { $flags }

# Table headers, one per field.
column-full_name = NAME
column-created_at = CREATED
column-updated_at = UPDATED
column-company_name = COMPANY
column-sales_contact_id = SALES ID
column-sales_contact_name = SALES
column-client_name = CLIENT
column-total_amount = TOTAL
column-amount_due = DUE
column-contract_id = CONTRACT
column-support_contact_id = SUPPORT ID
column-support_contact_name = SUPPORT
column-event_id = EVENT
column-read_at = READ
column-actor_name = ACTOR
column-amount_outstanding = OUTSTANDING
column-age_days = AGE (DAYS)
column-employee_name = EMPLOYEE
column-next_attempt_at = NEXT TRY
column-sent_at = SENT
nothing-to-forget = No prospect was last contacted that long ago.
confirm-forget-inactive = Forget for good the { $count } prospect(s) not contacted for { $age }?
forgotten-clients = Forgot { $count } client(s).
forgotten-name = { $kind ->
        [client] client { $id }
        [event] event { $id }
       *[employee] former employee { $id }
    }
confirm-forget = { $what ->
        [client] Forget client { $id } ({ $label }) for good? Its name, e-mail, phone and company, and the names, places and notes of its events, cannot be brought back.
       *[employee] Forget former employee { $id } ({ $label }) for good? Their name and e-mail cannot be brought back.
    }
forgotten = Forgot { $what } { $id }.
