//! A clinician's prescription travels in a link: it round-trips exactly, stays inside safe
//! bounds, fits a small QR code, and any damaged or unsafe link is refused with its reason.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use knot_coach::domain::catalog::{exercise, ExerciseId};
use knot_coach::domain::config::CLINIC_NAME_MAX_CHARS;
use knot_coach::domain::dose::{Dose, Tempo, Work};
use knot_coach::domain::prescription::{
    bounds, check_dose, check_plain_text, crc32, decode, encode, exercise_at_link_index,
    link_index, payload, prescription_in_fragment, DoseField, LinkError, PrescribedExercise,
    Prescription, PrescriptionError, ScheduleField, Sides, TextProblem, WorkBounds, MAX_EXERCISES,
    NOTE_MAX_CHARS, QR_VERSION_10_M_BYTES,
};
use knot_coach::domain::progression::Bound;
use proptest::prelude::*;

/// The widget's page at a clinic, as a realistic origin and path for the link's length.
const ORIGIN: &str = "https://clinic.example/knot-coach/";

const SLOW: Tempo = Tempo {
    up_s: 3,
    hold_s: 0,
    down_s: 3,
};

const SLOW_WITH_PAUSE: Tempo = Tempo {
    up_s: 3,
    hold_s: 2,
    down_s: 3,
};

fn reps(sets: u8, reps: u8, tempo: Tempo, per_side: bool, rest_s: u16) -> Dose {
    Dose {
        sets,
        work: Work::Reps { reps, tempo },
        per_side,
        rest_s,
    }
}

fn holds(sets: u8, hold_s: u16, per_side: bool, rest_s: u16) -> Dose {
    Dose {
        sets,
        work: Work::Hold { hold_s },
        per_side,
        rest_s,
    }
}

fn prescribed(exercise: ExerciseId, dose: Dose, note: Option<&str>) -> PrescribedExercise {
    PrescribedExercise {
        exercise,
        dose,
        note: note.map(str::to_owned),
    }
}

/// A realistic six-exercise routine: a clinic name, a booking link and one short note.
fn six_exercise_routine() -> Prescription {
    Prescription {
        exercises: vec![
            prescribed(ExerciseId::ChestStretch, holds(3, 30, false, 10), None),
            prescribed(
                ExerciseId::WallBallMassage,
                Dose {
                    sets: 1,
                    work: Work::Compression {
                        spots: 3,
                        hold_s: 20,
                    },
                    per_side: false,
                    rest_s: 0,
                },
                None,
            ),
            prescribed(
                ExerciseId::RollerThoracicExtension,
                holds(3, 20, false, 10),
                None,
            ),
            prescribed(
                ExerciseId::ProneSwimmers,
                reps(3, 12, SLOW, false, 30),
                Some("Stop if your shoulder pinches."),
            ),
            prescribed(ExerciseId::BentOverRow, reps(3, 10, SLOW, true, 45), None),
            prescribed(
                ExerciseId::RollOutKneeling,
                reps(3, 10, SLOW_WITH_PAUSE, false, 30),
                None,
            ),
        ],
        sessions_per_week: 3,
        weeks: 4,
        clinic_name: "Harbour Street Physio".to_owned(),
        booking_url: Some("https://harbourphysio.example/book".to_owned()),
    }
}

/// Bytes of the whole link to `prescription` at [`ORIGIN`].
fn link_bytes(prescription: &Prescription) -> usize {
    ORIGIN.len() + encode(prescription).len()
}

/// The QR code version for `url` at error-correction level M.
fn qr_version_m(url: &str) -> i16 {
    let code =
        qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M).unwrap();
    match code.version() {
        qrcode::Version::Normal(version) => version,
        qrcode::Version::Micro(_) => panic!("a micro QR code for a whole link"),
    }
}

/// A one-exercise prescription whose bytes are written out by hand below.
fn small_prescription() -> Prescription {
    Prescription {
        exercises: vec![prescribed(
            ExerciseId::SeatedRotationStretch,
            holds(3, 10, true, 10),
            Some("Gently"),
        )],
        sessions_per_week: 3,
        weeks: 4,
        clinic_name: "Ana".to_owned(),
        booking_url: Some("https://a.example".to_owned()),
    }
}

/// [`small_prescription`]'s payload, byte by byte, as the module documentation lays it out.
fn small_payload() -> Vec<u8> {
    let mut bytes = vec![3, 4, 3];
    bytes.extend_from_slice(b"Ana");
    bytes.extend_from_slice(&[0b11, 9]); // booking link, "https://" left out; 9 bytes
    bytes.extend_from_slice(b"a.example");
    bytes.push(1); // one exercise
    bytes.extend_from_slice(&[5, 0b1101, 3, 10, 10]); // seated turn; hold, each side, note; 3 × 10 s, 10 s rest
    bytes.push(6);
    bytes.extend_from_slice(b"Gently");
    bytes
}

/// A version 1 link around any payload bytes, with the right checksum.
fn link_around(payload: &[u8]) -> String {
    let mut summed = vec![1];
    summed.extend_from_slice(payload);
    format!(
        "#rx=1.{}.{}",
        URL_SAFE_NO_PAD.encode(payload),
        URL_SAFE_NO_PAD.encode(crc32(&summed).to_be_bytes())
    )
}

#[test]
fn a_hand_written_prescription_round_trips_through_its_link() {
    for prescription in [six_exercise_routine(), small_prescription()] {
        assert_eq!(prescription.validate(), Ok(()));
        let link = encode(&prescription);
        assert!(link.starts_with("#rx=1."), "{link}");
        assert_eq!(decode(&link), Ok(prescription.clone()));
        assert_eq!(decode(&format!("{ORIGIN}{link}")), Ok(prescription.clone()));
        assert_eq!(decode(&link[1..]), Ok(prescription));
    }
}

#[test]
fn the_payload_is_laid_out_as_documented() {
    assert_eq!(payload(&small_prescription()), small_payload());
    assert_eq!(encode(&small_prescription()), link_around(&small_payload()));
}

#[test]
fn a_booking_link_not_starting_with_lowercase_https_is_kept_whole() {
    let mut prescription = small_prescription();
    for url in ["http://a.example/book", "HTTPS://A.example"] {
        prescription.booking_url = Some(url.to_owned());
        let bytes = payload(&prescription);
        assert_eq!(bytes[6], 1, "{url}: booking flags");
        assert_eq!(decode(&encode(&prescription)), Ok(prescription.clone()));
    }
    prescription.booking_url = None;
    assert_eq!(payload(&prescription)[6], 0);
    assert_eq!(decode(&encode(&prescription)), Ok(prescription));
}

#[test]
fn the_checksum_is_the_standard_crc32() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
    let bytes = small_payload();
    assert_eq!(crc32(&bytes), crc32fast::hash(&bytes));
}

#[test]
fn link_indexes_are_fixed_for_version_1_and_cover_the_catalog() {
    let expected = [
        "chest-stretch",
        "wall-ball-massage",
        "roller-thoracic-extension",
        "moist-heat",
        "slow-breathing",
        "seated-rotation-stretch",
        "prone-swimmers",
        "bent-over-row",
        "shoulder-blade-squeeze",
        "seated-band-row",
        "roll-out-kneeling",
        "roll-out-wall",
        "roll-out-floor",
    ];
    for (index, id) in expected.iter().enumerate() {
        let index = u8::try_from(index).unwrap();
        let exercise = exercise_at_link_index(index).unwrap();
        assert_eq!(exercise.as_str(), *id);
        assert_eq!(link_index(exercise), index);
    }
    assert_eq!(exercise_at_link_index(13), None);
    assert_eq!(
        ExerciseId::ALL.len(),
        expected.len(),
        "append new exercises"
    );
}

#[test]
fn every_catalog_starting_dose_is_a_valid_prescription_dose() {
    for entry in knot_coach::domain::catalog::catalog() {
        assert_eq!(
            check_dose(entry.id, &entry.dose),
            Ok(()),
            "{}",
            entry.id.as_str()
        );
    }
}

fn each_bound(exercise: ExerciseId) -> Vec<(DoseField, Bound)> {
    let limits = bounds(exercise);
    let mut all = vec![
        (DoseField::Sets, limits.sets),
        (DoseField::RestS, limits.rest_s),
    ];
    match limits.work {
        WorkBounds::Reps {
            reps,
            up_s,
            pause_s,
            down_s,
        } => all.extend([
            (DoseField::Reps, reps),
            (DoseField::UpS, up_s),
            (DoseField::PauseS, pause_s),
            (DoseField::DownS, down_s),
        ]),
        WorkBounds::Hold { hold_s } => all.push((DoseField::HoldS, hold_s)),
        WorkBounds::Compression { spots, hold_s } => {
            all.extend([(DoseField::Spots, spots), (DoseField::HoldS, hold_s)]);
        }
        WorkBounds::Timed { duration_s } => all.push((DoseField::DurationS, duration_s)),
    }
    all
}

#[test]
fn no_bound_goes_past_the_sources_safe_limits() {
    for id in ExerciseId::ALL {
        for (field, bound) in each_bound(id) {
            assert!(bound.min <= bound.max, "{id:?} {field:?}");
            let limit = match field {
                DoseField::Reps => 15,                                       // R5: 8–15
                DoseField::Sets => 4, // R5: 2–3 sets, 2–4 stretch repeats
                DoseField::HoldS if id == ExerciseId::WallBallMassage => 30, // R5: never over 30 s
                DoseField::HoldS => 60, // R5: 10–30 s, 30–60 s at 65+
                DoseField::Spots => 4, // progression's BALL_SPOTS
                DoseField::DurationS => 300, // the planner's longest timed work
                DoseField::UpS | DoseField::PauseS | DoseField::DownS => 5,
                DoseField::RestS => 90,
            };
            assert!(bound.max <= limit, "{id:?} {field:?} {bound:?}");
        }
    }
}

#[test]
fn a_dose_one_past_any_bound_is_refused_with_the_field_and_its_range() {
    for entry in knot_coach::domain::catalog::catalog() {
        for (field, bound) in each_bound(entry.id) {
            for got in [bound.min.checked_sub(1), bound.max.checked_add(1)]
                .into_iter()
                .flatten()
            {
                let mut dose = entry.dose;
                let small = u8::try_from(got).unwrap_or(u8::MAX);
                match (field, &mut dose.work) {
                    (DoseField::Sets, _) => dose.sets = small,
                    (DoseField::RestS, _) => dose.rest_s = got,
                    (DoseField::Reps, Work::Reps { reps, .. }) => *reps = small,
                    (DoseField::UpS, Work::Reps { tempo, .. }) => tempo.up_s = small,
                    (DoseField::PauseS, Work::Reps { tempo, .. }) => tempo.hold_s = small,
                    (DoseField::DownS, Work::Reps { tempo, .. }) => tempo.down_s = small,
                    (DoseField::HoldS, Work::Hold { hold_s }) => *hold_s = got,
                    (DoseField::HoldS, Work::Compression { hold_s, .. }) => *hold_s = got,
                    (DoseField::Spots, Work::Compression { spots, .. }) => *spots = small,
                    (DoseField::DurationS, Work::Timed { duration_s }) => *duration_s = got,
                    _ => unreachable!("{field:?} does not belong to {:?}", entry.id),
                }
                assert_eq!(
                    check_dose(entry.id, &dose),
                    Err(PrescriptionError::DoseOutOfBounds {
                        exercise: entry.id,
                        field,
                        min: bound.min,
                        max: bound.max,
                        got,
                    }),
                    "{} {field:?} = {got}",
                    entry.id.as_str()
                );
            }
        }
    }
}

#[test]
fn repetitions_pack_the_tempo_into_the_flags_and_one_byte() {
    let mut prescription = small_prescription();
    prescription.exercises[0] = prescribed(
        ExerciseId::ShoulderBladeSqueeze,
        reps(2, 12, SLOW_WITH_PAUSE, false, 30),
        None,
    );
    let bytes = payload(&prescription);
    // index 8; reps, pause 2 s in the high bits; 2 sets; 12 reps; 3 s up, 3 s down; 30 s rest
    assert_eq!(bytes[18..], [8, 0b0010_0000, 2, 12, 0x33, 30]);
    assert_eq!(decode(&encode(&prescription)), Ok(prescription.clone()));
    // A tempo no bound allows, in a prescription never validated, is written as 15 s and
    // refused when read, never read back as a different, allowed tempo.
    prescription.exercises[0].dose = reps(
        2,
        12,
        Tempo {
            up_s: 18,
            hold_s: 0,
            down_s: 3,
        },
        false,
        30,
    );
    assert_eq!(
        decode(&encode(&prescription)),
        Err(LinkError::Invalid(PrescriptionError::DoseOutOfBounds {
            exercise: ExerciseId::ShoulderBladeSqueeze,
            field: DoseField::UpS,
            min: 2,
            max: 5,
            got: 15
        }))
    );
}

#[test]
fn a_stretch_dosed_as_repetitions_is_refused() {
    assert_eq!(
        check_dose(ExerciseId::ChestStretch, &reps(3, 10, SLOW, false, 30)),
        Err(PrescriptionError::WrongKindOfWork {
            exercise: ExerciseId::ChestStretch
        })
    );
}

#[test]
fn sides_follow_the_exercise() {
    let turn = ExerciseId::SeatedRotationStretch;
    assert_eq!(bounds(turn).sides, Sides::EachSide);
    assert_eq!(
        check_dose(turn, &holds(3, 10, false, 10)),
        Err(PrescriptionError::SidesNotAllowed {
            exercise: turn,
            per_side: false
        })
    );
    let swimmers = ExerciseId::ProneSwimmers;
    assert_eq!(
        check_dose(swimmers, &reps(3, 10, SLOW, true, 30)),
        Err(PrescriptionError::SidesNotAllowed {
            exercise: swimmers,
            per_side: true
        })
    );
    for per_side in [false, true] {
        assert_eq!(
            check_dose(ExerciseId::BentOverRow, &reps(3, 10, SLOW, per_side, 30)),
            Ok(())
        );
    }
}

#[test]
fn schedule_outside_its_bounds_is_refused() {
    let mut prescription = small_prescription();
    prescription.sessions_per_week = 8;
    assert_eq!(
        prescription.validate(),
        Err(PrescriptionError::ScheduleOutOfBounds {
            field: ScheduleField::SessionsPerWeek,
            min: 1,
            max: 7,
            got: 8
        })
    );
    prescription.sessions_per_week = 3;
    prescription.weeks = 0;
    assert_eq!(
        prescription.validate(),
        Err(PrescriptionError::ScheduleOutOfBounds {
            field: ScheduleField::Weeks,
            min: 1,
            max: 12,
            got: 0
        })
    );
}

#[test]
fn the_same_exercise_twice_is_refused() {
    let mut prescription = small_prescription();
    prescription
        .exercises
        .push(prescription.exercises[0].clone());
    assert_eq!(
        decode(&encode(&prescription)),
        Err(LinkError::Invalid(PrescriptionError::DuplicateExercise {
            exercise: ExerciseId::SeatedRotationStretch
        }))
    );
}

#[test]
fn notes_and_clinic_names_must_be_plain_text() {
    assert_eq!(check_plain_text("Keep it gentle.", 20), Ok(()));
    assert_eq!(
        check_plain_text("Épaules basses, s’il vous plaît", 40),
        Ok(())
    );
    assert_eq!(check_plain_text("   ", 20), Err(TextProblem::Blank));
    assert_eq!(check_plain_text("", 20), Err(TextProblem::Blank));
    assert_eq!(check_plain_text("a<b", 20), Err(TextProblem::Markup));
    assert_eq!(
        check_plain_text("line\nbreak", 20),
        Err(TextProblem::ControlCharacter)
    );
    assert_eq!(
        check_plain_text("tab\there", 20),
        Err(TextProblem::ControlCharacter)
    );
    assert_eq!(
        check_plain_text("abc\u{202E}fed", 20),
        Err(TextProblem::ControlCharacter)
    );
    assert_eq!(
        check_plain_text(&"é".repeat(21), 20),
        Err(TextProblem::TooLong { max_chars: 20 })
    );
    assert_eq!(check_plain_text(&"é".repeat(20), 20), Ok(()));

    let mut prescription = small_prescription();
    prescription.clinic_name = "<b>Clinic</b>".to_owned();
    assert_eq!(
        prescription.validate(),
        Err(PrescriptionError::BadClinicName(TextProblem::Markup))
    );
    prescription.clinic_name = "c".repeat(CLINIC_NAME_MAX_CHARS + 1);
    assert_eq!(
        prescription.validate(),
        Err(PrescriptionError::BadClinicName(TextProblem::TooLong {
            max_chars: CLINIC_NAME_MAX_CHARS
        }))
    );
    prescription.clinic_name = "Ana".to_owned();
    prescription.exercises[0].note = Some(" ".to_owned());
    assert_eq!(
        prescription.validate(),
        Err(PrescriptionError::NoteBlank {
            exercise: ExerciseId::SeatedRotationStretch
        })
    );
    prescription.exercises[0].note = Some("a\u{0}b".to_owned());
    assert_eq!(
        prescription.validate(),
        Err(PrescriptionError::NoteHasControlCharacter {
            exercise: ExerciseId::SeatedRotationStretch
        })
    );
}

#[test]
fn booking_links_are_checked_as_the_booking_url_attribute_is() {
    let mut prescription = small_prescription();
    for bad in [
        "javascript:alert(1)",
        "/book",
        "https://",
        " https://a.example",
        "https://a.example/a b",
    ] {
        prescription.booking_url = Some(bad.to_owned());
        assert_eq!(
            prescription.validate(),
            Err(PrescriptionError::BadBookingUrl),
            "{bad}"
        );
    }
    prescription.booking_url = Some(format!("https://a.example/{}", "b".repeat(200)));
    assert_eq!(
        prescription.validate(),
        Err(PrescriptionError::BookingUrlTooLong { max_chars: 200 })
    );
    prescription.booking_url = Some("https://a.example/book".to_owned());
    assert_eq!(
        prescription.booking_url().unwrap().as_str(),
        "https://a.example/book"
    );
}

#[test]
fn only_a_fragment_starting_with_rx_is_a_prescription() {
    assert_eq!(prescription_in_fragment("#rx=1.AA.BB"), Some("rx=1.AA.BB"));
    assert_eq!(prescription_in_fragment("rx=1.AA.BB"), Some("rx=1.AA.BB"));
    assert_eq!(prescription_in_fragment("#top"), None);
    assert_eq!(prescription_in_fragment(""), None);
}

#[test]
fn a_six_exercise_routine_link_fits_a_version_10_m_qr_code() {
    let url = format!("{ORIGIN}{}", encode(&six_exercise_routine()));
    let version = qr_version_m(&url);
    println!(
        "six-exercise link, {} bytes, QR version {version}-M: {url}",
        url.len()
    );
    assert!(url.len() <= QR_VERSION_10_M_BYTES, "{} bytes", url.len());
    assert!(version <= 10, "version {version}");
}

#[test]
fn each_note_character_costs_about_four_thirds_of_a_byte_of_link() {
    let mut prescription = six_exercise_routine();
    prescription.exercises[3].note = None;
    let without_notes = link_bytes(&prescription);
    let room = QR_VERSION_10_M_BYTES - without_notes;
    println!("six exercises, no notes: {without_notes} bytes; {room} bytes left at 10-M");
    // One note of n ASCII characters adds a length byte and n bytes: (n + 1) × 4/3 characters.
    let note_chars = room * 3 / 4 - 1;
    prescription.exercises[4].note = Some("n".repeat(note_chars));
    assert!(link_bytes(&prescription) <= QR_VERSION_10_M_BYTES);
    prescription.exercises[4].note = Some("n".repeat(note_chars + 2));
    assert!(link_bytes(&prescription) > QR_VERSION_10_M_BYTES);
    assert!(note_chars >= 30, "{note_chars} note characters fit");
}

#[test]
fn longer_notes_make_a_larger_qr_code_that_still_scans() {
    let mut prescription = six_exercise_routine();
    prescription.clinic_name = "Harbour Street Physiotherapy".to_owned();
    prescription.exercises[4].note = Some("One arm at a time, 2 kg.".to_owned());
    let url = format!("{ORIGIN}{}", encode(&prescription));
    let version = qr_version_m(&url);
    println!(
        "with two notes, {} bytes, QR version {version}-M",
        url.len()
    );
    assert!((11..=13).contains(&version), "version {version}");
}

#[test]
fn the_longest_notes_still_make_a_link_that_fits_some_qr_code() {
    let mut prescription = six_exercise_routine();
    for prescribed in &mut prescription.exercises {
        prescribed.note = Some("n".repeat(NOTE_MAX_CHARS));
    }
    prescription.clinic_name = "c".repeat(CLINIC_NAME_MAX_CHARS);
    let url = format!("{ORIGIN}{}", encode(&prescription));
    assert_eq!(decode(&url), Ok(prescription));
    assert!(qr_version_m(&url) <= 40);
}

// Ten kinds of bad link, each refused with its own reason.

#[test]
fn bad_link_truncated_is_refused_as_truncated() {
    let link = encode(&six_exercise_routine());
    assert_eq!(decode(&link[..link.len() - 1]), Err(LinkError::Truncated));
    assert_eq!(decode(&link[..link.len() / 2]), Err(LinkError::Truncated));
}

#[test]
fn bad_link_altered_is_refused_by_its_checksum() {
    let link = encode(&six_exercise_routine());
    let at = link.len() / 2;
    let swapped = if &link[at..=at] == "A" { "B" } else { "A" };
    let altered = format!("{}{swapped}{}", &link[..at], &link[at + 1..]);
    assert_eq!(decode(&altered), Err(LinkError::ChecksumMismatch));
}

#[test]
fn bad_link_of_an_unknown_version_is_refused_with_the_version() {
    let link = encode(&small_prescription()).replacen("rx=1.", "rx=2.", 1);
    assert_eq!(decode(&link), Err(LinkError::UnknownVersion { got: 2 }));
    assert_eq!(
        decode("#rx=99999999999.x"),
        Err(LinkError::UnknownVersion { got: u32::MAX })
    );
    assert_eq!(decode("#rx=01.x.y"), Err(LinkError::Malformed));
}

#[test]
fn bad_link_with_a_dose_out_of_bounds_is_refused() {
    let mut prescription = six_exercise_routine();
    prescription.exercises[3].dose = reps(3, 40, SLOW, false, 30);
    assert_eq!(
        decode(&encode(&prescription)),
        Err(LinkError::Invalid(PrescriptionError::DoseOutOfBounds {
            exercise: ExerciseId::ProneSwimmers,
            field: DoseField::Reps,
            min: 8,
            max: 15,
            got: 40
        }))
    );
    // Ball pressure on one spot never over 30 s (R5).
    prescription.exercises[3].dose = reps(3, 10, SLOW, false, 30);
    prescription.exercises[1].dose.work = Work::Compression {
        spots: 3,
        hold_s: 45,
    };
    assert_eq!(
        decode(&encode(&prescription)),
        Err(LinkError::Invalid(PrescriptionError::DoseOutOfBounds {
            exercise: ExerciseId::WallBallMassage,
            field: DoseField::HoldS,
            min: 15,
            max: 30,
            got: 45
        }))
    );
}

#[test]
fn bad_link_with_an_unknown_exercise_is_refused() {
    let mut bytes = small_payload();
    bytes[18] = 13; // the exercise's link index
    assert_eq!(
        decode(&link_around(&bytes)),
        Err(LinkError::UnknownExercise { index: 13 })
    );
}

#[test]
fn bad_link_with_markup_in_a_note_is_refused() {
    let mut prescription = six_exercise_routine();
    prescription.exercises[0].note = Some("<img src=x onerror=alert(1)>".to_owned());
    assert_eq!(
        decode(&encode(&prescription)),
        Err(LinkError::Invalid(PrescriptionError::NoteHasMarkup {
            exercise: ExerciseId::ChestStretch
        }))
    );
}

#[test]
fn bad_link_with_a_note_too_long_is_refused() {
    let mut prescription = six_exercise_routine();
    prescription.exercises[2].note = Some("x".repeat(NOTE_MAX_CHARS + 1));
    assert_eq!(
        decode(&encode(&prescription)),
        Err(LinkError::Invalid(PrescriptionError::NoteTooLong {
            exercise: ExerciseId::RollerThoracicExtension,
            max_chars: NOTE_MAX_CHARS
        }))
    );
}

#[test]
fn bad_link_with_an_empty_routine_is_refused() {
    let mut prescription = small_prescription();
    prescription.exercises.clear();
    assert_eq!(
        decode(&encode(&prescription)),
        Err(LinkError::Invalid(PrescriptionError::EmptyRoutine))
    );
}

#[test]
fn bad_link_with_too_many_exercises_is_refused() {
    let prescription = Prescription {
        exercises: knot_coach::domain::catalog::catalog()
            .iter()
            .take(MAX_EXERCISES + 1)
            .map(|entry| prescribed(entry.id, entry.dose, None))
            .collect(),
        ..small_prescription()
    };
    assert_eq!(
        decode(&encode(&prescription)),
        Err(LinkError::Invalid(PrescriptionError::TooManyExercises {
            max: MAX_EXERCISES,
            got: MAX_EXERCISES + 1
        }))
    );
}

#[test]
fn bad_link_with_a_bad_booking_url_is_refused() {
    let mut prescription = six_exercise_routine();
    prescription.booking_url = Some("javascript:alert(1)".to_owned());
    assert_eq!(
        decode(&encode(&prescription)),
        Err(LinkError::Invalid(PrescriptionError::BadBookingUrl))
    );
}

#[test]
fn bad_link_of_garbage_base64_is_refused_as_malformed() {
    assert_eq!(decode("#rx=1.!!!!.AAAAAA"), Err(LinkError::Malformed));
    assert_eq!(decode("#rx=1.AAAA.AAAAAA="), Err(LinkError::Malformed));
    assert_eq!(decode("#rx=1.AAA=.AAAAAA"), Err(LinkError::Malformed));
    assert_eq!(decode("#rx=1.a.b.c"), Err(LinkError::Malformed));
    assert_eq!(decode("#top"), Err(LinkError::Malformed));
}

#[test]
fn bytes_that_do_not_follow_the_layout_are_malformed_even_with_a_right_checksum() {
    let good = small_payload();
    let mut trailing = good.clone();
    trailing.push(0);
    let mut pause_on_a_hold = good.clone();
    pause_on_a_hold[19] |= 0b1_0000;
    let mut booking_flag = good.clone();
    booking_flag[6] = 0b111;
    let mut overlong_count = good[..17].to_vec();
    overlong_count.extend_from_slice(&[0x81, 0x00]);
    overlong_count.extend_from_slice(&good[18..]);
    let mut bad_utf8 = good.clone();
    bad_utf8[3] = 0xff;
    let mut https_kept = small_payload()[..6].to_vec();
    https_kept.extend_from_slice(&[1, 17]);
    https_kept.extend_from_slice(b"https://a.example");
    https_kept.extend_from_slice(&good[17..]);
    for (what, bytes) in [
        ("a byte after the last exercise", trailing),
        ("a pause on a hold", pause_on_a_hold),
        ("an unknown booking flag", booking_flag),
        ("a count in a longer form than needed", overlong_count),
        ("a clinic name that is not UTF-8", bad_utf8),
        ("https:// written out in full", https_kept),
        ("nothing at all", Vec::new()),
        ("the payload cut short", good[..good.len() - 1].to_vec()),
    ] {
        assert_eq!(
            decode(&link_around(&bytes)),
            Err(LinkError::Malformed),
            "{what}"
        );
    }
    assert_eq!(decode(&link_around(&good)), Ok(small_prescription()));
}

// Property tests.

fn small(bound: Bound) -> BoxedStrategy<u8> {
    (bound.min..=bound.max)
        .prop_map(|v| u8::try_from(v).unwrap())
        .boxed()
}

fn dose_for(exercise: ExerciseId) -> BoxedStrategy<Dose> {
    let limits = bounds(exercise);
    let per_side = match limits.sides {
        Sides::BothTogether => Just(false).boxed(),
        Sides::EachSide => Just(true).boxed(),
        Sides::Either => any::<bool>().boxed(),
    };
    let work = match limits.work {
        WorkBounds::Reps {
            reps,
            up_s,
            pause_s,
            down_s,
        } => (small(reps), small(up_s), small(pause_s), small(down_s))
            .prop_map(|(reps, up_s, hold_s, down_s)| Work::Reps {
                reps,
                tempo: Tempo {
                    up_s,
                    hold_s,
                    down_s,
                },
            })
            .boxed(),
        WorkBounds::Hold { hold_s } => (hold_s.min..=hold_s.max)
            .prop_map(|hold_s| Work::Hold { hold_s })
            .boxed(),
        WorkBounds::Compression { spots, hold_s } => (small(spots), hold_s.min..=hold_s.max)
            .prop_map(|(spots, hold_s)| Work::Compression { spots, hold_s })
            .boxed(),
        WorkBounds::Timed { duration_s } => (duration_s.min..=duration_s.max)
            .prop_map(|duration_s| Work::Timed { duration_s })
            .boxed(),
    };
    (
        small(limits.sets),
        work,
        per_side,
        limits.rest_s.min..=limits.rest_s.max,
    )
        .prop_map(|(sets, work, per_side, rest_s)| Dose {
            sets,
            work,
            per_side,
            rest_s,
        })
        .boxed()
}

fn plain_text(max_chars: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("\\PC{{1,{max_chars}}}"))
        .unwrap()
        .prop_filter("plain text", move |text| {
            check_plain_text(text, max_chars).is_ok()
        })
}

fn booking_url() -> impl Strategy<Value = String> {
    (
        prop_oneof![Just("https"), Just("http"), Just("HTTPS")],
        "[a-z0-9-]{1,20}(\\.[a-z]{2,6})?",
        "(/[A-Za-z0-9_?=&%.-]{0,30})?",
    )
        .prop_map(|(scheme, host, path)| format!("{scheme}://{host}{path}"))
}

fn valid_prescription() -> impl Strategy<Value = Prescription> {
    let exercises = proptest::sample::subsequence(ExerciseId::ALL.to_vec(), 1..=MAX_EXERCISES)
        .prop_shuffle()
        .prop_flat_map(|ids| {
            ids.into_iter()
                .map(|id| {
                    (
                        dose_for(id),
                        proptest::option::of(plain_text(NOTE_MAX_CHARS)),
                    )
                        .prop_map(move |(dose, note)| PrescribedExercise {
                            exercise: id,
                            dose,
                            note,
                        })
                })
                .collect::<Vec<_>>()
        });
    (
        exercises,
        1u8..=7,
        1u8..=12,
        plain_text(CLINIC_NAME_MAX_CHARS),
        proptest::option::of(booking_url()),
    )
        .prop_map(
            |(exercises, sessions_per_week, weeks, clinic_name, booking_url)| Prescription {
                exercises,
                sessions_per_week,
                weeks,
                clinic_name,
                booking_url,
            },
        )
}

/// Every character a link may hold, and a few it may not.
const LINK_CHARS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=#+/% é";

proptest! {
    #[test]
    fn any_valid_prescription_round_trips_through_its_link(prescription in valid_prescription()) {
        prop_assert_eq!(prescription.validate(), Ok(()));
        let link = encode(&prescription);
        prop_assert_eq!(decode(&link), Ok(prescription));
    }

    #[test]
    fn decode_never_panics_on_any_string(text in any::<String>()) {
        let _ = decode(&text);
    }

    #[test]
    fn decode_never_panics_on_link_shaped_strings(
        text in "#?rx=[0-9]{0,3}\\.[A-Za-z0-9_=-]{0,120}\\.[A-Za-z0-9_=-]{0,9}",
    ) {
        let _ = decode(&text);
    }

    #[test]
    fn any_payload_with_a_right_checksum_is_read_without_panic_and_only_in_its_one_spelling(
        bytes in proptest::collection::vec(any::<u8>(), 0..300),
    ) {
        let link = link_around(&bytes);
        if let Ok(prescription) = decode(&link) {
            prop_assert_eq!(prescription.validate(), Ok(()));
            prop_assert_eq!(encode(&prescription), link);
        }
    }

    #[test]
    fn any_single_character_change_to_a_valid_link_is_refused(
        prescription in valid_prescription(),
        at in any::<prop::sample::Index>(),
        with in any::<prop::sample::Index>(),
    ) {
        let link = encode(&prescription);
        let at = at.index(link.len()); // the link is ASCII
        let old = link.as_bytes()[at] as char;
        let choices: Vec<char> = LINK_CHARS.chars().filter(|c| *c != old).collect();
        let new = choices[with.index(choices.len())];
        let altered = format!("{}{new}{}", &link[..at], &link[at + 1..]);
        prop_assert!(decode(&altered).is_err(), "{} accepted", altered);
    }

    #[test]
    fn any_change_to_one_payload_or_checksum_character_is_caught_by_the_checksum(
        prescription in valid_prescription(),
        at in any::<prop::sample::Index>(),
        with in any::<prop::sample::Index>(),
    ) {
        let link = encode(&prescription);
        let start = "#rx=1.".len();
        let at = start + at.index(link.len() - start);
        let old = link.as_bytes()[at] as char;
        prop_assume!(old != '.');
        let base64url: Vec<char> = LINK_CHARS[..64].chars().filter(|c| *c != old).collect();
        let new = base64url[with.index(base64url.len())];
        let altered = format!("{}{new}{}", &link[..at], &link[at + 1..]);
        // Malformed only where the new character sets bits past the end of the bytes.
        let refused = decode(&altered);
        prop_assert!(
            matches!(refused, Err(LinkError::ChecksumMismatch | LinkError::Malformed)),
            "{:?}",
            refused
        );
    }

    #[test]
    fn a_payload_one_byte_from_a_valid_one_is_refused_or_read_in_its_one_spelling(
        prescription in valid_prescription(),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let mut bytes = payload(&prescription);
        let at = at.index(bytes.len());
        bytes[at] = byte;
        let link = link_around(&bytes);
        if let Ok(read) = decode(&link) {
            prop_assert_eq!(read.validate(), Ok(()));
            prop_assert_eq!(encode(&read), link);
        }
    }

    #[test]
    fn any_truncation_of_a_valid_link_is_refused_as_truncated(
        prescription in valid_prescription(),
        keep in any::<prop::sample::Index>(),
    ) {
        let link = encode(&prescription);
        let keep = keep.index(link.len());
        prop_assert_eq!(decode(&link[..keep]), Err(LinkError::Truncated));
    }
}

#[test]
fn the_catalog_names_every_exercise_the_link_can_carry() {
    for index in 0..=u8::MAX {
        if let Some(id) = exercise_at_link_index(index) {
            assert_eq!(exercise(id).id, id);
        }
    }
}
