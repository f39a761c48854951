//! A flat record (a struct of numbers, text, booleans and options) written
//! straight into text cells, one per field, with buffers reused from row to
//! row. Lists export CSV and tab-separated lines through it: each cell can
//! be made safe on its way out without building a JSON map per row.

use std::fmt::{Display, Write as _};

use serde::Serialize;
use serde::ser::{self, Impossible};

/// The cells of the last record, in field order.
#[derive(Debug, Default)]
pub struct Cells {
    cells: Vec<String>,
    used: usize,
}

#[derive(Debug)]
pub struct NotFlat(String);

impl Display for NotFlat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NotFlat {}

impl ser::Error for NotFlat {
    fn custom<T: Display>(message: T) -> Self {
        Self(message.to_string())
    }
}

impl Cells {
    /// Fills the cells from `record`, replacing the previous record's.
    pub fn fill<T: Serialize>(&mut self, record: &T) -> Result<&[String], NotFlat> {
        self.used = 0;
        record.serialize(&mut *self)?;
        Ok(&self.cells[..self.used])
    }

    /// The next cell, emptied, keeping the capacity it had.
    fn next(&mut self) -> &mut String {
        if self.used == self.cells.len() {
            self.cells.push(String::new());
        }
        let cell = &mut self.cells[self.used];
        self.used += 1;
        cell.clear();
        cell
    }

    fn display(&mut self, value: impl Display) -> Result<(), NotFlat> {
        let _ = write!(self.next(), "{value}");
        Ok(())
    }
}

fn not_flat<T>(what: &str) -> Result<T, NotFlat> {
    Err(NotFlat(format!("a list cell cannot hold {what}")))
}

impl ser::Serializer for &mut Cells {
    type Ok = ();
    type Error = NotFlat;
    type SerializeSeq = Impossible<(), NotFlat>;
    type SerializeTuple = Impossible<(), NotFlat>;
    type SerializeTupleStruct = Impossible<(), NotFlat>;
    type SerializeTupleVariant = Impossible<(), NotFlat>;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), NotFlat>;

    fn serialize_bool(self, v: bool) -> Result<(), NotFlat> {
        self.display(v)
    }
    fn serialize_i8(self, v: i8) -> Result<(), NotFlat> {
        self.display(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), NotFlat> {
        self.display(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), NotFlat> {
        self.display(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), NotFlat> {
        self.display(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), NotFlat> {
        self.display(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), NotFlat> {
        self.display(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), NotFlat> {
        self.display(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), NotFlat> {
        self.display(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), NotFlat> {
        self.display(v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), NotFlat> {
        self.display(v)
    }
    fn serialize_char(self, v: char) -> Result<(), NotFlat> {
        self.display(v)
    }
    fn serialize_str(self, v: &str) -> Result<(), NotFlat> {
        self.next().push_str(v);
        Ok(())
    }
    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<(), NotFlat> {
        self.display(value)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), NotFlat> {
        not_flat("bytes")
    }
    /// An absent value is an empty cell, as in JSON's `null` → "".
    fn serialize_none(self) -> Result<(), NotFlat> {
        self.next();
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), NotFlat> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), NotFlat> {
        self.next();
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), NotFlat> {
        self.next();
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), NotFlat> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), NotFlat> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), NotFlat> {
        not_flat("an enum with data")
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, NotFlat> {
        not_flat("a list")
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, NotFlat> {
        not_flat("a tuple")
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, NotFlat> {
        not_flat("a tuple")
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NotFlat> {
        not_flat("an enum with data")
    }
    /// A record as the server sent it: its values in order, like a struct's.
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NotFlat> {
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, NotFlat> {
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NotFlat> {
        not_flat("an enum with data")
    }
}

impl ser::SerializeStruct for &mut Cells {
    type Ok = ();
    type Error = NotFlat;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        _: &'static str,
        value: &T,
    ) -> Result<(), NotFlat> {
        value.serialize(&mut **self)
    }

    fn end(self) -> Result<(), NotFlat> {
        Ok(())
    }
}

impl ser::SerializeMap for &mut Cells {
    type Ok = ();
    type Error = NotFlat;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, _: &T) -> Result<(), NotFlat> {
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NotFlat> {
        value.serialize(&mut **self)
    }

    fn end(self) -> Result<(), NotFlat> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Row {
        id: i64,
        name: String,
        phone: Option<String>,
        signed: bool,
        amount: f64,
    }

    #[test]
    fn each_field_is_one_cell_as_json_would_print_it() {
        let mut cells = Cells::default();
        let row = Row {
            id: 7,
            name: "Élodie".into(),
            phone: None,
            signed: true,
            amount: 12.5,
        };
        assert_eq!(
            cells.fill(&row).unwrap(),
            ["7", "Élodie", "", "true", "12.5"]
        );
        let shorter = Row {
            id: 8,
            name: String::new(),
            phone: Some("+33 1".into()),
            signed: false,
            amount: 0.0,
        };
        assert_eq!(
            cells.fill(&shorter).unwrap(),
            ["8", "", "+33 1", "false", "0"]
        );
        assert!(cells.fill(&vec![1, 2]).is_err());
    }
}
