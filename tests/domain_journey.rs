//! The reader's path between screens.

use knot_coach::domain::config::StartAt;
use knot_coach::domain::journey::{Action, Journey, Screen};

#[test]
fn the_widget_opens_on_the_welcome_screen_by_default() {
    assert_eq!(Journey::new(StartAt::Welcome).screen, Screen::Welcome);
}

#[test]
fn start_leads_from_welcome_to_the_questionnaire() {
    let journey = Journey::new(StartAt::Welcome).apply(Action::Begin);
    assert_eq!(journey.screen, Screen::Questionnaire);
}

#[test]
fn the_host_can_skip_the_welcome_screen() {
    assert_eq!(
        Journey::new(StartAt::Questionnaire).screen,
        Screen::Questionnaire
    );
}

#[test]
fn the_reader_can_return_to_the_welcome_screen() {
    let journey = Journey::new(StartAt::Questionnaire).apply(Action::ReturnToWelcome);
    assert_eq!(journey.screen, Screen::Welcome);
}
