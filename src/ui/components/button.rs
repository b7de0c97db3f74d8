//! The plain action buttons of the screens, built in one place so they all look and behave
//! alike.

use yew::prelude::*;

use crate::browser::print;

/// A `type="button"` button with the CSS `class` and the text `label`, calling `onclick`.
#[inline(never)]
pub fn button(class: &'static str, label: &'static str, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" {class} {onclick}>{ label }</button> }
}

/// A form's primary `type="submit"` button.
#[inline(never)]
pub fn submit_button(label: &'static str) -> Html {
    html! { <button type="submit" class="kc-button kc-button-primary">{ label }</button> }
}

/// A plain [`button`] that opens the browser's print dialog.
#[inline(never)]
pub fn print_button(label: &'static str) -> Html {
    let onclick = Callback::from(|_: MouseEvent| print::open_dialog());
    button("kc-button", label, onclick)
}

/// A [`button`] for an action that only needs to know it was pressed.
#[inline(never)]
pub fn action(class: &'static str, label: &'static str, onpress: &Callback<()>) -> Html {
    button(class, label, onpress.reform(|_: MouseEvent| ()))
}
