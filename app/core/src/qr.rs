//! QR codes as data: the modules of a code, computed here so every shell draws the same
//! square (a canvas in Compose, a `Canvas` in SwiftUI, rectangles in JavaFX) and none
//! needs a QR library of its own. The driver card carries one holding the Amap link: a
//! driver scans it and Amap opens navigation to the place.

use qrcode::{Color, EcLevel, QrCode};

/// A QR code to draw: `size` × `size` modules, row by row, `true` for dark. Shells add a
/// light margin of four modules (the quiet zone scanners need) and draw each module as a
/// square.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct QrView {
    /// What the code holds, also for a screen reader or a “copy link” button.
    pub text: String,
    /// Modules per side (21 for the smallest code, 4 more per version).
    pub size: u32,
    /// `size * size` modules, row-major; `true` is dark.
    pub modules: Vec<bool>,
}

/// The QR code of `text` at error-correction level M (15 %: a crumpled or glared phone
/// screen still scans); `None` only if the text is too long for any QR code.
pub fn qr(text: &str) -> Option<QrView> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some(QrView {
        text: text.to_owned(),
        size: code.width() as u32,
        modules: code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the 7×7 finder pattern (dark ring, light ring, dark 3×3 core) sits with its
    /// top-left corner at (row, col).
    fn finder_at(q: &QrView, row: u32, col: u32) -> bool {
        (0..7).all(|r| {
            (0..7).all(|c| {
                let dark = q.modules[((row + r) * q.size + col + c) as usize];
                let ring = r == 0 || r == 6 || c == 0 || c == 6;
                let core = (2..=4).contains(&r) && (2..=4).contains(&c);
                dark == (ring || core)
            })
        })
    }

    #[test]
    fn a_map_link_becomes_a_square_with_three_finder_patterns() {
        let link = "https://uri.amap.com/marker?position=113.330000,23.103000&name=%E5%B9%BF%E5%B7%9E%E5%A1%94&coordinate=gaode&callnative=1";
        let q = qr(link).unwrap();
        assert_eq!(q.text, link);
        assert_eq!(q.modules.len() as u32, q.size * q.size);
        assert!(
            q.size >= 21 && (q.size - 21).is_multiple_of(4),
            "a QR size: {}",
            q.size
        );
        let far = q.size - 7;
        assert!(finder_at(&q, 0, 0) && finder_at(&q, 0, far) && finder_at(&q, far, 0));
        assert!(!finder_at(&q, far, far), "no finder in the fourth corner");
        assert_eq!(
            qr(link),
            Some(q),
            "the same text always gives the same code"
        );
    }

    #[test]
    fn text_beyond_any_qr_code_gives_none() {
        assert!(qr(&"x".repeat(3000)).is_none());
    }
}
