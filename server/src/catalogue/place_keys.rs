//! Places by slug and by id without copying either: a hash table of place numbers whose
//! keys are read from the places themselves.
//!
//! A `HashMap<String, u32>` with both keys of every place held a copy of each string
//! (about 130 bytes per place with the table's slots); this table holds four bytes per
//! key and compares against the place's own `slug` or `id`.

use std::hash::BuildHasher;

use guide_domain::catalogue::Place;
use hashbrown::HashTable;
use hashbrown::hash_table::Entry;

/// Slug and id of every place, each to the place's position in the snapshot.
#[derive(Default)]
pub struct PlaceKeys {
    /// `position << 1 | 1` for an id, `position << 1` for a slug.
    table: HashTable<u32>,
    hasher: std::hash::RandomState,
}

fn key_of(places: &[Place], entry: u32) -> &str {
    let facts = &places[(entry >> 1) as usize].facts;
    if entry & 1 == 1 {
        &facts.id
    } else {
        &facts.slug
    }
}

impl PlaceKeys {
    /// The keys of `places`; a key given twice names the later place (as inserting into a
    /// map would).
    pub fn new(places: &[Place]) -> PlaceKeys {
        let mut keys = PlaceKeys {
            table: HashTable::with_capacity(places.len() * 2),
            hasher: std::hash::RandomState::new(),
        };
        // An entry is the position shifted left by one, so positions must fit in 31 bits.
        let positions = u32::try_from(places.len())
            .ok()
            .filter(|n| *n < 1 << 31)
            .expect("fewer than 2^31 places");
        for position in 0..positions {
            for entry in [position << 1, position << 1 | 1] {
                let key = key_of(places, entry);
                let hasher = &keys.hasher;
                match keys.table.entry(
                    hasher.hash_one(key),
                    |e| key_of(places, *e) == key,
                    |e| hasher.hash_one(key_of(places, *e)),
                ) {
                    Entry::Occupied(mut found) => *found.get_mut() = entry,
                    Entry::Vacant(empty) => {
                        empty.insert(entry);
                    }
                }
            }
        }
        keys
    }

    /// The position of the place whose slug or id is `key`, in the `places` it was built
    /// from.
    pub fn get(&self, places: &[Place], key: &str) -> Option<u32> {
        self.table
            .find(self.hasher.hash_one(key), |e| key_of(places, *e) == key)
            .map(|e| e >> 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::search::tests::place as named_place;
    use guide_domain::Locale;

    /// A place whose id and slug differ.
    fn place(id: &str, slug: &str) -> Place {
        let mut place = named_place(slug, "馆", &[(Locale::En, slug)]);
        place.facts.id = id.into();
        place
    }

    #[test]
    fn finds_each_place_by_slug_and_by_id_and_nothing_else() {
        let places: Vec<Place> = (0..1000)
            .map(|i| place(&format!("0190-{i:04}"), &format!("place-{i}")))
            .collect();
        let keys = PlaceKeys::new(&places);
        for (i, p) in places.iter().enumerate() {
            assert_eq!(keys.get(&places, &p.facts.slug), Some(i as u32));
            assert_eq!(keys.get(&places, &p.facts.id), Some(i as u32));
        }
        assert_eq!(keys.get(&places, "place-1000"), None);
        assert_eq!(keys.get(&places, ""), None);
        assert_eq!(keys.get(&places, "0190-0001x"), None);
    }

    #[test]
    fn a_key_given_twice_names_the_later_place() {
        let places = vec![place("a", "same"), place("b", "same")];
        let keys = PlaceKeys::new(&places);
        assert_eq!(keys.get(&places, "same"), Some(1));
        assert_eq!(keys.get(&places, "a"), Some(0));
        assert_eq!(PlaceKeys::default().get(&[], "a"), None);
    }
}
