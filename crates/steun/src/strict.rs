//! A deserializer wrapper that reads structs from JSON objects only.
//!
//! serde's derived structs also accept a JSON array of the field values (`["rights", []]`
//! for a grid row). The schemas allow objects only, and a positional array is an easy way to
//! put a value in the wrong field unnoticed, so steun refuses it: every `deserialize_struct`
//! becomes `deserialize_map`, at every depth (seeds, sequences and maps are wrapped too).
//!
//! Likewise serde_json reads a unit variant from `{"code": null}` as well as from `"code"`;
//! the schemas allow the string only, so enums are read from strings only.

use core::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// Wraps a deserializer so that structs are read from objects only.
pub(crate) struct Strict<D>(pub(crate) D);

/// Wraps visitors, seeds and accessors so that the rule holds below the top level too.
pub(crate) struct Wrap<T>(T);

macro_rules! forward {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
                self.0.$method(Wrap(visitor))
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Strict<D> {
    type Error = D::Error;

    forward! {
        deserialize_any deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128
        deserialize_f32 deserialize_f64 deserialize_char deserialize_str deserialize_string
        deserialize_bytes deserialize_byte_buf deserialize_option deserialize_unit deserialize_seq
        deserialize_map deserialize_identifier deserialize_ignored_any
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, name: &'static str, v: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, Wrap(v))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, name: &'static str, v: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, Wrap(v))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, v: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, Wrap(v))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        v: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, Wrap(v))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, D::Error> {
        // The point of this module: an object, never a positional array.
        self.0.deserialize_map(Wrap(v))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, D::Error> {
        // Every steun enum is a code on the wire: a string, never `{"code": null}`.
        self.0.deserialize_any(Code(v, variants))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// Reads an enum from a string only; anything else is an invalid type whose message lists
/// the allowed codes.
struct Code<V>(V, &'static [&'static str]);

impl<'de, V: Visitor<'de>> Visitor<'de> for Code<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "one of: {}", self.1.join(", "))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        self.0.visit_enum(de::value::StrDeserializer::<E>::new(s))
    }

    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
        self.0.visit_enum(de::value::BorrowedStrDeserializer::<E>::new(s))
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Self::Value, E> {
        self.visit_str(&s)
    }
}

macro_rules! visit {
    ($($method:ident: $ty:ty)*) => {
        $(
            fn $method<E: de::Error>(self, v: $ty) -> Result<Self::Value, E> {
                self.0.$method(v)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    visit! {
        visit_bool: bool visit_i8: i8 visit_i16: i16 visit_i32: i32 visit_i64: i64 visit_i128: i128
        visit_u8: u8 visit_u16: u16 visit_u32: u32 visit_u64: u64 visit_u128: u128
        visit_f32: f32 visit_f64: f64 visit_char: char visit_str: &str visit_borrowed_str: &'de str
        visit_string: String visit_bytes: &[u8] visit_borrowed_bytes: &'de [u8] visit_byte_buf: Vec<u8>
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.0.visit_some(Strict(d))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.0.visit_newtype_struct(Strict(d))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, a: A) -> Result<Self::Value, A::Error> {
        self.0.visit_seq(Wrap(a))
    }

    fn visit_map<A: MapAccess<'de>>(self, a: A) -> Result<Self::Value, A::Error> {
        self.0.visit_map(Wrap(a))
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Wrap<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.0.deserialize(Strict(d))
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(Wrap(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(Wrap(seed))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.0.next_value_seed(Wrap(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use crate::json::{from_json, from_value};
    use crate::quality::Dimension;
    use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
    use serde_json::json;

    #[test]
    fn enums_are_read_from_codes_only() {
        assert_eq!(from_json::<Dimension>(r#""rights""#).unwrap(), Dimension::Rights);
        assert_eq!(from_value::<Dimension>(json!("rights")).unwrap(), Dimension::Rights);
        // serde_json alone reads these as `Rights`; the schemas do not.
        for text in [r#"{"rights": null}"#, r#"{"rights": 1}"#, r#"["rights"]"#, "5", "null"] {
            let e = from_json::<Dimension>(text).unwrap_err();
            assert!(e.message().starts_with("got "), "{text}: {e}");
            // The message lists the allowed codes, as for an unknown code.
            assert!(e.message().contains(", expected one of: emotional_wellbeing, "), "{text}: {e}");
            assert!(e.message().ends_with(", social_inclusion, rights"), "{text}: {e}");
        }
        assert!(from_value::<Dimension>(json!({"rights": null})).is_err());
        // Enum keys of a map are codes too.
        let m: std::collections::BTreeMap<Dimension, u8> = from_json(r#"{"rights": 1}"#).unwrap();
        assert_eq!(m[&Dimension::Rights], 1);
        let e = from_json::<Dimension>(r#""Jan Jansen""#).unwrap_err();
        assert!(e.message().starts_with("unknown code; allowed: emotional_wellbeing"), "{e}");
    }

    /// Records what the wrapped deserializer tells its visitors.
    #[derive(Debug, PartialEq)]
    struct Seen {
        human_readable: bool,
        hint: Option<usize>,
    }

    impl<'de> Deserialize<'de> for Seen {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V(bool);
            impl<'de> Visitor<'de> for V {
                type Value = Seen;
                fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                    f.write_str("a sequence or a map")
                }
                fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Seen, A::Error> {
                    let hint = a.size_hint();
                    while a.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                    Ok(Seen { human_readable: self.0, hint })
                }
                fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Seen, A::Error> {
                    let hint = a.size_hint();
                    while a.next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?.is_some() {}
                    Ok(Seen { human_readable: self.0, hint })
                }
            }
            let human_readable = d.is_human_readable();
            d.deserialize_any(V(human_readable))
        }
    }

    #[test]
    fn the_wrapper_forwards_what_serde_json_says() {
        // serde_json's parser gives no size hints; its values do.
        assert_eq!(from_json::<Seen>("[1, 2, 3]").unwrap(), Seen { human_readable: true, hint: None });
        assert_eq!(from_value::<Seen>(json!([1, 2, 3])).unwrap(), Seen { human_readable: true, hint: Some(3) });
        assert_eq!(from_value::<Seen>(json!({"a": 1, "b": 2})).unwrap(), Seen { human_readable: true, hint: Some(2) });
        assert_eq!(from_value::<Seen>(json!([])).unwrap(), Seen { human_readable: true, hint: Some(0) });
    }
}
