//! Reading a file the user names as input (a definition, a CSV), with the
//! reason it cannot be read in plain words and said once.

use std::io::ErrorKind;
use std::path::Path;

/// The bytes of the file, or why it cannot be read: `there is no such file`.
pub fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|error| reason(&error))
}

fn reason(error: &std::io::Error) -> String {
    match error.kind() {
        ErrorKind::NotFound => "there is no such file".to_string(),
        ErrorKind::PermissionDenied => "permission denied".to_string(),
        ErrorKind::IsADirectory => "it is a folder, not a file".to_string(),
        // The operating system's own words, without its error number.
        _ => {
            let text = error.to_string();
            match text.find(" (os error") {
                Some(end) => text[..end].to_string(),
                None => text,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{read, reason};
    use std::path::Path;

    #[test]
    fn the_reason_is_plain_words_without_the_error_number() {
        assert_eq!(
            read(Path::new("/no/such/file.toml")).unwrap_err(),
            "there is no such file"
        );
        assert_eq!(read(Path::new("/")).unwrap_err(), "it is a folder, not a file");
        let other = std::io::Error::from_raw_os_error(libc::EIO);
        assert_eq!(reason(&other), "Input/output error");
    }
}
