//! `# conform: KEY VALUE` directives in a program's leading comments.
//!
//! Only the leading block of the file counts: lines that are blank or start with `#`, up to
//! the first line of code. Keys:
//!
//! | directive | meaning |
//! | --- | --- |
//! | `args A B "C D"` | command-line arguments (shell-like words; repeated lines append) |
//! | `stdin "text\n"` | standard input (a quoted string with `\n \t \\ \" \xHH` escapes, or the rest of the line plus a newline; repeated lines append). Default: empty |
//! | `timeout SECS` | this program's timeout, overriding `--timeout` |
//! | `env NAME=VALUE` | an extra environment variable for both runs |
//! | `skip REASON` | do not run this program (reported as skipped) |
//! | `requires 3.X` | skip unless the CPython is at least 3.X |
//! | `files PATH…` | support files or directories (relative to the program's directory) copied next to the program and compiled to `__pycache__` by the CPython (modules and packages the program imports); keep them in a directory whose name starts with `_`, which discovery skips |
//!
//! An unknown key or a malformed value is an error of the program (reported, never ignored),
//! so that a typo cannot silently change what is tested.

use std::time::Duration;

/// What a program's directives ask for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Directives {
    pub args: Vec<String>,
    /// `None`: stdin is empty (the null device).
    pub stdin: Option<Vec<u8>>,
    pub timeout: Option<Duration>,
    pub env: Vec<(String, String)>,
    pub skip: Option<String>,
    /// Minimum `(major, minor)` of the CPython.
    pub requires: Option<(u32, u32)>,
    /// Support files and directories, relative to the program's directory.
    pub files: Vec<String>,
}

/// Parses the directives of a program's source. The error names the line.
pub fn parse(source: &str) -> Result<Directives, String> {
    let mut d = Directives::default();
    for (i, line) in source.lines().enumerate() {
        let lineno = i + 1;
        let t = line.trim_start();
        if t.is_empty() {
            continue;
        }
        let Some(comment) = t.strip_prefix('#') else {
            break; // first line of code: the leading block is over
        };
        let Some(body) = comment.trim_start().strip_prefix("conform:") else {
            continue;
        };
        let body = body.trim();
        let (key, value) = match body.split_once(char::is_whitespace) {
            Some((k, v)) => (k, v.trim()),
            None => (body, ""),
        };
        let err = |msg: String| format!("line {lineno}: conform directive {key:?}: {msg}");
        match key {
            "args" => d.args.extend(split_words(value).map_err(err)?),
            "stdin" => {
                let bytes = if value.starts_with('"') || value.starts_with('\'') {
                    let words = split_words(value).map_err(err)?;
                    if words.len() != 1 {
                        return Err(err("expected one quoted string".into()));
                    }
                    words.into_iter().next().unwrap_or_default().into_bytes()
                } else {
                    format!("{value}\n").into_bytes()
                };
                d.stdin.get_or_insert_with(Vec::new).extend(bytes);
            }
            "timeout" => {
                let secs: f64 = value
                    .parse()
                    .ok()
                    .filter(|s: &f64| s.is_finite() && *s > 0.0)
                    .ok_or_else(|| err(format!("not a positive number of seconds: {value:?}")))?;
                d.timeout = Some(Duration::from_secs_f64(secs));
            }
            "env" => {
                let (name, val) = value
                    .split_once('=')
                    .filter(|(n, _)| !n.is_empty() && !n.contains(char::is_whitespace))
                    .ok_or_else(|| err(format!("expected NAME=VALUE, got {value:?}")))?;
                d.env.push((name.to_string(), val.to_string()));
            }
            "skip" => {
                d.skip = Some(if value.is_empty() {
                    "skipped by directive".to_string()
                } else {
                    value.to_string()
                })
            }
            "requires" => {
                let v = value
                    .split_once('.')
                    .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)))
                    .ok_or_else(|| err(format!("expected a version like 3.12, got {value:?}")))?;
                d.requires = Some(v);
            }
            "files" => d.files.extend(split_words(value).map_err(err)?),
            _ => {
                return Err(err(
                    "unknown directive (known: args, stdin, timeout, env, skip, requires, files)"
                        .into(),
                ))
            }
        }
    }
    Ok(d)
}

/// Shell-like words: whitespace separates; `'…'` is literal; `"…"` and bare words take
/// backslash escapes (`\n \t \r \0 \\ \" \' \xHH`, and `\ ` for a space).
pub fn split_words(s: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => cur.push(c),
                        None => return Err("unterminated '".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => cur.push(escape(&mut chars)?),
                        Some(c) => cur.push(c),
                        None => return Err("unterminated \"".into()),
                    }
                }
            }
            '\\' => {
                in_word = true;
                cur.push(escape(&mut chars)?);
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

fn escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Result<char, String> {
    match chars.next() {
        Some('n') => Ok('\n'),
        Some('t') => Ok('\t'),
        Some('r') => Ok('\r'),
        Some('0') => Ok('\0'),
        Some('x') => {
            let hex: String = chars.by_ref().take(2).collect();
            u8::from_str_radix(&hex, 16)
                .ok()
                .filter(|_| hex.len() == 2)
                .map(char::from)
                .ok_or_else(|| format!("bad \\x escape {hex:?}"))
        }
        Some(c @ ('\\' | '"' | '\'' | ' ')) => Ok(c),
        Some(c) => Err(format!("unknown escape \\{c}")),
        None => Err("trailing backslash".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        assert_eq!(
            split_words(r#"a  b "c d" 'e\f' g\ h "i\"j\n""#).unwrap(),
            vec!["a", "b", "c d", "e\\f", "g h", "i\"j\n"]
        );
        assert_eq!(split_words(r#""""#).unwrap(), vec![""]);
        assert!(split_words("\"abc").is_err());
        assert!(split_words(r"\q").is_err());
    }

    #[test]
    fn leading_block_only() {
        let src = "#!/usr/bin/env python3\n\n# conform: args x \"y z\"\n# conform: args w\n\
                   # conform: stdin \"one\\n\"\n# conform: stdin two\n# conform: timeout 2.5\n\
                   # conform: env FOO=bar=baz\n# conform: requires 3.12\n\
                   print(1)\n# conform: skip not a directive any more\n";
        let d = parse(src).unwrap();
        assert_eq!(d.args, vec!["x", "y z", "w"]);
        assert_eq!(d.stdin.as_deref(), Some(&b"one\ntwo\n"[..]));
        assert_eq!(d.timeout, Some(Duration::from_millis(2500)));
        assert_eq!(d.env, vec![("FOO".to_string(), "bar=baz".to_string())]);
        assert_eq!(d.requires, Some((3, 12)));
        assert_eq!(d.skip, None);
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse("# hi\n# conform: argz 1\n").unwrap_err();
        assert!(e.starts_with("line 2:"), "{e}");
        assert!(parse("# conform: timeout -1").is_err());
        assert!(parse("# conform: env NOEQUALS").is_err());
        assert!(parse("# conform: stdin \"a\" \"b\"").is_err());
        assert_eq!(
            parse("#conform: skip").unwrap().skip.as_deref(),
            Some("skipped by directive")
        );
    }
}
