//! Benchmark data for `epic`: a company of any size, generated the same
//! way every time, for `bench/run.sh` and for tests that need a large one.

pub mod load;
pub mod shape;
