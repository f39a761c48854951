//! What each kind of record shows, declared once: its fields in order, the
//! typed cell of each, and what a table shows of a list. Tables, plain
//! lines, CSV, JSON, workbooks, calendars, `--fields`, completion, the
//! help topics and the French headers all read these declarations.

mod cell;
mod declared;

use epic_domain::crm::records::Event;

pub use cell::Cell;
pub use declared::{LISTS, fields_of};

/// A record the printer shows.
pub trait Shown {
    /// Every field, in order: the header of every format.
    const FIELDS: &'static [&'static str];
    /// What a table on a terminal shows of a list unless asked for more.
    const BRIEF: &'static [&'static str] = Self::FIELDS;
    /// Whether the record is a calendar entry (`as_event`).
    const CALENDAR: bool = false;

    /// One cell per field of `FIELDS`, in its order.
    fn cells(&self) -> Vec<Cell<'_>>;

    /// The record as a calendar entry, for the records that are one.
    fn as_event(&self) -> Option<&Event> {
        None
    }
}

/// Fields and their cells, as JSON writes them: one object.
#[derive(Debug)]
pub struct Object<'a>(pub &'a [(&'static str, Cell<'a>)]);

impl serde::Serialize for Object<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, cell) in self.0 {
            map.serialize_entry(name, cell)?;
        }
        map.end()
    }
}

/// A record's fields with their cells: for one record (`show`, what a
/// write prints) and for the few records a command puts together itself.
pub fn named<T: Shown>(record: &T) -> Vec<(&'static str, Cell<'_>)> {
    T::FIELDS.iter().copied().zip(record.cells()).collect()
}

/// Declares how a record is shown. The record is taken apart field by
/// field, without `..`, so a field added to it stops the build here until
/// it is given a cell. `calendar` marks the record that is a calendar entry.
macro_rules! shown {
    (calendar $($rest:tt)+) => {
        $crate::records::shown!(@impl [
            const CALENDAR: bool = true;

            fn as_event(&self) -> Option<&::epic_domain::crm::records::Event> {
                Some(self)
            }
        ] $($rest)+);
    };
    (@impl [$($extra:tt)*]
        $record:ident { $($field:ident => $cell:expr),+ $(,)? }
        $(brief [$($brief:ident),+ $(,)?])?
    ) => {
        impl $crate::records::Shown for $record {
            const FIELDS: &'static [&'static str] = &[$(stringify!($field)),+];
            $(const BRIEF: &'static [&'static str] = &[$(stringify!($brief)),+];)?
            $($extra)*

            fn cells(&self) -> Vec<$crate::records::Cell<'_>> {
                let $record { $($field),+ } = self;
                vec![$($cell),+]
            }
        }
    };
    ($($rest:tt)+) => {
        $crate::records::shown!(@impl [] $($rest)+);
    };
}
pub(crate) use shown;
