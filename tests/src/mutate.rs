//! Text broken the way hands and tools break it (lines deleted, duplicated, swapped,
//! re-indented; unicode and control characters; truncation; YAML anchors and aliases; values of
//! the wrong kind), deterministically: the mutation tests of specs and of doc pages share it.

/// xorshift64*: small, fast and the same on every machine.
pub struct Rng(pub u64);

impl Rng {
    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// One of `items`.
    pub fn pick(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }
}

const ODD_TEXT: &[&str] = &[
    "é", "Việt", "😀", "\u{202E}", "\u{FEFF}", "\u{200B}", "\0", "\t", "\r", "\x1b[31m", "\u{7f}",
    "\\", "\"", "'", "#", ":", "- ", "{", "}", "[", "]", "&", "*", "!", "|", ">", "%", "@", "`",
];
const WRONG_VALUES: &[&str] = &[
    "[]",
    "{}",
    "123",
    "-1",
    "1.5e400",
    "true",
    "null",
    "~",
    "\"\"",
    "[1, [2, {}]]",
    "{ a: b }",
    "*nowhere",
    "&a x",
    "!!binary aGk=",
    "18446744073709551616",
    "0x1F",
    ".nan",
];

/// `text` broken one way, as hands and tools break text files.
pub fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let at = rng.below(lines.len());
    match rng.below(10) {
        0 => {
            lines.remove(at);
        }
        1 => {
            let line = lines[at].clone();
            lines.insert(at, line);
        }
        2 => {
            let other = rng.below(lines.len());
            lines.swap(at, other);
        }
        3 => {
            let line = lines[at].trim_start().to_owned();
            let indent = rng.below(9);
            lines[at] = format!("{}{line}", " ".repeat(indent));
        }
        4 => {
            let line = &lines[at];
            let cut = char_boundary(line, rng.below(line.len() + 1));
            lines[at] = format!("{}{}{}", &line[..cut], rng.pick(ODD_TEXT), &line[cut..]);
        }
        5 => {
            let joined = lines.join("\n");
            let cut = char_boundary(&joined, rng.below(joined.len() + 1));
            return joined[..cut].to_owned();
        }
        6 => {
            // An anchor on one value and aliases elsewhere, or an alias to nothing.
            if let Some(colon) = lines[at].find(": ") {
                lines[at].insert_str(colon + 2, "&shared ");
            }
            let other = rng.below(lines.len());
            if let Some(colon) = lines[other].find(": ") {
                lines[other].truncate(colon + 2);
                lines[other].push_str(rng.pick(&["*shared", "*missing", "[*shared, *shared]"]));
            }
        }
        7 => {
            if let Some(colon) = lines[at].find(": ") {
                lines[at].truncate(colon + 2);
                lines[at].push_str(rng.pick(WRONG_VALUES));
            }
        }
        8 => {
            // A nested alias bomb at the end.
            lines.push("bomb: &b0 [x, x, x, x, x, x, x, x, x, x]".to_owned());
            for level in 1..8 {
                let prev = level - 1;
                lines.push(format!(
                    "bomb{level}: &b{level} [*b{prev}, *b{prev}, *b{prev}, *b{prev}, *b{prev}, *b{prev}, *b{prev}, *b{prev}, *b{prev}, *b{prev}]"
                ));
            }
        }
        _ => {
            let line = &lines[at];
            let cut = char_boundary(line, rng.below(line.len() + 1));
            let kept = line[..cut].to_owned();
            lines[at] = kept;
        }
    }
    lines.join("\n")
}

fn char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
