//! QR codes for enrolment URIs: in the terminal with Unicode half blocks, or as PNG and SVG files.
//!
//! Every rendering paints its own quiet zone of four light modules, so a scanner never depends on
//! the colour of the terminal or the page around the code.

use std::fmt::Display;
use std::path::Path;

use image::{ImageFormat, Luma};
use qrcode::render::{svg, Pixel, Renderer};
use qrcode::{Color, EcLevel, QrCode};

use crate::error::{Error, Result};

/// Light modules around the code on every side; ISO/IEC 18004 asks four for a normal QR code.
const QUIET_ZONE: usize = 4;

/// Pixels per module side in PNG and SVG files.
const MODULE_PIXELS: u32 = 8;

/// Renders `data` as a QR code for a terminal: Unicode half blocks (each text cell is one module
/// wide and two tall: '█', '▀', '▄', ' '), with a painted quiet zone of 4 modules on every side,
/// lines joined by '\n' (ending in '\n').
///
/// `invert == false` suits the common dark terminal theme: light modules (and the quiet zone) are
/// painted with block characters in the foreground colour and dark modules are left as spaces.
/// `invert == true` paints the dark modules instead, for light themes.
pub fn render_terminal(data: &str, invert: bool) -> Result<String> {
    let modules = Modules::new(&encode(data)?);
    let painted = if invert { Color::Dark } else { Color::Light };

    let side = modules.side();
    let mut text = String::new();
    for top in (0..side).step_by(2) {
        for x in 0..side {
            let upper = modules.color(x, top) == painted;
            let lower = modules.color(x, top + 1) == painted;
            text.push(half_block(upper, lower));
        }
        text.push('\n');
    }
    Ok(text)
}

/// Writes `data` as a PNG QR code to `path`: black on white, a 4-module quiet zone, 8 pixels per
/// module. The error names the file when it cannot be written.
pub fn write_png(data: &str, path: &Path) -> Result<()> {
    let code = encode(data)?;
    let image = render_image::<Luma<u8>>(&code);
    let mut png = std::io::Cursor::new(Vec::new());
    image.write_to(&mut png, ImageFormat::Png).map_err(|err| write_error(path, err))?;
    write_private_new(path, png.get_ref())
}

/// Writes `data` as an SVG QR code to `path`: black on white, a 4-module quiet zone, 8 user units
/// per module. The error names the file when it cannot be written.
pub fn write_svg(data: &str, path: &Path) -> Result<()> {
    let code = encode(data)?;
    let document = render_image::<svg::Color<'_>>(&code);
    write_private_new(path, document.as_bytes())
}

/// Whether `data` fits in a QR code; checked before an enrolment is stored.
pub fn check_fits(data: &str) -> Result<()> {
    encode(data).map(drop)
}

/// The image holds the secret, so it is created owner-only and never replaces
/// an existing file or follows a symbolic link (`create_new` is O_EXCL).
fn write_private_new(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(|err| match err.kind() {
        std::io::ErrorKind::AlreadyExists => {
            Error::failed(format!("{} already exists; the QR code was not written", path.display()))
                .hint("choose a new file name, or remove the old file first")
        }
        _ => write_error(path, err),
    })?;
    file.write_all(bytes).and_then(|_| file.sync_all()).map_err(|err| write_error(path, err))
}

/// Encodes `data` at error correction level M, which recovers about 15% of damaged modules.
fn encode(data: &str) -> Result<QrCode> {
    QrCode::with_error_correction_level(data, EcLevel::M).map_err(|err| {
        Error::failed("the text is too long to fit in a QR code")
            .cause(err)
            .hint("use a shorter issuer name (`mfactl policy set --issuer`) or user id")
    })
}

/// Draws `code` for a file with the same quiet zone as the terminal and `MODULE_PIXELS` per module.
fn render_image<P: Pixel>(code: &QrCode) -> P::Image {
    let colors = code.to_colors();
    Renderer::<P>::new(&colors, code.width(), QUIET_ZONE as u32)
        .module_dimensions(MODULE_PIXELS, MODULE_PIXELS)
        .build()
}

/// The error for a QR file that could not be written, naming the file.
fn write_error(path: &Path, err: impl Display) -> Error {
    Error::failed(format!("could not write the QR code to {}", path.display()))
        .cause(err)
        .hint("choose a file in a directory that exists and that you may write to")
}

/// The block character whose upper and lower halves are painted as asked.
fn half_block(upper: bool, lower: bool) -> char {
    match (upper, lower) {
        (true, true) => '█',
        (true, false) => '▀',
        (false, true) => '▄',
        (false, false) => ' ',
    }
}

/// The modules of a code surrounded by its quiet zone, addressed from the zone's top-left corner.
struct Modules {
    colors: Vec<Color>,
    width: usize,
}

impl Modules {
    /// Takes the modules of `code`.
    fn new(code: &QrCode) -> Self {
        Modules { colors: code.to_colors(), width: code.width() }
    }

    /// Modules per side, quiet zone included.
    fn side(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    /// The module at column `x` and row `y`; everything outside the code is light, which also
    /// covers the missing lower half of the last text line.
    fn color(&self, x: usize, y: usize) -> Color {
        let inside = |i: usize| i.checked_sub(QUIET_ZONE).filter(|&i| i < self.width);
        match (inside(x), inside(y)) {
            (Some(x), Some(y)) => self.colors[y * self.width + x],
            _ => Color::Light,
        }
    }
}
