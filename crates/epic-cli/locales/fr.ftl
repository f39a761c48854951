# Messages en français de la ligne de commande epic. Chaque clé est aussi
# dans en.ftl.

no-results = Aucun résultat.
unread-hint = Vous avez { $count } notification(s) non lue(s) : epic notification list --unread
import-read-as = { $file } lu en { $encoding }, cellules séparées par { $delimiter }.
import-checking = Vérification de { $rows } ligne(s) de { $file }…
import-dry-run = Essai : les { $rows } ligne(s) sont valides ; rien n’a été écrit.
import-done = { $created } enregistrement(s) importé(s).
error-line = erreur : { $message }
hint-line = conseil : { $message }
invalid-value = { $flag } invalide : { $reason }
rows-refused = { $count } ligne(s) en erreur, rien n’a été importé
row-problem = ligne { $row } : { $field } : { $reason }
delimiter-form = le séparateur CSV doit être ',', ';' ou tab (reçu { $got })
not-utf8-line = la ligne { $line } n’est pas en UTF-8 : passez --encoding windows-1252 pour un fichier enregistré par Excel
cannot-read = impossible de lire { $path } : { $reason }
config-database-url = database_url doit commencer par sqlite: ou postgres://
config-format = format doit être table, json ou csv
line-too-long = une ligne dépasse { $limit } octets
not-utf8 = n’est pas de l’UTF-8 valide
entries-differ = les deux saisies diffèrent
try-again-in = réessayez dans { $seconds } s
fields-twice = --fields nomme { $name } deux fois
fields-none = --fields attend au moins un nom ; champs valides : { $valid }
fields-unknown = champ inconnu { $name } dans --fields ; champs valides : { $valid }
notification-id-or-all = donnez l’identifiant d’une notification ou --all
server-answered = le serveur { $server } a répondu { $status }
server-unreachable = impossible de joindre le serveur epic { $server } : { $why }
server-unreachable-hint = vérifiez --server, EPIC_SERVER ou le fichier de configuration, et que `epic serve` y tourne
ics-events-only = -o ics écrit des événements : utilisez-le avec `epic event list`
ics-fixed-fields = --fields ne s’applique pas à -o ics : une entrée d’agenda a des champs fixes
xlsx-to-a-file = -o xlsx écrit un classeur : envoyez-le dans un fichier, par exemple `> clients.xlsx`
no-help-topic = pas de sujet d’aide ni de commande `{ $topic }`
config-unknown-key = clé de configuration inconnue { $key } : les clés sont { $known }
file-missing = { $path } n’existe pas
try-help = Pour en savoir plus, essayez '--help'.
out-of-range = { $argument } est hors limites : { $value }
not-a-number = { $argument } attend un nombre entier comme 12, pas { $value }

# Questions et confirmations.
prompt-full-name = Nom complet
prompt-email = E-mail
prompt-department = Service (sales, support, management)
prompt-client = Client (id, e-mail ou nom)
prompt-total = Montant total
prompt-contract = Contrat (id, ou e-mail ou nom de son client)
prompt-event-name = Nom de l’événement
prompt-start = Début (12/06/2027 14h ou 2027-06-12 14:00)
prompt-end = Fin (12/06/2027 23h ou 2027-06-12 23:00)
prompt-location = Lieu
prompt-attendees = Participants
prompt-new-password = Nouveau mot de passe
prompt-repeat-password = Répétez-le
prompt-current-password = Mot de passe actuel
prompt-password = Mot de passe
confirm-delete = Supprimer { $what } { $id } ({ $label }) ?
deleted = { $what } { $id } supprimé.
warning-double-booked = attention : { $who } est aussi à l’événement { $id } ({ $name }), { $start } – { $end }
confirm-replace-demo = Remplacer la base de démonstration { $path } ?
yes-no = [o/N]
confirm-needs-yes = { $question } Ajoutez --yes pour confirmer sans terminal.
cancelled = annulé ; rien n’a été modifié
missing-flags = il manque { $flags }

# En-têtes des tableaux, un par champ.
column-id = ID
column-full_name = NOM
column-name = NOM
column-email = E-MAIL
column-department = SERVICE
column-active = ACTIF
column-must_change_password = MOT DE PASSE À CHANGER
column-locked_until = BLOQUÉ JUSQU’À
column-created_at = CRÉÉ LE
column-updated_at = MODIFIÉ LE
column-version = VERSION
column-phone = TÉLÉPHONE
column-company_name = SOCIÉTÉ
column-sales_contact_id = ID COMMERCIAL
column-sales_contact_name = COMMERCIAL
column-client_id = ID CLIENT
column-client_name = CLIENT
column-client_email = E-MAIL CLIENT
column-client_phone = TÉLÉPHONE CLIENT
column-total_amount = TOTAL
column-amount_due = RESTE DÛ
column-signed = SIGNÉ
column-signed_at = SIGNÉ LE
column-contract_id = CONTRAT
column-support_contact_id = ID SUPPORT
column-support_contact_name = SUPPORT
column-start = DÉBUT
column-end = FIN
column-location = LIEU
column-attendees = PARTICIPANTS
column-notes = NOTES
column-event_id = ÉVÉNEMENT
column-kind = TYPE
column-language = LANGUE
column-message = MESSAGE
column-read_at = LU LE
column-at = LE
column-actor_id = ID AUTEUR
column-actor_name = AUTEUR
column-action = ACTION
column-entity = OBJET
column-entity_id = ID OBJET
column-changes = MODIFICATIONS
column-employee_id = ID EMPLOYÉ
column-employee_name = EMPLOYÉ
column-state = ÉTAT
column-attempts = ESSAIS
column-next_attempt_at = PROCHAIN ESSAI
column-sent_at = ENVOYÉ LE
column-last_error = DERNIÈRE ERREUR
column-contracts_signed = CONTRATS SIGNÉS
column-revenue_signed = CA SIGNÉ
column-amount_outstanding = RESTE À ENCAISSER
column-age_days = ÂGE (JOURS)
column-needs_support = SUPPORT À TROUVER
column-month = MOIS
column-events = ÉVÉNEMENTS
column-without_support = SANS SUPPORT
column-rows = LIGNES
column-dry_run = ESSAI
column-created = CRÉÉS
column-ids = IDS
column-table = TABLE
column-source_rows = LIGNES SOURCE
column-target_rows = LIGNES CIBLE
column-source_checksum = SOMME SOURCE
column-target_checksum = SOMME CIBLE
column-same = IDENTIQUE
nothing-to-forget = Aucun prospect n’a été contacté pour la dernière fois il y a si longtemps.
confirm-forget-inactive = Effacer définitivement les { $count } prospect(s) sans contact depuis { $age } ?
forgotten-clients = { $count } client(s) effacé(s).
forgotten-name = { $kind ->
        [client] client { $id }
        [event] événement { $id }
       *[employee] ancien employé { $id }
    }
confirm-forget = { $what ->
        [client] Effacer définitivement le client { $id } ({ $label }) ? Son nom, son e-mail, son téléphone et sa société, et les noms, lieux et notes de ses événements, ne pourront pas être retrouvés.
       *[employee] Effacer définitivement l’ancien employé { $id } ({ $label }) ? Son nom et son e-mail ne pourront pas être retrouvés.
    }
forgotten = { $what ->
        [client] Client { $id } effacé.
       *[employee] Employé { $id } effacé.
    }
