use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

/// Forgetting people (RGPD) for good.
///
/// PostgreSQL: the runtime role may not change the audit log (migration
/// `append_only_audit`), yet forgetting must blank the values it holds
/// about a person. `epic_forget_audit(entity, id)` does that one thing as
/// the schema's owner: for one record it replaces the old and new values
/// of that kind's personal fields (the same as
/// `epic_domain::crm::privacy`) with null, marked `forgotten`; who, when,
/// the action and which field stay, and nothing else can be changed
/// through it. Its search path is fixed, so a caller's objects cannot
/// stand in for the audit log.
///
/// Both: an index on when each client last changed, for retention.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// No user data; the element text of `json` (not `jsonb`) is kept as it
/// was written, so an entry's other fields keep their exact text.
const FUNCTION: &str = r#"
CREATE FUNCTION epic_forget_audit(target_entity text, target_id bigint)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
AS $fn$
DECLARE
  personal text[];
  blanked bigint;
BEGIN
  personal := CASE target_entity
    WHEN 'client' THEN ARRAY['full_name', 'email', 'phone', 'company_name']
    WHEN 'event' THEN ARRAY['name', 'location', 'notes']
    WHEN 'employee' THEN ARRAY['full_name', 'email']
  END;
  IF personal IS NULL THEN
    RAISE EXCEPTION 'no personal fields in a %', target_entity;
  END IF;
  UPDATE audit_log AS a SET changes = (
    SELECT '[' || coalesce(string_agg(
      CASE WHEN t.item->>'field' = ANY (personal)
        THEN '{"field":' || to_json(t.item->>'field')::text
             || ',"old":null,"new":null,"forgotten":true}'
        ELSE t.item::text
      END, ',' ORDER BY t.n), '') || ']'
    FROM json_array_elements(a.changes::json) WITH ORDINALITY AS t(item, n))
  WHERE a.entity = target_entity AND a.entity_id = target_id;
  GET DIAGNOSTICS blanked = ROW_COUNT;
  RETURN blanked;
END
$fn$"#;

/// `SET search_path` needs the schema's name, quoted by `format`.
const SEARCH_PATH: &str = "
DO $$
BEGIN
  EXECUTE format('ALTER FUNCTION epic_forget_audit(text, bigint) SET search_path = %I, pg_temp',
                 current_schema());
END $$";

#[derive(DeriveIden)]
enum Clients {
    Table,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            let db = manager.get_connection();
            db.execute_unprepared(FUNCTION).await?;
            db.execute_unprepared(SEARCH_PATH).await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("ix_clients_updated_at")
                    .table(Clients::Table)
                    .col(Clients::UpdatedAt)
                    .to_owned(),
            )
            .await
    }
}
