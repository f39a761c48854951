use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub name: String,
    pub contract_id: i64,
    pub support_contact_id: Option<i64>,
    pub start_at: DateTimeUtc,
    pub end_at: DateTimeUtc,
    pub location: String,
    pub attendees: i32,
    pub notes: String,
    /// Folded text for `--search` (`epic_domain::search`).
    pub search_key: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
