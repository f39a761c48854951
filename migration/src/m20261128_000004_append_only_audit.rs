use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

/// The audit log is written once and never changed: on PostgreSQL, every
/// role but the owner loses UPDATE, DELETE and TRUNCATE on it, whatever
/// default privileges granted them (`scripts/postgres-roles`). Foreign-key
/// actions (an actor deleted, `actor_id` set to NULL) run as the owner and
/// still work. SQLite has no roles: whoever has the file has everything.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// No user data: a fixed statement that finds the grantees itself.
const REVOKE: &str = "
DO $$
DECLARE grantee text;
BEGIN
  FOR grantee IN
    SELECT DISTINCT g.grantee FROM information_schema.role_table_grants g
    WHERE g.table_schema = current_schema() AND g.table_name = 'audit_log'
      AND g.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
      AND g.grantee <> current_user
  LOOP
    IF grantee = 'PUBLIC' THEN
      REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
    ELSE
      EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %I', grantee);
    END IF;
  END LOOP;
END $$";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            manager.get_connection().execute_unprepared(REVOKE).await?;
        }
        Ok(())
    }
}
