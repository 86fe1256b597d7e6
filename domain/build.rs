//! Rebuild guide-domain when a Fluent file under `locales/` is added, removed or changed:
//! `l10n` embeds them with fluent-templates' `static_loader!`, which cargo cannot see
//! through (it tracks only the files that existed at the last build).

fn main() {
    // A directory here makes cargo compare the newest mtime of everything inside it.
    println!("cargo::rerun-if-changed=../locales");
}
