//! Deep links that open a place in the map app the visitor has: Amap (高德, the one taxi
//! drivers and locals use), Apple Maps and Google Maps (DESIGN.md "Place attributes":
//! GCJ-02 derived for Chinese map apps).
//!
//! Amap is given GCJ-02 coordinates (and told so with `coordinate=gaode`); Apple and Google
//! are given WGS-84 and apply their own shift inside China. Six decimals are about 0.1 m.

use serde::Serialize;

use crate::geo::LatLng;

/// Links to one place in three map apps, ready to put in an `href`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapLinks {
    /// Amap (高德地图) marker URI, GCJ-02; opens the app when installed (`callnative=1`).
    pub amap: String,
    /// Apple Maps, WGS-84.
    pub apple: String,
    /// Google Maps search URL, WGS-84.
    pub google: String,
}

/// The map links for a place called `name` at WGS-84 point `at`. The name is
/// percent-encoded, so any text (Chinese, `&`, spaces) is safe.
pub fn map_links(name: &str, at: LatLng) -> MapLinks {
    let q = percent_encode(name);
    let gcj = at.to_gcj02();
    MapLinks {
        amap: format!(
            "https://uri.amap.com/marker?position={:.6},{:.6}&name={q}&coordinate=gaode&callnative=1",
            gcj.lng, gcj.lat
        ),
        apple: format!(
            "https://maps.apple.com/?ll={:.6},{:.6}&q={q}",
            at.lat, at.lng
        ),
        google: format!(
            "https://www.google.com/maps/search/?api=1&query={:.6},{:.6}",
            at.lat, at.lng
        ),
    }
}

/// Percent-encodes every byte of the UTF-8 text except the RFC 3986 unreserved characters
/// (`A-Z a-z 0-9 - . _ ~`), so the result is safe in any query value. (A hand-written loop
/// because no percent-encoding crate is in this crate's dependency tree.)
fn percent_encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len() * 3);
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xF)] as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_use_gcj02_for_amap_and_wgs84_for_apple_and_google() {
        let at = LatLng::new(23.1066, 113.3245).unwrap();
        let gcj = at.to_gcj02();
        let links = map_links("Canton Tower", at);
        assert_eq!(
            links.amap,
            format!(
                "https://uri.amap.com/marker?position={:.6},{:.6}&name=Canton%20Tower&coordinate=gaode&callnative=1",
                gcj.lng, gcj.lat
            )
        );
        assert_eq!(
            links.apple,
            "https://maps.apple.com/?ll=23.106600,113.324500&q=Canton%20Tower"
        );
        assert_eq!(
            links.google,
            "https://www.google.com/maps/search/?api=1&query=23.106600,113.324500"
        );
        assert_ne!(format!("{:.6}", gcj.lng), "113.324500");
    }

    #[test]
    fn names_are_percent_encoded_as_utf8() {
        let at = LatLng::new(23.1291, 113.2644).unwrap();
        let links = map_links("广州塔 & Co/1+1=2?#", at);
        let expected = "%E5%B9%BF%E5%B7%9E%E5%A1%94%20%26%20Co%2F1%2B1%3D2%3F%23";
        assert!(
            links.apple.ends_with(&format!("&q={expected}")),
            "{}",
            links.apple
        );
        assert!(
            links.amap.contains(&format!("&name={expected}&")),
            "{}",
            links.amap
        );
        assert_eq!(percent_encode("a-Z_0.9~"), "a-Z_0.9~");
        assert_eq!(percent_encode(""), "");
    }

    #[test]
    fn outside_china_amap_gets_the_unshifted_point() {
        let tokyo = LatLng::new(35.6762, 139.6503).unwrap();
        assert!(
            map_links("x", tokyo)
                .amap
                .contains("position=139.650300,35.676200&")
        );
    }
}
