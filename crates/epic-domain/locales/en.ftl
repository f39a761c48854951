# Why the domain refuses a value, in English. Each key is also in fr.ftl
# and in `message::keys`. What someone typed arrives already quoted.

-forms = 2027-06-12, 2027-06-12 14:00, 12/06/2027 (day first), 12/06/2027 14:30, 12/06/2027 14h30, 12/06/2027 14h, demain 14h, tomorrow 2PM, lundi, monday, 4 Jun 2027 @ 1PM or 2027-06-12T14:00:00+02:00

not-empty = must not be empty
at-most-chars = must be at most { $max } characters
at-least-chars = must be at least { $min } characters
no-control-chars = must not contain control characters
no-control-chars-but-lines = must not contain control characters other than line breaks
no-bidi-controls = must not contain bidirectional control characters
not-negative = must not be negative
email-empty = must not be empty (got { $got })
email-long = must be at most 254 characters (got { $got })
email-ascii = must be written in ASCII (a Unicode domain in its xn-- form) (got { $got })
email-shape = must look like name@example.com (got { $got })
email-local = must have one @ with a name of 1 to 64 characters before it (got { $got })
email-dots = the part before @ must not start, end or repeat a dot (got { $got })
email-local-chars = the part before @ has a character that is not allowed (got { $got })
email-domain = must end with a domain such as example.com (got { $got })
phone-chars = may hold only digits, +, spaces, dots, dashes and parentheses (found { $found })
phone-plus = + may only start the number
phone-digits = must have 6 to 20 digits (has { $digits })
amount-range = must be between 0 and 1000000000000.00
amount-form = must be an amount like 5000 or 5000.50 (got { $got })
amount-decimals = must have at most two decimals (got { $got })
amount-positive = must be more than 0.00
amount-over-due = { $amount } is more than the amount due ({ $due })
due-over-total = must not exceed the total amount ({ $due } > { $total })
id-form = must be a { $field } id (got { $got })
attendees-form = must be a whole number from 0 to 1000000 (got { $got })
attendees-too-large = is too large
department-form = must be sales, support or management (got { $got })
not-active-in-department = employee { $id } is not an active { $department } employee
nothing-to-change = nothing to change: pass at least one field
nothing-to-change-contract = nothing to change: give a new total, a new amount due, or both
notes-or-append = give new notes or text to append, not both
end-before-start = must not be before the start
to-before-from = must not be before the start of the period
days-range = must be from { $min } to { $max }
contract-unsigned = contract { $id } is not signed yet: events are only for signed contracts
contract-of-other-client = contract { $id } belongs to { $owner }, not { $client }
not-a-command = `epic { $noun } { $verb }` is not a command
name-fits-none = no { $what ->
        [support] support employee
        [sales] sales employee
        [employee] employee
        [contract] contract
       *[client] client
    } has the id, e-mail or name { $text }
name-fits-many = { $text } fits { $count } { $what ->
        [support] support employees
        [sales] sales employees
        [employee] employees
        [contract] contracts
       *[client] clients
    }, give the id: { $candidates }
header-no-column = row { $row }: no column { $name }
header-missing = missing column(s): { $columns }
password-same = must differ from the current one
password-common = is too common or too easy to guess; choose another
password-required = a new password is required
time-form = must be a day or a time like { -forms } (got { $got })
time-years = must be between the years { $min } and { $max } (got { $got })
time-twice = { $got } happens twice in the local time zone (the clocks go back): give the offset, e.g. { $example }
time-skipped = { $got } does not exist in the local time zone (the clocks skip that hour); accepted forms: { -forms }
time-four-digits = { $got }: write the year with four digits, day first (12/06/2027); accepted forms: { -forms }
time-not-a-day = { $got } is not a day of the calendar (slashes are day first: DD/MM/YYYY); accepted forms: { -forms }
entity = { $entity ->
        [client] client
        [contract] contract
        [event] event
        [employee] employee
       *[other] { $entity }
    }
not-found = { entity } { $id } not found
login-failed = login failed: wrong email or password, or the account is inactive or temporarily locked after repeated failures
not-logged-in = not logged in: run `epic login`
wrong-current-password = the current password is not correct; nothing was changed
session-invalid = your session is no longer valid (expired, revoked or not issued here): run `epic login`
password-change-required = you must change your password first: run `epic password change`
action = { $action ->
        [read-records] read clients, contracts and events
        [read-employees] read employees
        [read-audit] read the audit log
        [read-outbox] read the e-mail outbox
        [create-employee] create employees
        [update-employee] update employees
        [deactivate-employee] deactivate or reactivate employees
        [delete-employee] delete employees
        [reset-password] reset passwords
        [create-client] create clients
        [update-client] update this client
        [reassign-client] reassign clients
        [delete-client] delete clients
        [create-contract] create contracts
        [update-contract] update this contract
        [sign-contract] sign this contract
        [unsign-contract] unsign contracts
        [delete-contract] delete contracts
        [create-event] create an event for this contract
        [update-event] update this event
        [assign-support] assign support contacts
        [delete-event] delete events
        [export-client-data] export this client's data
        [forget-client] forget clients
        [forget-employee] forget former employees
       *[own-account] manage your own account
    }
may-not = permission denied: { $name } ({ $department }) may not { action }
may-not-copy = permission denied: { $name } ({ $department }) may not back up or copy the database
reassigned-meanwhile = permission denied: the { entity } { $id } was reassigned meanwhile; nothing was changed
changed-meanwhile = the { entity } { $id } was changed by someone else since you read it; nothing was changed (show it again and retry)
version-mismatch = the { entity } { $id } is at version { $stored }, not { $given }: it changed since you read it; nothing was changed
already-signed = contract { $id } is already signed
already-unsigned = contract { $id } is already unsigned
contract-changed = contract { $id } changed meanwhile (unsigned or reassigned); nothing was created
calendar-exists = you have a calendar URL already; it is shown only when it is made: `epic calendar url --reset` makes a new one, and the old one stops working
double-booked = { $who } is already at event { $id } ({ $name }) at that time; nothing was changed (without --if-free the change is made, with a warning)
employee-changed = employee { $id } was changed by someone else since you read it; nothing was changed
already-active = employee { $id } is already active
already-inactive = employee { $id } is already inactive
import-support-column = permission denied: only management assigns support: leave the column empty and let management run `epic event update ID --support`
contract-changed-in-import = a contract changed during the import (unsigned or reassigned); nothing was imported
already-initialised = this database is already initialised; log in with `epic login`
employee-email-taken = an employee with the email { $email } already exists
client-email-taken = a client with the email { $email } already exists
password-changed-meanwhile = the password was changed by someone else meanwhile; nothing was changed
contract-has-events = contract { $id } still has { $events } event(s): delete them first
client-has-contracts = client { $id } still has { $contracts } contract(s): delete them first
last-manager = this is the last active management employee: appoint or reactivate another manager first
employee-still-contact = employee { $id } is still the contact of { $clients } client(s), { $contracts } contract(s) and { $events } event(s): reassign them or deactivate the employee instead
already-a-client = { $email } is already a client (or twice in the file)
already-forgotten = the { entity } { $id } was already forgotten
forget-active-employee = employee { $id } is still active: deactivate them first, then forget them
no-longer-inactive = client { $id } is no longer an inactive prospect (a contract, or a recent contact); nothing was forgotten
age-invalid = { $got } is not an age: a whole number followed by y, m or d (3y, 18m, 90d)
