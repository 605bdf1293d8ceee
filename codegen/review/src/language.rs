//! The language a vendor page's prose is written in, which decides the key a draft writes its
//! words under: `vi:` for a Vietnamese page (the vendors these specs began with), `en:` for an
//! English one. A page that gives each row an English column beside its own is not English:
//! its own column keeps `vi:`.

/// The language of a page's prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// Vietnamese: the page's words go under `vi:`.
    Vietnamese,
    /// English (or any page without Vietnamese words): they go under `en:`.
    English,
}

/// The share of words that must be Vietnamese for a page to be read as Vietnamese. Vietnamese
/// prose marks most of its words; an English page naming `Hà Nội` or `Nguyễn` in an example
/// marks almost none.
const VIETNAMESE_SHARE: f64 = 0.1;

impl Language {
    /// The language of `texts` (a page's title, headings and descriptions).
    pub fn of<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let (mut words, mut marked) = (0usize, 0usize);
        for word in texts.into_iter().flat_map(str::split_whitespace) {
            if !word.chars().any(char::is_alphabetic) {
                continue;
            }
            words += 1;
            if word.chars().any(is_vietnamese_letter) {
                marked += 1;
            }
        }
        if words > 0 && marked as f64 >= words as f64 * VIETNAMESE_SHARE {
            Self::Vietnamese
        } else {
            Self::English
        }
    }

    /// The language of `page`: Vietnamese where a table's column headers are (`Tham số`, `Mô
    /// tả`) or its words are, else English.
    pub(crate) fn of_page(page: &crate::page::Page) -> Self {
        if page.tables.iter().any(|table| !table.english_headers) {
            return Self::Vietnamese;
        }
        Self::of(
            page.title
                .iter()
                .map(String::as_str)
                .chain(page.tables.iter().flat_map(|table| {
                    std::iter::once(table.heading.as_str())
                        .chain(table.rows.iter().map(|row| row.description.as_str()))
                })),
        )
    }

    /// The key of a text in the page's own words.
    pub fn key(self) -> &'static str {
        match self {
            Self::Vietnamese => "vi",
            Self::English => "en",
        }
    }

    /// The draft's keys for a text in the page's own words (`own`) and one from an English
    /// column beside them (`english`): `(vi, en)`. On an English page the own words are the
    /// English, unless the page has an English column too (then they are not).
    pub fn place(self, own: Option<String>, english: Option<String>) -> Placed {
        match (self, english) {
            (Self::English, None) => (None, own),
            (_, english) => (own, english),
        }
    }

    /// Whether the page's own words are English (a row without an English column of its own).
    pub fn own_is_english(self, has_english_column: bool) -> bool {
        self == Self::English && !has_english_column
    }
}

/// `(vi, en)`, as [`Language::place`] sorts a text.
pub type Placed = (Option<String>, Option<String>);

/// A letter only Vietnamese writes among the languages vendors' pages use: `ă â đ ê ô ơ ư`,
/// the tone-marked vowels of Latin Extended Additional (`ạ ả ấ … ỹ`), `ĩ ũ`, and the hook,
/// horn and dot below of a page written decomposed.
fn is_vietnamese_letter(c: char) -> bool {
    matches!(
        c,
        'ă' | 'â'
            | 'đ'
            | 'ê'
            | 'ô'
            | 'ơ'
            | 'ư'
            | 'Ă'
            | 'Â'
            | 'Đ'
            | 'Ê'
            | 'Ô'
            | 'Ơ'
            | 'Ư'
            | 'ĩ'
            | 'ũ'
            | 'Ĩ'
            | 'Ũ'
            | '\u{1EA0}'..='\u{1EF9}' | '\u{0309}' | '\u{031B}' | '\u{0323}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str) -> Language {
        Language::of([text])
    }

    #[test]
    fn vietnamese_prose_is_vietnamese() {
        assert_eq!(of("Tạo hồ sơ khách hàng mới"), Language::Vietnamese);
        assert_eq!(
            of("Số điện thoại của khách hàng, bắt buộc"),
            Language::Vietnamese
        );
        // Written decomposed (NFD): the marks are combining characters.
        assert_eq!(
            of("Ta\u{0323}o ho\u{0302}\u{0300} so\u{031B}"),
            Language::Vietnamese
        );
    }

    #[test]
    fn english_prose_is_english_even_naming_a_vietnamese_place() {
        assert_eq!(of("Create a note, up to 500 characters"), Language::English);
        assert_eq!(
            of(
                "The customer's city, such as Hà Nội or Hồ Chí Minh, as the buyer wrote it in the checkout form of the shop"
            ),
            Language::English
        );
        // French and Spanish accents are not Vietnamese.
        assert_eq!(of("Crée une référence de paiement"), Language::English);
    }

    #[test]
    fn a_page_without_words_is_read_as_english() {
        assert_eq!(Language::of([]), Language::English);
        assert_eq!(of("200 404 {} []"), Language::English);
    }

    #[test]
    fn the_own_words_of_an_english_page_go_under_en_unless_it_has_an_english_column() {
        let own = || Some("own".to_owned());
        let english = || Some("english".to_owned());
        assert_eq!(Language::English.place(own(), None), (None, own()));
        assert_eq!(
            Language::English.place(own(), english()),
            (own(), english())
        );
        assert_eq!(Language::Vietnamese.place(own(), None), (own(), None));
        assert_eq!(
            Language::Vietnamese.place(own(), english()),
            (own(), english())
        );
    }
}
