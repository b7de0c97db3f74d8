//! A QR code of a link, drawn as SVG from the `qrcode` crate's modules (issue 15): one path,
//! no inline style, so it prints and works under a strict CSP.

use qrcode::{Color, EcLevel, QrCode};
use yew::prelude::*;

/// Modules of quiet zone around the code (the standard asks for 4).
const QUIET: usize = 4;

/// The QR code of `text` at error-correction level M, named `label` for screen readers;
/// nothing when the text is too long for any QR code.
pub fn qr_code(text: &str, label: &str) -> Html {
    let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) else {
        return html! {};
    };
    let width = code.width();
    let size = width + 2 * QUIET;
    let mut path = String::with_capacity(width * width * 4);
    for (at, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            let (x, y) = (at % width + QUIET, at / width + QUIET);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    html! {
        <svg class="kc-qr" role="img" aria-label={label.to_owned()}
            viewBox={format!("0 0 {size} {size}")} xmlns="http://www.w3.org/2000/svg"
            shape-rendering="crispEdges">
            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
            <path d={path} fill="#000" />
        </svg>
    }
}
