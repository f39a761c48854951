fn main() -> std::process::ExitCode {
    epic_cli::main()
}
