//! The store's own messages: about database URLs, files, backups, copies
//! and what the database itself refuses. They are said like the domain's,
//! in each person's language, from the store's catalogue.

epic_domain::catalogue!(
    /// The store's messages, in English and French.
    CATALOGUE,
    "../locales/en.ftl",
    "../locales/fr.ftl"
);

epic_domain::keys! {
    super::CATALOGUE;
    DATABASE_URL = "database-url",
    BACKUP_POSTGRES = "backup-postgres",
    RESTORE_POSTGRES = "restore-postgres",
    BACKUP_MISSING = "backup-missing",
    FILE_EXISTS = "file-exists",
    RESTORE_TARGET_USED = "restore-target-used",
    COPY_TARGET_USED = "copy-target-used",
    DATABASE_ROLE = "database-role",
    UNIQUE_VALUE_TAKEN = "unique-value-taken",
    STILL_REFERENCED = "still-referenced",
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue_keys(text: &str) -> Vec<String> {
        assert!(fluent_bundle::FluentResource::try_new(text.to_owned()).is_ok());
        let mut found: Vec<String> = text
            .lines()
            .filter(|l| !l.starts_with(['#', ' ', '-']))
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.to_owned()))
            .collect();
        found.sort();
        found
    }

    #[test]
    fn every_key_is_in_both_catalogues_and_nothing_else_is() {
        let mut declared: Vec<String> = keys::ALL.iter().map(|k| k.as_str().to_owned()).collect();
        declared.sort();
        assert_eq!(catalogue_keys(CATALOGUE.en), declared);
        assert_eq!(catalogue_keys(CATALOGUE.fr), declared);
    }

    #[test]
    fn a_store_message_says_itself_in_english() {
        let message = epic_domain::Message::new(keys::FILE_EXISTS).arg("path", "/tmp/x.db");
        assert_eq!(
            message.to_string(),
            "/tmp/x.db already exists: pass --force to replace it"
        );
    }
}
