fn main() -> std::process::ExitCode {
    tender::cli::main()
}
