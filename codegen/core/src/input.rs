//! Reading files from outside, bounded: specs, examples, payloads and vendor pages are read up
//! to a limit, and anything that is not a regular file or a device is refused before it is
//! opened (opening a FIFO with no writer would wait forever; `/dev/zero` never ends, so it is
//! read only up to the limit).

use std::fmt;
use std::io::Read;
use std::path::Path;

/// Largest spec file read.
pub const SPEC_LIMIT: u64 = 4 << 20;
/// Largest example file read.
pub const EXAMPLE_LIMIT: u64 = 16 << 20;
/// Largest payload `cargo xtask validate` reads by default (`--max-bytes` raises it).
pub const PAYLOAD_LIMIT: u64 = 64 << 20;
/// Largest vendor page read by default.
pub const PAGE_LIMIT: u64 = 8 << 20;

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The operating system refused (missing file, no permission).
    Io(std::io::Error),
    /// A folder, FIFO or socket.
    NotAFile(&'static str),
    /// More bytes than the limit.
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// Not UTF-8 text.
    NotText,
    /// The file fits the limit but not in this machine's memory.
    OutOfMemory {
        /// Its size, in bytes.
        size: u64,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io(error) => write!(f, "{error}"),
            Self::NotAFile(kind) => write!(f, "it is a {kind}, not a file"),
            Self::TooLarge { limit } => write!(f, "it is larger than the limit of {limit} bytes"),
            Self::NotText => f.write_str("it is not UTF-8 text"),
            Self::OutOfMemory { size } => {
                write!(f, "its {size} bytes do not fit in the memory available")
            }
        }
    }
}

impl std::error::Error for ReadError {}

/// The text of the file at `path`, if it is at most `limit` bytes of UTF-8.
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    String::from_utf8(read_bytes(path, limit)?).map_err(|_| ReadError::NotText)
}

/// The bytes of the file at `path`, if there are at most `limit` of them (a vendor page, whose
/// encoding is read from the page itself).
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let metadata = std::fs::metadata(path).map_err(ReadError::Io)?;
    if let Some(kind) = not_a_file(&metadata.file_type()) {
        return Err(ReadError::NotAFile(kind));
    }
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    // Reserved, not allocated outright: a size the machine cannot hold is an error to report,
    // never an abort.
    let size = metadata.len().min(limit);
    let mut bytes = Vec::new();
    usize::try_from(size)
        .ok()
        .and_then(|capacity| bytes.try_reserve_exact(capacity.saturating_add(1)).ok())
        .ok_or(ReadError::OutOfMemory { size })?;
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { limit });
    }
    Ok(bytes)
}

#[cfg(unix)]
fn not_a_file(kind: &std::fs::FileType) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_dir() {
        Some("folder")
    } else if kind.is_fifo() {
        Some("FIFO")
    } else if kind.is_socket() {
        Some("socket")
    } else {
        None
    }
}

#[cfg(not(unix))]
fn not_a_file(kind: &std::fs::FileType) -> Option<&'static str> {
    kind.is_dir().then_some("folder")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_are_read_up_to_the_limit_and_folders_refused() {
        if Path::new("/dev/zero").exists() {
            assert!(matches!(
                read_text(Path::new("/dev/zero"), 1024),
                Err(ReadError::TooLarge { limit: 1024 })
            ));
        }
        assert!(matches!(
            read_text(Path::new("."), 1024),
            Err(ReadError::NotAFile("folder"))
        ));
        let file = std::env::temp_dir().join(format!("input-{}.txt", std::process::id()));
        std::fs::write(&file, "12345").expect("write");
        assert_eq!(read_text(&file, 5).expect("fits"), "12345");
        assert!(matches!(
            read_text(&file, 4),
            Err(ReadError::TooLarge { limit: 4 })
        ));
        std::fs::write(&file, [0xff, 0xfe]).expect("write");
        assert!(matches!(read_text(&file, 4), Err(ReadError::NotText)));
        let _ = std::fs::remove_file(&file);
    }
}
