//! Reading a map app's share link back into a WGS-84 point: the inverse of `maplinks`,
//! for a merchant who pastes "where my shop is" from Amap, Apple Maps or Google Maps
//! instead of typing coordinates.
//!
//! Amap's coordinates are GCJ-02 and are converted; Apple and Google links are read as
//! WGS-84, the datum `maplinks` gives them, so a link this guide made reads back to the
//! same point. Short links (`surl.amap.com`, `maps.app.goo.gl`) hold no coordinates until
//! a browser follows them; they are refused with a reason rather than fetched, so nothing
//! here does I/O.

use crate::geo::LatLng;

/// The map app a link came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapApp {
    /// Amap (高德地图): GCJ-02.
    Amap,
    /// Apple Maps.
    Apple,
    /// Google Maps.
    Google,
}

/// The point a share link names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SharedPoint {
    /// Where the link came from.
    pub app: MapApp,
    /// WGS-84.
    pub at: LatLng,
    /// Whether the link's coordinates were GCJ-02 and have been converted.
    pub converted: bool,
}

/// Why a pasted text gave no point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ShareLinkError {
    /// No `http(s)://` address in the text.
    #[error("no web address in the text")]
    NotALink,
    /// An address, but not of Amap, Apple Maps or Google Maps.
    #[error("not an Amap, Apple Maps or Google Maps link")]
    UnknownApp,
    /// A short link: it must be opened in a browser first and the full address copied.
    #[error("a short link holds no coordinates")]
    ShortLink(MapApp),
    /// A link of a known app without coordinates in it (a place id or a search).
    #[error("the link has no coordinates")]
    NoCoordinates(MapApp),
}

/// The point named by the first web address in `text` (share texts often wrap the link
/// in words: “我在这里 https://…”).
pub fn read_share_link(text: &str) -> Result<SharedPoint, ShareLinkError> {
    let start = text
        .find("https://")
        .or_else(|| text.find("http://"))
        .ok_or(ShareLinkError::NotALink)?;
    let link = text[start..]
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '，' | '」'))
        .next()
        .unwrap_or("");
    let rest = link.split_once("://").map(|(_, r)| r).unwrap_or("");
    let (host, path_and_query) = match rest.find(['/', '?', '#']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let host = host.rsplit('@').next().unwrap_or("").to_ascii_lowercase();
    let host = host.split(':').next().unwrap_or("");
    let (path, query) = match path_and_query.split_once('?') {
        Some((p, q)) => (p, q.split('#').next().unwrap_or("")),
        None => (path_and_query.split('#').next().unwrap_or(""), ""),
    };
    let params: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.to_ascii_lowercase(), v.into_owned()))
        .collect();
    let param = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let is = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));

    if is("amap.com") || is("gaode.com") {
        let app = MapApp::Amap;
        if host.starts_with("surl.") || host.starts_with("t.") {
            return Err(ShareLinkError::ShortLink(app));
        }
        // Amap writes "lng,lat" (position, dest, lnglat, location) but "id,lat,lng,…" in
        // `p` and "lat,lng,…" in `q`; every point in China has its longitude (73–135)
        // larger than its latitude (18–54), so the larger number is the longitude.
        let pair = ["position", "dest", "lnglat", "location", "q"]
            .iter()
            .find_map(|k| param(k).and_then(two_numbers))
            .or_else(|| param("p").and_then(|v| two_numbers(v.split_once(',')?.1)))
            .or_else(|| Some((number(param("lng")?)?, number(param("lat")?)?)));
        let (a, b) = pair.ok_or(ShareLinkError::NoCoordinates(app))?;
        let gcj = LatLng::new(a.min(b), a.max(b))
            .ok()
            .ok_or(ShareLinkError::NoCoordinates(app))?;
        return Ok(SharedPoint {
            app,
            at: LatLng::from_gcj02(gcj),
            converted: gcj.in_china(),
        });
    }
    let (app, keys): (MapApp, &[&str]) = if is("maps.apple.com") || is("maps.apple") {
        (MapApp::Apple, &["coordinate", "ll", "sll", "q", "daddr"])
    } else if is("goo.gl") || is("app.goo.gl") {
        return Err(ShareLinkError::ShortLink(MapApp::Google));
    } else if host.starts_with("maps.google.")
        || (host.contains("google.") && path.starts_with("/maps"))
    {
        (
            MapApp::Google,
            &["query", "q", "ll", "center", "destination", "daddr"],
        )
    } else {
        return Err(ShareLinkError::UnknownApp);
    };
    // Google's place pages carry the place itself as `!3d<lat>!4d<lng>`, and the map's
    // centre as `@lat,lng,zoom`; the place wins.
    let from_path = (app == MapApp::Google)
        .then(|| {
            let lat = number(path.split("!3d").nth(1)?.split('!').next()?)?;
            let lng = number(path.split("!4d").nth(1)?.split(['!', '?', '/']).next()?)?;
            Some((lat, lng))
        })
        .flatten()
        .or_else(|| {
            (app == MapApp::Google)
                .then(|| two_numbers(path.split('@').nth(1)?))
                .flatten()
        });
    let (lat, lng) = from_path
        .or_else(|| keys.iter().find_map(|k| param(k).and_then(two_numbers)))
        .ok_or(ShareLinkError::NoCoordinates(app))?;
    let at = LatLng::new(lat, lng)
        .ok()
        .ok_or(ShareLinkError::NoCoordinates(app))?;
    Ok(SharedPoint {
        app,
        at,
        converted: false,
    })
}

/// A decimal number, as map links write them.
fn number(s: &str) -> Option<f64> {
    let s = s.trim();
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'));
    plain
        .then(|| s.parse::<f64>().ok())
        .flatten()
        .filter(|n| n.is_finite())
}

/// The first two comma-separated numbers of a value (`23.1,113.2,17z` → both).
fn two_numbers(s: &str) -> Option<(f64, f64)> {
    let mut parts = s.split(',');
    Some((number(parts.next()?)?, number(parts.next()?)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::maplinks::map_links;

    fn close(a: LatLng, b: LatLng) -> bool {
        a.distance_m(b) < 0.5
    }

    #[test]
    fn links_this_guide_makes_read_back_to_the_same_point() {
        let canton_tower = LatLng::new(23.1066, 113.3245).unwrap();
        let links = map_links("广州塔", canton_tower);
        for (link, app, converted) in [
            (links.amap, MapApp::Amap, true),
            (links.apple, MapApp::Apple, false),
            (links.google, MapApp::Google, false),
        ] {
            let read = read_share_link(&link).unwrap();
            assert_eq!((read.app, read.converted), (app, converted), "{link}");
            assert!(close(read.at, canton_tower), "{link}: {:?}", read.at);
        }
    }

    #[test]
    fn amap_coordinates_are_gcj02_in_every_order_amap_writes() {
        // Haizhu Square, WGS-84, and its GCJ-02 form as Amap shows it.
        let wgs = LatLng::new(23.1148, 113.26534).unwrap();
        let gcj = wgs.to_gcj02();
        for text in [
            format!(
                "https://uri.amap.com/marker?position={},{}",
                gcj.lng, gcj.lat
            ),
            format!(
                "https://m.amap.com/navi/?dest={},{}&destName=x",
                gcj.lng, gcj.lat
            ),
            format!(
                "https://ditu.amap.com/regeo?lng={}&lat={}",
                gcj.lng, gcj.lat
            ),
            format!(
                "https://www.amap.com/?p=B00140,{},{},海珠广场,地址",
                gcj.lat, gcj.lng
            ),
            format!(
                "我在这里：海珠广场 https://uri.amap.com/marker?position={},{}&name=%E6%B5%B7 快来",
                gcj.lng, gcj.lat
            ),
        ] {
            let read = read_share_link(&text).unwrap();
            assert!(read.converted, "{text}");
            assert!(close(read.at, wgs), "{text}: {:?}", read.at);
            assert!(read.at.distance_m(gcj) > 100.0, "the shift is applied");
        }
    }

    #[test]
    fn apple_and_google_links_in_their_usual_shapes() {
        let p = LatLng::new(23.1291, 113.2644).unwrap();
        for text in [
            "https://maps.apple.com/?address=Guangzhou&ll=23.1291,113.2644&q=Pin",
            "https://maps.apple.com/place?coordinate=23.1291,113.2644&name=Pin",
            "https://www.google.com/maps/@23.1291,113.2644,17z",
            "https://www.google.com/maps/place/X/@23.2,113.1,17z/data=!3m1!4b1!4m6!3m5!1s0x0:0x0!8m2!3d23.1291!4d113.2644!16s",
            "https://maps.google.com/?q=23.1291,113.2644",
            "https://www.google.com/maps/dir/?api=1&destination=23.1291%2C113.2644",
        ] {
            let read = read_share_link(text).unwrap();
            assert!(!read.converted);
            assert!(close(read.at, p), "{text}: {:?}", read.at);
        }
    }

    #[test]
    fn what_cannot_be_read_says_why() {
        use ShareLinkError::*;
        assert_eq!(read_share_link("23.12, 113.26"), Err(NotALink));
        assert_eq!(
            read_share_link("https://example.com/?ll=23.1,113.2"),
            Err(UnknownApp)
        );
        assert_eq!(
            read_share_link("https://surl.amap.com/2Bxyz"),
            Err(ShortLink(MapApp::Amap))
        );
        assert_eq!(
            read_share_link("https://maps.app.goo.gl/abc"),
            Err(ShortLink(MapApp::Google))
        );
        assert_eq!(
            read_share_link("https://www.amap.com/place/B00140NZIQ"),
            Err(NoCoordinates(MapApp::Amap))
        );
        assert_eq!(
            read_share_link("https://maps.apple.com/?q=Canton+Tower"),
            Err(NoCoordinates(MapApp::Apple))
        );
        assert_eq!(
            read_share_link("https://www.google.com/maps/search/?api=1&query=NaN,1"),
            Err(NoCoordinates(MapApp::Google))
        );
    }
}
