# The store's messages: databases, files, backups and copies.
database-url = must start with sqlite: or postgres:// (see `epic help environment`)
backup-postgres = is PostgreSQL: back it up with pg_dump
restore-postgres = is PostgreSQL: restore a pg_dump with pg_restore
backup-missing = { $path } does not exist
file-exists = { $path } already exists: pass --force to replace it
restore-target-used = { $path } already holds a company ({ $employees } employees): restore only into a new database
copy-target-used = the target already holds data ({ $tables }): copy only into an empty database
database-role = permission denied: the database role may not do this ({ $detail }); see docs/deploy-postgres.md
unique-value-taken = a record with the same unique value already exists
still-referenced = the record is still referenced by another record
