//! `epic` itself, under a name of this package so that Cargo builds it for
//! the story tests (`CARGO_BIN_EXE_*` exists only for a package's own bins).

fn main() -> std::process::ExitCode {
    epic_cli::main()
}
