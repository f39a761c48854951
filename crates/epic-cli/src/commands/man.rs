//! Man pages, generated from the command tree (hidden: for packagers and
//! for keeping docs/man/ in step with the code).

use std::path::{Path, PathBuf};

use clap::Args;

use crate::command_error::CommandResult;

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Where to write epic.1, epic-client.1, epic-client-list.1, …
    #[arg(long, default_value = "docs/man")]
    pub out: PathBuf,
}

/// Every page as (file name, roff text), the root first.
pub fn pages() -> Vec<(String, Vec<u8>)> {
    let mut pages = Vec::new();
    let mut root = crate::command();
    root.build();
    collect(&root, "epic", &mut pages);
    pages
}

fn collect(command: &clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) {
    let mut text = Vec::new();
    let page = command.clone().name(name.to_owned());
    if clap_mangen::Man::new(page).render(&mut text).is_ok() {
        pages.push((format!("{name}.1"), text));
    }
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, &format!("{name}-{}", sub.get_name()), pages);
    }
}

pub fn cmd_man(args: &ManArgs) -> CommandResult {
    write_pages(&args.out)
}

pub fn write_pages(dir: &Path) -> CommandResult {
    std::fs::create_dir_all(dir)?;
    for (name, text) in pages() {
        std::fs::write(dir.join(name), text)?;
    }
    Ok(())
}
