# Pourquoi le domaine refuse une valeur, en français. Chaque clé est aussi
# dans en.ftl et dans `message::keys`. Ce qui a été tapé arrive déjà entre
# guillemets.

-forms = 2027-06-12, 2027-06-12 14:00, 12/06/2027 (jour d’abord), 12/06/2027 14:30, 12/06/2027 14h30, 12/06/2027 14h, demain 14h, tomorrow 2PM, lundi, monday, 4 Jun 2027 @ 1PM ou 2027-06-12T14:00:00+02:00

not-empty = ne doit pas être vide
at-most-chars = doit faire au plus { $max } caractères
at-least-chars = doit faire au moins { $min } caractères
no-control-chars = ne doit pas contenir de caractères de contrôle
no-control-chars-but-lines = ne doit pas contenir de caractères de contrôle autres que des retours à la ligne
no-bidi-controls = ne doit pas contenir de caractères de contrôle bidirectionnels
not-negative = ne doit pas être négatif
email-empty = ne doit pas être vide (reçu { $got })
email-long = doit faire au plus 254 caractères (reçu { $got })
email-ascii = doit être écrit en ASCII (un domaine Unicode sous sa forme xn--) (reçu { $got })
email-shape = doit ressembler à nom@example.com (reçu { $got })
email-local = doit avoir un seul @ précédé d’un nom de 1 à 64 caractères (reçu { $got })
email-dots = la partie avant @ ne doit pas commencer ni finir par un point, ni en répéter un (reçu { $got })
email-local-chars = la partie avant @ contient un caractère interdit (reçu { $got })
email-domain = doit finir par un domaine comme example.com (reçu { $got })
phone-chars = ne peut contenir que des chiffres, +, espaces, points, tirets et parenthèses (trouvé { $found })
phone-plus = + ne peut être qu’au début du numéro
phone-digits = doit avoir de 6 à 20 chiffres (en a { $digits })
amount-range = doit être entre 0 et 1000000000000.00
amount-form = doit être un montant comme 5000 ou 5000,50 (reçu { $got })
amount-decimals = doit avoir au plus deux décimales (reçu { $got })
amount-positive = doit être supérieur à 0,00
amount-over-due = { $amount } dépasse le reste dû ({ $due })
due-over-total = ne doit pas dépasser le montant total ({ $due } > { $total })
id-form = doit être un identifiant de { $field } (reçu { $got })
attendees-form = doit être un nombre entier de 0 à 1000000 (reçu { $got })
attendees-too-large = est trop grand
department-form = doit être sales, support ou management (reçu { $got })
not-active-in-department = l’employé { $id } n’est pas un employé actif du département { $department }
nothing-to-change = rien à changer : donnez au moins un champ
nothing-to-change-contract = rien à changer : donnez un nouveau total, un nouveau reste dû, ou les deux
notes-or-append = donnez de nouvelles notes ou un texte à ajouter, pas les deux
end-before-start = ne doit pas précéder le début
to-before-from = ne doit pas précéder le début de la période
days-range = doit être de { $min } à { $max }
contract-unsigned = le contrat { $id } n’est pas encore signé : les événements sont réservés aux contrats signés
contract-of-other-client = le contrat { $id } appartient à { $owner }, pas à { $client }
not-a-command = `epic { $noun } { $verb }` n’est pas une commande
name-fits-none = aucun { $what ->
        [support] employé du support
        [sales] commercial
        [employee] employé
        [contract] contrat
       *[client] client
    } n’a l’identifiant, l’e-mail ou le nom { $text }
name-fits-many = { $text } correspond à { $count } { $what ->
        [support] employés du support
        [sales] commerciaux
        [employee] employés
        [contract] contrats
       *[client] clients
    }, donnez l’identifiant : { $candidates }
header-no-column = ligne { $row } : pas de colonne { $name }
header-missing = colonne(s) manquante(s) : { $columns }
password-same = doit être différent de l’actuel
password-common = est trop courant ou trop facile à deviner ; choisissez-en un autre
password-required = un nouveau mot de passe est requis
time-form = doit être un jour ou une heure comme { -forms } (reçu { $got })
time-years = doit être entre les années { $min } et { $max } (reçu { $got })
time-twice = { $got } existe deux fois dans le fuseau local (on recule les horloges) : donnez le décalage, par exemple { $example }
time-skipped = { $got } n’existe pas dans le fuseau local (les horloges sautent cette heure) ; formes acceptées : { -forms }
time-four-digits = { $got } : écrivez l’année sur quatre chiffres, jour d’abord (12/06/2027) ; formes acceptées : { -forms }
time-not-a-day = { $got } n’est pas un jour du calendrier (avec des barres obliques, le jour d’abord : JJ/MM/AAAA) ; formes acceptées : { -forms }
entity = { $entity ->
        [client] client
        [contract] contrat
        [event] événement
        [employee] employé
       *[other] { $entity }
    }
not-found = { entity } { $id } introuvable
login-failed = connexion refusée : e-mail ou mot de passe erroné, ou compte inactif ou bloqué un moment après des échecs répétés
not-logged-in = non connecté : lancez `epic login`
wrong-current-password = le mot de passe actuel n’est pas le bon ; rien n’a été changé
session-invalid = votre session n’est plus valide (expirée, révoquée ou émise ailleurs) : lancez `epic login`
password-change-required = vous devez d’abord changer votre mot de passe : lancez `epic password change`
action = { $action ->
        [read-records] lire les clients, contrats et événements
        [read-employees] lire les employés
        [read-audit] lire le journal d’audit
        [read-outbox] lire la file des e-mails
        [create-employee] créer des employés
        [update-employee] modifier des employés
        [deactivate-employee] désactiver ou réactiver des employés
        [delete-employee] supprimer des employés
        [reset-password] réinitialiser des mots de passe
        [create-client] créer des clients
        [update-client] modifier ce client
        [reassign-client] réassigner des clients
        [delete-client] supprimer des clients
        [create-contract] créer des contrats
        [update-contract] modifier ce contrat
        [sign-contract] signer ce contrat
        [unsign-contract] annuler la signature de contrats
        [delete-contract] supprimer des contrats
        [create-event] créer un événement pour ce contrat
        [update-event] modifier cet événement
        [assign-support] assigner le support
        [delete-event] supprimer des événements
        [export-client-data] exporter les données de ce client
        [forget-client] effacer des clients
        [forget-employee] effacer d'anciens employés
       *[own-account] gérer votre propre compte
    }
may-not = permission refusée : { $name } ({ $department }) ne peut pas { action }
may-not-copy = permission refusée : { $name } ({ $department }) ne peut pas sauvegarder ni copier la base
reassigned-meanwhile = permission refusée : { entity } { $id } a été réassigné entre-temps ; rien n’a été changé
changed-meanwhile = { entity } { $id } a été modifié par quelqu’un d’autre depuis votre lecture ; rien n’a été changé (affichez-le de nouveau et réessayez)
version-mismatch = { entity } { $id } est à la version { $stored }, pas { $given } : il a changé depuis votre lecture ; rien n’a été changé
already-signed = le contrat { $id } est déjà signé
already-unsigned = le contrat { $id } n’est déjà pas signé
contract-changed = le contrat { $id } a changé entre-temps (signature annulée ou réassigné) ; rien n’a été créé
calendar-exists = vous avez déjà une URL de calendrier ; elle n’est montrée qu’à sa création : `epic calendar url --reset` en fait une nouvelle, et l’ancienne cesse de fonctionner
double-booked = { $who } est déjà à l’événement { $id } ({ $name }) à ce moment ; rien n’a été changé (sans --if-free, le changement est fait, avec un avertissement)
employee-changed = l’employé { $id } a été modifié par quelqu’un d’autre depuis votre lecture ; rien n’a été changé
already-active = l’employé { $id } est déjà actif
already-inactive = l’employé { $id } est déjà inactif
import-support-column = permission refusée : seule la gestion assigne le support : laissez la colonne vide et laissez la gestion lancer `epic event update ID --support`
contract-changed-in-import = un contrat a changé pendant l’import (signature annulée ou réassigné) ; rien n’a été importé
already-initialised = cette base est déjà initialisée ; connectez-vous avec `epic login`
employee-email-taken = un employé a déjà l’e-mail { $email }
client-email-taken = un client a déjà l’e-mail { $email }
password-changed-meanwhile = le mot de passe a été changé par quelqu’un d’autre entre-temps ; rien n’a été changé
contract-has-events = le contrat { $id } a encore { $events } événement(s) : supprimez-les d’abord
client-has-contracts = le client { $id } a encore { $contracts } contrat(s) : supprimez-les d’abord
last-manager = c’est le dernier employé actif de la gestion : nommez ou réactivez d’abord un autre gestionnaire
employee-still-contact = l’employé { $id } est encore le contact de { $clients } client(s), { $contracts } contrat(s) et { $events } événement(s) : réassignez-les ou désactivez plutôt l’employé
already-a-client = { $email } est déjà client (ou deux fois dans le fichier)
already-forgotten = { entity } { $id } a déjà été effacé
forget-active-employee = l’employé { $id } est encore actif : désactivez-le d’abord, puis effacez-le
no-longer-inactive = le client { $id } n’est plus un prospect inactif (un contrat, ou un contact récent) ; rien n’a été effacé
age-invalid = { $got } n’est pas une durée : un nombre entier suivi de y, m ou d (3y, 18m, 90d)
