# Les messages du stockage : bases, fichiers, sauvegardes et copies.
database-url = doit commencer par sqlite: ou postgres:// (voir `epic help environment`)
backup-postgres = est PostgreSQL : sauvegardez-la avec pg_dump
restore-postgres = est PostgreSQL : restaurez une sauvegarde pg_dump avec pg_restore
backup-missing = { $path } n’existe pas
file-exists = { $path } existe déjà : passez --force pour le remplacer
restore-target-used = { $path } contient déjà une entreprise ({ $employees } employés) : restaurez seulement dans une nouvelle base
copy-target-used = la cible contient déjà des données ({ $tables }) : copiez seulement dans une base vide
database-role = permission refusée : le rôle de la base ne peut pas faire cela ({ $detail }) ; voir docs/deploy-postgres.md
unique-value-taken = un enregistrement a déjà cette valeur unique
still-referenced = l’enregistrement est encore référencé par un autre
