use crate::cli::GlobalArgs;
use crate::command_error::CommandResult;
use crate::context::Context;

pub async fn cmd_whoami(global: &GlobalArgs) -> CommandResult {
    let context = Context::open(global).await?;
    let signed = context.session().await?;
    context.show(&signed.info.employee)
}
