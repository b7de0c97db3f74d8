//! Joins the widget's stylesheets (`styles/widget/*.css`, in name order) into one sheet that
//! the wasm carries (`embed.rs` includes it): the widget needs no separate CSS request, and
//! its first render does not wait for one (issue 17). Comments and runs of white space are
//! dropped on the way; nothing inside a quoted string is touched.
//!
//! The welcome part (`src/embed/door.rs`) carries only the sheets the welcome screen uses:
//! the tokens, the base and the welcome screen's own (`00-` to `20-`).

use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new("styles/widget");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut sheets: Vec<_> = fs::read_dir(dir)
        .expect("styles/widget is readable")
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "css"))
        .collect();
    sheets.sort();
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_owned();
    let welcome = |sheet: &&std::path::PathBuf| {
        let name = sheet
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        ["00-", "10-", "20-"].iter().any(|p| name.starts_with(p))
    };
    write_joined(
        &sheets.iter().collect::<Vec<_>>(),
        &out.join("knot-coach.css"),
    );
    let welcome_sheets: Vec<_> = sheets.iter().filter(welcome).collect();
    write_joined(&welcome_sheets, &out.join("knot-coach-welcome.css"));
}

/// Writes `sheets`, in order, joined and compacted, to `out`.
fn write_joined(sheets: &[&std::path::PathBuf], out: &Path) {
    let mut joined = String::new();
    for sheet in sheets {
        println!("cargo:rerun-if-changed={}", sheet.display());
        joined.push_str(&fs::read_to_string(sheet).expect("a readable stylesheet"));
        joined.push('\n');
    }
    fs::write(out, compact(&joined)).expect("OUT_DIR is writable");
}

/// `css` without comments, with each run of white space made one space, and with none next
/// to `{`, `}`, `;` or `,` (where it never matters). Quoted strings are copied as they are.
fn compact(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut previous = ' ';
                for c in chars.by_ref() {
                    if previous == '*' && c == '/' {
                        break;
                    }
                    previous = c;
                }
                space = true;
            }
            '"' | '\'' => {
                flush_space(&mut out, &mut space, c);
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if escaped {
                        escaped = false;
                    } else if s == '\\' {
                        escaped = true;
                    } else if s == c {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => space = true,
            c => {
                flush_space(&mut out, &mut space, c);
                out.push(c);
            }
        }
    }
    out.trim().to_owned()
}

/// Writes the pending space before `next`, unless either side is punctuation that needs none.
fn flush_space(out: &mut String, space: &mut bool, next: char) {
    const TIGHT: [char; 4] = ['{', '}', ';', ','];
    if std::mem::take(space) && !out.is_empty() && !out.ends_with(TIGHT) && !TIGHT.contains(&next) {
        out.push(' ');
    }
}
