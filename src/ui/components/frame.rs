//! The card every widget part draws its screens in, with the notice shown when French was
//! asked for and could not be loaded.

use yew::prelude::*;

use crate::text::Lang;

/// The widget's root and card around `body`, in the language `shown`. Nothing but the root
/// shows while `shown` is `None` (French still loading): the card stays busy rather than
/// flashing English first.
#[inline(never)]
pub fn frame(shown: Option<Lang>, french_failed: bool, body: Html) -> Html {
    let lang = shown.unwrap_or_default();
    html! {
        <ContextProvider<Lang> context={lang}>
            <div class="kc-root" lang={lang.tag()} aria-busy={shown.is_none().then_some("true")}>
                <div class="kc-card">
                    if french_failed {
                        <p class="kc-notice" role="status">
                            { crate::text::en::FRENCH_UNAVAILABLE }
                            { " " }
                            <span lang={Lang::Fr.tag()}>{ crate::text::en::FRENCH_UNAVAILABLE_IN_FRENCH }</span>
                        </p>
                    }
                    if shown.is_some() {
                        { body }
                    }
                </div>
            </div>
        </ContextProvider<Lang>>
    }
}
