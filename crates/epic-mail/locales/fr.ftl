subject-assigned = Vous êtes sur « { $event } »
subject-changed = « { $event } » a changé
subject-removed = Vous n’êtes plus sur « { $event } »
subject-reminder = { $days ->
    [one] « { $event } » commence demain
   *[other] « { $event } » commence dans { $days } jours
}
intro-assigned = { $by } vous a affecté·e à cet événement.
intro-changed = { $by } a modifié cet événement.
intro-removed = { $by } vous a retiré·e de cet événement.
intro-reminder = { $days ->
    [one] Rappel : cet événement commence demain.
   *[other] Rappel : cet événement commence dans { $days } jours.
}
label-event = Événement :
label-client = Client :
label-start = Début :
label-end = Fin :
label-location = Lieu :
what-changed = Ce qui a changé :
change-line = { $field } : { $old } → { $new }
field-name = nom
field-start = début
field-end = fin
field-location = lieu
field-attendees = participants
field-notes = notes
field-support_contact_id = contact support
nothing = (aucun)
footer = Envoyé par epic, le CRM d’Epic Events. Pour ne plus recevoir ces e-mails ou n’en recevoir qu’un par jour : epic notification settings --email off|digest
digest-subject = { $count } notifications depuis votre dernier e-mail
