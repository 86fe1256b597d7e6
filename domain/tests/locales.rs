//! Checks over the Fluent files in `locales/` (DESIGN.md "Locales"): every file parses,
//! the directories are exactly the 15 supported locales, every English message exists in
//! every translation (in the file of the same name), and translations use the variables of
//! the English message and no others.
//!
//! English is the reference (`locales/en/*.ftl`). These tests read the files directly with
//! fluent-syntax, so a broken file is reported with its path and line here rather than as
//! a panic inside the embedded loader at the first lookup.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use guide_domain::Locale;

/// What a test needs to know about one message.
#[derive(Debug, Default)]
struct MessageInfo {
    /// Every variable the message uses (in text, selectors and call arguments).
    variables: BTreeSet<String>,
    /// The variables used as selectors (`{ $count -> … }`).
    selectors: BTreeSet<String>,
    /// Attribute names (`.placeholder`).
    attributes: BTreeSet<String>,
    /// Messages (`foo`) and terms (`-brand`) it refers to.
    references: BTreeSet<String>,
}

/// One locale: file name -> message id -> info; plus the term ids it defines.
#[derive(Debug, Default)]
struct Catalog {
    files: BTreeMap<String, BTreeMap<String, MessageInfo>>,
    terms: BTreeSet<String>,
}

impl Catalog {
    fn messages(&self) -> impl Iterator<Item = (&String, &MessageInfo)> {
        self.files.values().flatten()
    }
}

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// The names of the directories under `locales/`.
fn locale_dirs() -> BTreeSet<String> {
    fs::read_dir(locales_dir())
        .expect("locales/ exists")
        .map(|e| e.expect("readable directory entry"))
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("readable locale directory")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    files
}

fn line_of(source: &str, byte: usize) -> usize {
    source[..byte.min(source.len())].matches('\n').count() + 1
}

/// Parses every `.ftl` file of one locale directory; problems go to `problems`.
fn load(tag: &str, problems: &mut Vec<String>) -> Catalog {
    let mut catalog = Catalog::default();
    let mut defined_in: BTreeMap<String, String> = BTreeMap::new();
    for path in ftl_files(&locales_dir().join(tag)) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let where_ = format!("locales/{tag}/{name}");
        let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{where_}: {e}"));
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for e in errors {
                    problems.push(format!(
                        "{where_}:{}: {:?}",
                        line_of(&source, e.pos.start),
                        e.kind
                    ));
                }
                resource
            }
        };
        let mut messages = BTreeMap::new();
        for entry in &resource.body {
            match entry {
                Entry::Message(m) => {
                    let id = m.id.name.to_string();
                    // The embedded loader refuses a bundle with a duplicate id (it panics
                    // at the first lookup), whether in one file or across files.
                    if let Some(first) = defined_in.insert(id.clone(), where_.clone()) {
                        problems.push(format!("{where_}: “{id}” is already defined in {first}"));
                    }
                    let mut info = MessageInfo::default();
                    if let Some(value) = &m.value {
                        walk_pattern(value, &mut info);
                    }
                    for attr in &m.attributes {
                        info.attributes.insert(attr.id.name.to_string());
                        walk_pattern(&attr.value, &mut info);
                    }
                    messages.insert(id, info);
                }
                Entry::Term(t) => {
                    let id = format!("-{}", t.id.name);
                    if let Some(first) = defined_in.insert(id.clone(), where_.clone()) {
                        problems.push(format!("{where_}: “{id}” is already defined in {first}"));
                    }
                    catalog.terms.insert(id);
                }
                Entry::Junk { content } => {
                    let at = content.as_ptr() as usize - source.as_ptr() as usize;
                    problems.push(format!(
                        "{where_}:{}: junk (not a message): {:?}",
                        line_of(&source, at),
                        content.lines().next().unwrap_or("")
                    ));
                }
                Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
            }
        }
        catalog.files.insert(name, messages);
    }
    catalog
}

fn walk_pattern(pattern: &Pattern<&str>, info: &mut MessageInfo) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, info);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, info: &mut MessageInfo) {
    match expression {
        Expression::Select { selector, variants } => {
            if let InlineExpression::VariableReference { id } = selector {
                info.selectors.insert(id.name.to_string());
            }
            walk_inline(selector, info);
            for variant in variants {
                walk_pattern(&variant.value, info);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, info),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, info: &mut MessageInfo) {
    match inline {
        InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                walk_inline(arg, info);
            }
            for arg in &arguments.named {
                walk_inline(&arg.value, info);
            }
        }
        InlineExpression::MessageReference { id, .. } => {
            info.references.insert(id.name.to_string());
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            info.references.insert(format!("-{}", id.name));
            // Variables passed to a term are the message's own variables.
            if let Some(arguments) = arguments {
                for arg in arguments
                    .positional
                    .iter()
                    .chain(arguments.named.iter().map(|n| &n.value))
                {
                    walk_inline(arg, info);
                }
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, info),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

fn assert_no_problems(what: &str, problems: &[String]) {
    assert!(problems.is_empty(), "{what}:\n  {}", problems.join("\n  "));
}

/// Every locale directory that exists, loaded; panics listing any parse problem.
fn load_all() -> BTreeMap<String, Catalog> {
    let mut problems = Vec::new();
    let all = locale_dirs()
        .into_iter()
        .map(|tag| {
            let catalog = load(&tag, &mut problems);
            (tag, catalog)
        })
        .collect();
    assert_no_problems("Fluent files that do not parse cleanly", &problems);
    all
}

#[test]
fn every_ftl_file_parses_without_errors_junk_or_duplicate_ids() {
    let all = load_all();
    let en = all.get("en").expect("locales/en exists");
    assert!(
        en.files.contains_key("main.ftl"),
        "locales/en/main.ftl exists"
    );
    assert!(en.messages().count() > 50, "English has its messages");
}

#[test]
fn locale_directories_are_exactly_the_supported_locales() {
    // Fails until every translation has landed: a missing directory means a locale that
    // silently shows English for everything.
    let expected: BTreeSet<String> = Locale::ALL.iter().map(|l| l.tag().to_owned()).collect();
    let found = locale_dirs();
    let missing: Vec<_> = expected.difference(&found).collect();
    let unexpected: Vec<_> = found.difference(&expected).collect();
    assert!(
        missing.is_empty() && unexpected.is_empty(),
        "locales/ must hold exactly one directory per supported locale (tags as in Locale::tag)\n  missing: {missing:?}\n  not a supported locale: {unexpected:?}"
    );
}

#[test]
fn every_english_message_exists_in_every_translation() {
    let all = load_all();
    let en = &all["en"];
    let mut problems = Vec::new();
    for (tag, catalog) in all.iter().filter(|(tag, _)| *tag != "en") {
        for (file, en_messages) in &en.files {
            let Some(messages) = catalog.files.get(file) else {
                problems.push(format!("locales/{tag}/{file} is missing"));
                continue;
            };
            for (id, en_info) in en_messages {
                let Some(info) = messages.get(id) else {
                    problems.push(format!("locales/{tag}/{file}: “{id}” is missing"));
                    continue;
                };
                for attr in en_info.attributes.difference(&info.attributes) {
                    problems.push(format!("locales/{tag}/{file}: “{id}.{attr}” is missing"));
                }
            }
        }
    }
    assert_no_problems("messages missing from translations", &problems);
}

#[test]
fn translations_use_exactly_the_variables_of_the_english_message() {
    let all = load_all();
    let en: BTreeMap<&String, &MessageInfo> = all["en"].messages().collect();
    let mut problems = Vec::new();
    for (tag, catalog) in all.iter().filter(|(tag, _)| *tag != "en") {
        for (id, info) in catalog.messages() {
            let Some(en_info) = en.get(id) else { continue };
            for var in info.variables.difference(&en_info.variables) {
                problems.push(format!(
                    "locales/{tag}: “{id}” uses ${var}, which the English message does not have (the code will not pass it)"
                ));
            }
            // A language without plural forms may drop a variable that English only needs
            // to choose between variants; any other missing variable loses information.
            for var in en_info.variables.difference(&info.variables) {
                if !en_info.selectors.contains(var) {
                    problems.push(format!("locales/{tag}: “{id}” does not use ${var}"));
                }
            }
        }
    }
    assert_no_problems("variables that differ from English", &problems);
}

#[test]
fn references_resolve_within_each_locale() {
    let all = load_all();
    let mut problems = Vec::new();
    for (tag, catalog) in &all {
        let ids: BTreeSet<&String> = catalog.messages().map(|(id, _)| id).collect();
        for (id, info) in catalog.messages() {
            for reference in &info.references {
                let found = if reference.starts_with('-') {
                    catalog.terms.contains(reference)
                } else {
                    ids.contains(reference)
                };
                if !found {
                    problems.push(format!(
                        "locales/{tag}: “{id}” refers to “{reference}”, which is not defined"
                    ));
                }
            }
        }
    }
    assert_no_problems("dangling references", &problems);
}
