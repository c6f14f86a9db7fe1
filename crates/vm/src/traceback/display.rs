//! One traceback entry's source line and its position markers, as CPython 3.11's
//! `tb_displayline` prints them: the line stripped of its indentation (trailing whitespace
//! kept), then `^^^` under the instruction's `co_positions` span — or `~~~^^^~~~` when the
//! span is one binary operation or subscript (see `anchors`) — unless the markers would
//! cover the whole stripped line. All offsets are CPython's: byte columns converted to
//! characters with `_PyPegen_byte_offset_to_character_offset`, quirks included.

use krait_loader::linetable::Position;

use super::anchors::anchors;

/// Line `lineno` (1-based) of `filename` as CPython's `PyFile_GetLine` reads it: universal
/// newlines, the line ending removed.
pub fn read_line(filename: &str, lineno: u32) -> Option<String> {
    if lineno == 0 {
        return None;
    }
    let bytes = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    let mut rest: &str = &text;
    let mut n = 1;
    loop {
        if rest.is_empty() {
            return None;
        }
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        if n == lineno {
            return Some(rest[..end].to_string());
        }
        let skip = if rest[end..].starts_with("\r\n") {
            2
        } else {
            1
        };
        rest = rest.get(end + skip..).unwrap_or("");
        n += 1;
    }
}

/// `_PyPegen_byte_offset_to_character_offset`: the characters in the first `col` bytes
/// (clamped to the length plus one, the terminating NUL counting as a character).
fn byte_to_char(line: &str, col: usize) -> usize {
    let b = line.as_bytes();
    if col > b.len() {
        return line.chars().count() + 1;
    }
    String::from_utf8_lossy(&b[..col]).chars().count()
}

fn is_ws(c: u8) -> bool {
    c == b' ' || c == b'\t' || c == 0x0c
}

/// The source line (`    stripped\n`) and, when CPython shows them, the marker line.
pub fn source_lines(line: &str, pos: Option<Position>, out: &mut String) {
    let chars: Vec<char> = line.chars().collect();
    let indent = chars
        .iter()
        .take_while(|&&c| c == ' ' || c == '\t' || c == '\x0c')
        .count();
    let stripped: String = chars[indent..].iter().collect();
    out.push_str("    ");
    out.push_str(&stripped);
    out.push('\n');
    let Some(p) = pos else { return };
    let (Some(l0), Some(l1), Some(c0), Some(c1)) = (p.lineno, p.end_lineno, p.col, p.end_col)
    else {
        return;
    };
    let mut start = byte_to_char(line, c0 as usize);
    let mut end = byte_to_char(line, c1 as usize);
    let mut anchor: Option<(usize, usize)> = None;
    if l0 == l1 {
        let seg_end = end.min(chars.len());
        if start <= seg_end {
            let segment: String = chars[start..seg_end].iter().collect();
            if let Some((l, r)) = anchors(&segment) {
                anchor = Some((
                    byte_to_char(&segment, l) + start,
                    byte_to_char(&segment, r) + start,
                ));
            }
        }
    } else {
        // Multi-line: up to the line's last non-whitespace byte (a byte index used as a
        // character offset, as CPython does).
        let b = line.as_bytes();
        end = b.iter().rposition(|&c| !is_ws(c)).map_or(0, |i| i + 1);
    }
    let stripped_len = chars.len() - indent;
    if end.saturating_sub(start) == stripped_len && end >= start && anchor.is_none() {
        return;
    }
    if start > end {
        start = end;
    }
    let (primary, secondary) = if anchor.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    // Column k (1-based) is printed for k in (indent - 4, end].
    let mut k = indent as isize - 4;
    while k < end as isize {
        k += 1;
        let c = if k <= start as isize {
            ' '
        } else if anchor.is_some_and(|(l, r)| (l as isize) < k && k <= r as isize) {
            secondary
        } else {
            primary
        };
        out.push(c);
    }
    out.push('\n');
}
