//! `--search` on each backend, served by an index from three characters
//! on: on PostgreSQL a `pg_trgm` GIN index on the key column, on SQLite an
//! FTS5 trigram table over it (kept in step by triggers). Both compare the
//! keys `epic_domain::search` folded, so both find the same records.

use epic_domain::search::SearchText;
use sea_orm::DbBackend;
use sea_orm::sea_query::{Alias, BinOper, Expr, ExprTrait, IntoIden, LikeExpr, Query, SimpleExpr};

/// Records of `table` whose key holds `text`, literally.
pub(crate) fn matches(
    backend: DbBackend,
    table: impl IntoIden,
    search_table: &'static str,
    text: &SearchText,
) -> SimpleExpr {
    let table = table.into_iden();
    match backend {
        // FTS5 serves GLOB (case-sensitive, and the keys are lower case)
        // but not LIKE with an ESCAPE clause, so wildcards are escaped the
        // GLOB way: `*`, `?` and `[` inside brackets.
        DbBackend::Sqlite => Expr::col((table, Alias::new("id"))).in_subquery(
            Query::select()
                .column(Alias::new("rowid"))
                .from(Alias::new(search_table))
                .and_where(Expr::col(Alias::new("search_key")).binary(
                    BinOper::Custom("GLOB"),
                    Expr::val(glob_pattern(text.folded())),
                ))
                .to_owned(),
        ),
        _ => Expr::col((table, Alias::new("search_key"))).like(like_pattern(text.folded())),
    }
}

fn glob_pattern(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() + 2);
    pattern.push('*');
    for c in text.chars() {
        match c {
            '*' | '?' | '[' => {
                pattern.push('[');
                pattern.push(c);
                pattern.push(']');
            }
            c => pattern.push(c),
        }
    }
    pattern.push('*');
    pattern
}

/// `%` and `_` in what people type are literal characters, not wildcards.
pub(super) fn like_pattern(text: &str) -> LikeExpr {
    let mut escaped = String::with_capacity(text.len() + 2);
    escaped.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped.push('%');
    LikeExpr::new(escaped).escape('\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_are_characters() {
        assert_eq!(glob_pattern("a*b?c[d]"), "*a[*]b[?]c[[]d]*");
        assert_eq!(glob_pattern("élodie"), "*élodie*");
    }
}
