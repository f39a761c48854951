use clap::Args;
use clap_complete::Shell;

use crate::command_error::CommandResult;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  epic completion bash > ~/.local/share/bash-completion/completions/epic\n  epic completion zsh > \"${fpath[1]}/_epic\"\n  epic completion fish > ~/.config/fish/completions/epic.fish\n\nFor ids completed from your database, with names (bash, zsh, fish, elvish, powershell):\n  source <(COMPLETE=bash epic)        # in ~/.bashrc\n  COMPLETE=fish epic | source         # in ~/.config/fish/config.fish"
)]
pub struct CompletionArgs {
    /// bash, zsh, fish, powershell or elvish
    pub shell: Shell,
}

/// The static script: commands and flags, without database lookups.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut crate::command(), "epic", &mut out);
    out
}

pub fn cmd_completion(args: &CompletionArgs) -> CommandResult {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(&script(args.shell))?;
    stdout.flush()?;
    Ok(())
}
