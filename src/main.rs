fn main() {
    std::process::exit(privasite::cli::run(std::env::args_os()));
}
