subject-assigned = You are on “{ $event }”
subject-changed = “{ $event }” changed
subject-removed = You are no longer on “{ $event }”
subject-reminder = { $days ->
    [one] “{ $event }” starts tomorrow
   *[other] “{ $event }” starts in { $days } days
}
intro-assigned = { $by } assigned you to this event.
intro-changed = { $by } changed this event.
intro-removed = { $by } removed you from this event.
intro-reminder = { $days ->
    [one] A reminder: this event starts tomorrow.
   *[other] A reminder: this event starts in { $days } days.
}
label-event = Event:
label-client = Client:
label-start = Start:
label-end = End:
label-location = Location:
what-changed = What changed:
change-line = { $field }: { $old } → { $new }
field-name = name
field-start = start
field-end = end
field-location = location
field-attendees = attendees
field-notes = notes
field-support_contact_id = support contact
nothing = (none)
footer = Sent by epic, the Epic Events CRM. To stop these e-mails or get one a day: epic notification settings --email off|digest
digest-subject = { $count } notifications since your last e-mail
