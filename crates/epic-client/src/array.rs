//! A JSON array read as it arrives: each record is handed on as soon as its
//! last byte is in, and a body that ends before its closing `]` is an
//! incomplete list, never a shorter whole one.

use std::ops::ControlFlow;

use serde::de::DeserializeOwned;

#[derive(Debug, Default)]
pub struct Records {
    pending: Vec<u8>,
    state: State,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before the `[`.
    #[default]
    Start,
    /// After `[`: a record or `]`.
    First,
    /// After a record: `,` or `]`.
    Between,
    /// After `,`: a record.
    Next,
    End,
}

impl Records {
    /// Takes the next bytes of the body, handing on every record they
    /// complete.
    pub fn feed<T: DeserializeOwned>(
        &mut self,
        bytes: &[u8],
        sink: &mut dyn FnMut(T) -> ControlFlow<()>,
    ) -> Result<ControlFlow<()>, String> {
        self.pending.extend_from_slice(bytes);
        let mut at = 0;
        let flow = loop {
            while self.pending.get(at).is_some_and(u8::is_ascii_whitespace) {
                at += 1;
            }
            let Some(&byte) = self.pending.get(at) else {
                break ControlFlow::Continue(());
            };
            match (self.state, byte) {
                (State::Start, b'[') => self.state = State::First,
                (State::First | State::Between, b']') => self.state = State::End,
                (State::Between, b',') => self.state = State::Next,
                (State::First | State::Next, b'{') => {
                    let mut records =
                        serde_json::Deserializer::from_slice(&self.pending[at..]).into_iter::<T>();
                    match records.next() {
                        Some(Ok(record)) => {
                            at += records.byte_offset();
                            self.state = State::Between;
                            if sink(record).is_break() {
                                break ControlFlow::Break(());
                            }
                            continue;
                        }
                        Some(Err(e)) if e.is_eof() => break ControlFlow::Continue(()),
                        Some(Err(e)) => return Err(e.to_string()),
                        None => break ControlFlow::Continue(()),
                    }
                }
                (_, other) => {
                    return Err(format!("unexpected {:?} in the list", char::from(other)));
                }
            }
            at += 1;
        };
        self.pending.drain(..at);
        Ok(flow)
    }

    /// The body has ended: it must have ended the list.
    pub fn finish(self) -> Result<(), String> {
        if self.state == State::End {
            Ok(())
        } else {
            Err("the server stopped before the end of the list".to_owned())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Record = serde_json::Map<String, serde_json::Value>;

    fn read(pieces: &[&[u8]]) -> (Vec<Record>, Result<(), String>) {
        let mut records = Records::default();
        let mut seen = Vec::new();
        for piece in pieces {
            if let Err(e) = records.feed(piece, &mut |r: Record| {
                seen.push(r);
                ControlFlow::Continue(())
            }) {
                return (seen, Err(e));
            }
        }
        (seen, records.finish())
    }

    #[test]
    fn records_split_anywhere_arrive_whole_and_in_order() {
        let body = br#"[{"id":1,"name":"a, \"}\" b"},{"id":2,"nested":{"x":[1,2]}}]"#;
        for cut in 0..body.len() {
            let (seen, end) = read(&[&body[..cut], &body[cut..]]);
            assert_eq!(end, Ok(()), "cut at {cut}");
            let ids: Vec<_> = seen.iter().map(|r| r["id"].clone()).collect();
            assert_eq!(
                ids,
                [serde_json::json!(1), serde_json::json!(2)],
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn an_empty_list_is_whole_and_a_list_without_its_end_is_not() {
        assert_eq!(read(&[b"[]"]).1, Ok(()));
        let (seen, end) = read(&[br#"[{"id":1},{"id":2}"#]);
        assert_eq!(seen.len(), 2);
        assert!(end.is_err());
        assert!(read(&[br#"[{"id":1} {"id":2}]"#]).1.is_err());
        assert!(read(&[b""]).1.is_err());
    }
}
