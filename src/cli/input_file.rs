//! Reading a file the user names as input (a definition, a CSV), with the
//! reason it cannot be read in plain words and said once.

use std::io::ErrorKind;
use std::path::Path;

use super::errors;
use super::i18n::{Lang, tr};
use crate::store::io_reason;

/// The bytes of the file, or why it cannot be read: `there is no such file`.
pub fn read(path: &Path, lang: Lang) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|error| reason(lang, &error))
}

fn reason(lang: Lang, error: &std::io::Error) -> String {
    match error.kind() {
        ErrorKind::NotFound => tr!(lang, "io-no-such-file"),
        _ => errors::io(lang, &io_reason(error)),
    }
}

#[cfg(test)]
mod tests {
    use super::{Lang, read, reason};
    use std::path::Path;

    #[test]
    fn the_reason_is_plain_words_without_the_error_number() {
        assert_eq!(
            read(Path::new("/no/such/file.toml"), Lang::En).unwrap_err(),
            "there is no such file"
        );
        assert_eq!(
            read(Path::new("/no/such/file.toml"), Lang::Nl).unwrap_err(),
            "dat bestand bestaat niet"
        );
        assert_eq!(
            read(Path::new("/"), Lang::En).unwrap_err(),
            "it is a folder, not a file"
        );
        let other = std::io::Error::from_raw_os_error(libc::EIO);
        assert_eq!(reason(Lang::En, &other), "Input/output error");
    }
}
