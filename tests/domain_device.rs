//! What the player tells the reader about browser features that are missing.
#![cfg(not(target_arch = "wasm32"))]

use knot_coach::domain::device::{
    missing_feature_notes, Availability, DeviceSupport, Learned, Missing,
};
use knot_coach::text::{self, Lang};

const ALL_WORK: DeviceSupport = DeviceSupport {
    keep_awake: Availability::Works,
    beeps: Availability::Works,
    voice: Availability::Works,
    vibration: Availability::Works,
};

#[test]
fn a_browser_with_every_feature_gets_no_note() {
    assert!(missing_feature_notes(&ALL_WORK).is_empty());
}

#[test]
fn no_wake_lock_tells_the_reader_to_tap_the_screen() {
    let support = DeviceSupport {
        keep_awake: Availability::Missing,
        ..ALL_WORK
    };
    assert_eq!(missing_feature_notes(&support), [Missing::KeepAwake]);
    assert_eq!(
        text::missing_feature(Lang::En, Missing::KeepAwake),
        "Your browser cannot keep the screen awake: tap the screen now and then."
    );
}

#[test]
fn voices_still_loading_get_no_note_until_they_are_known_to_be_missing() {
    let loading = DeviceSupport {
        voice: Availability::Pending,
        ..ALL_WORK
    };
    assert!(missing_feature_notes(&loading).is_empty());
    let none = DeviceSupport {
        voice: Availability::Missing,
        ..ALL_WORK
    };
    assert_eq!(missing_feature_notes(&none), [Missing::Voice]);
}

#[test]
fn each_missing_feature_gets_its_own_note_in_a_fixed_order() {
    let nothing = DeviceSupport {
        keep_awake: Availability::Missing,
        beeps: Availability::Missing,
        voice: Availability::Missing,
        vibration: Availability::Missing,
    };
    let notes: Vec<&str> = missing_feature_notes(&nothing)
        .into_iter()
        .map(|note| text::missing_feature(Lang::En, note))
        .collect();
    assert_eq!(notes.len(), 4);
    assert!(notes[0].contains("screen awake"));
    assert!(notes[1].contains("beeps"));
    assert!(notes[2].contains("speak"));
    assert!(notes[3].contains("vibrate"));
}

#[test]
fn voices_that_load_late_count_from_the_first_tap_and_none_then_means_missing() {
    let mut late = DeviceSupport {
        voice: Availability::Pending,
        ..ALL_WORK
    };
    late.learn(Learned::Tapped {
        any_voice: true,
        audio: true,
    });
    assert_eq!(late, ALL_WORK);

    let mut never = DeviceSupport {
        voice: Availability::Pending,
        ..ALL_WORK
    };
    never.learn(Learned::Tapped {
        any_voice: false,
        audio: true,
    });
    assert_eq!(never.voice, Availability::Missing);
    never.learn(Learned::Tapped {
        any_voice: true,
        audio: true,
    });
    assert_eq!(
        never.voice,
        Availability::Works,
        "voices that arrive even later are used"
    );
}

#[test]
fn a_refused_wake_lock_or_no_audio_context_becomes_missing() {
    let mut support = ALL_WORK;
    support.learn(Learned::KeepAwakeRefused);
    support.learn(Learned::Tapped {
        any_voice: true,
        audio: false,
    });
    assert_eq!(support.keep_awake, Availability::Missing);
    assert_eq!(support.beeps, Availability::Missing);
}
