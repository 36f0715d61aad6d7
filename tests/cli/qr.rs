//! QR codes read back the way a phone would: terminal text painted as a terminal paints it, and
//! PNG and SVG files, all decoded by the real `zbarimg` (zbar-tools), which must be installed.

use std::path::Path;
use std::process::Command;

use image::{GrayImage, Luma};
use tempfile::TempDir;

use mfactl::qr;

/// The enrolment URI of case C3: percent-encoded non-ASCII, space, plus sign and at sign.
const URI: &str = "otpauth://totp/Pr%C3%A9stamos%20Nube:ana.maria%2Bops%40example.com\
                   ?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Pr%C3%A9stamos%20Nube";

/// Pixels per module side when painting terminal text; a cell is this wide and twice as tall.
const PIXELS: u32 = 6;

/// Cells of bare terminal background painted around the text on every side.
const MARGIN_CELLS: u32 = 3;

/// Pixels per module side that `write_png` and `write_svg` promise.
const FILE_MODULE_PIXELS: u32 = 8;

/// Modules of quiet zone that every rendering promises.
const QUIET_ZONE: u32 = 4;

/// A terminal colour theme as grey levels of the text (foreground) and the background.
#[derive(Clone, Copy, Debug)]
struct Theme {
    name: &'static str,
    fg: u8,
    bg: u8,
}

/// The common dark theme: light text on a dark background.
const LIGHT_ON_DARK: Theme = Theme { name: "light-on-dark", fg: 255, bg: 0 };

/// A light theme: dark text on a light background.
const DARK_ON_LIGHT: Theme = Theme { name: "dark-on-light", fg: 0, bg: 255 };

#[test]
fn terminal_qr_decodes_on_dark_and_light_themes() {
    let dir = TempDir::new().unwrap();
    let mut default_decoded_somewhere = false;

    for theme in [LIGHT_ON_DARK, DARK_ON_LIGHT] {
        let default = decode_terminal(&dir, theme, false);
        let inverted = decode_terminal(&dir, theme, true);

        for decoded in [&default, &inverted].into_iter().flatten() {
            assert_eq!(decoded.as_bytes(), URI.as_bytes(), "wrong data on {}", theme.name);
        }
        assert!(
            default.is_some() || inverted.is_some(),
            "neither the default nor the --invert rendering decodes on {}",
            theme.name
        );
        default_decoded_somewhere |= default.is_some();
    }

    assert!(default_decoded_somewhere, "the default rendering decodes on no theme");
}

#[test]
fn default_terminal_qr_decodes_light_on_dark() {
    let dir = TempDir::new().unwrap();

    assert_eq!(decode_terminal(&dir, LIGHT_ON_DARK, false).as_deref(), Some(URI));
}

#[test]
fn inverted_terminal_qr_decodes_dark_on_light() {
    let dir = TempDir::new().unwrap();

    assert_eq!(decode_terminal(&dir, DARK_ON_LIGHT, true).as_deref(), Some(URI));
}

#[test]
fn terminal_qr_is_half_blocks_in_equal_lines() {
    for invert in [false, true] {
        let text = qr::render_terminal(URI, invert).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let side = lines[0].chars().count();

        assert!(text.ends_with('\n'));
        assert!(is_qr_side(side as u32), "{side} modules across is not a QR code with its zone");
        assert_eq!(lines.len(), side.div_ceil(2), "each line should hold two module rows");
        for line in &lines {
            assert_eq!(line.chars().count(), side);
            assert!(line.chars().all(|c| "█▀▄ ".contains(c)), "unexpected character in {line:?}");
        }
    }
}

#[test]
fn default_terminal_qr_paints_its_quiet_zone() {
    let text = qr::render_terminal(URI, false).unwrap();
    let lines: Vec<Vec<char>> = text.lines().map(|line| line.chars().collect()).collect();
    let zone = QUIET_ZONE as usize;

    // Four module rows are two full lines at the top, and at least two at the bottom.
    for line in lines.iter().take(zone / 2).chain(lines.iter().rev().take(zone / 2)) {
        assert!(line.iter().all(|&c| c == '█'), "quiet zone line not painted: {line:?}");
    }
    for line in &lines {
        let (left, right) = (&line[..zone], &line[line.len() - zone..]);
        assert!(left.iter().chain(right).all(|&c| c == '█'), "side zone not painted: {line:?}");
    }
}

#[test]
fn inverted_terminal_qr_leaves_its_quiet_zone_to_the_background() {
    let text = qr::render_terminal(URI, true).unwrap();
    let lines: Vec<&str> = text.lines().collect();

    assert!(lines[0].chars().all(|c| c == ' '));
    assert!(lines[lines.len() - 1].chars().all(|c| c == ' '));
}

#[test]
fn png_file_decodes_with_module_size_and_quiet_zone() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("enrol.png");

    qr::write_png(URI, &path).unwrap();

    let image = image::open(&path).unwrap().to_luma8();
    assert_eq!(image.width(), image.height());
    assert!(is_qr_side(image.width() / FILE_MODULE_PIXELS));
    assert_finder_at_zone_corner(|x, y| image.get_pixel(x, y).0[0] < 128);
    assert_eq!(decode_file(&path).as_deref(), Some(URI));
}

/// zbarimg reads SVG only through an ImageMagick delegate (rsvg or inkscape) that is not
/// installed here, so the file is checked for its structure, then its rectangles are painted
/// into a PNG and decoded.
#[test]
fn svg_file_is_a_qr_code_of_dark_rectangles() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("enrol.svg");

    qr::write_svg(URI, &path).unwrap();

    let document = std::fs::read_to_string(&path).unwrap();
    let side = svg_side(&document);
    let rects = svg_dark_rects(&document);
    assert!(side % FILE_MODULE_PIXELS == 0 && is_qr_side(side / FILE_MODULE_PIXELS));
    assert!(!rects.is_empty());
    assert_finder_at_zone_corner(|x, y| rects.iter().any(|r| r.contains(x, y)));

    let painted = dir.path().join("enrol-svg.png");
    paint_rects(&rects, side).save(&painted).unwrap();
    assert_eq!(decode_file(&painted).as_deref(), Some(URI));
}

#[test]
fn unwritable_path_is_named_in_the_error() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("no-such-directory").join("enrol.png");
    let shown = path.display().to_string();

    let png = qr::write_png(URI, &path).unwrap_err();
    let svg = qr::write_svg(URI, &path.with_extension("svg")).unwrap_err();

    assert!(png.message.contains(&shown), "{png}");
    assert!(svg.message.contains(&shown.replace(".png", ".svg")), "{svg}");
    assert!(png.hint.is_some() && svg.hint.is_some());
    assert!(!path.exists());
}

#[test]
fn data_too_long_for_a_qr_code_is_an_error() {
    let err = qr::render_terminal(&"x".repeat(5000), false).unwrap_err();

    assert!(err.message.contains("too long"), "{err}");
}

/// Renders `URI` for the terminal, paints it on `theme` into a PNG in `dir` and decodes that.
fn decode_terminal(dir: &TempDir, theme: Theme, invert: bool) -> Option<String> {
    let text = qr::render_terminal(URI, invert).unwrap();
    let path = dir.path().join(format!("{}-invert-{invert}.png", theme.name));

    paint_terminal(&text, theme).save(&path).unwrap();
    decode_file(&path)
}

/// Paints terminal text as a terminal does on `theme`: each cell one module wide and two tall,
/// block characters painting halves in the foreground colour, and `MARGIN_CELLS` of bare
/// background around the text.
fn paint_terminal(text: &str, theme: Theme) -> GrayImage {
    let lines: Vec<Vec<char>> = text.lines().map(|line| line.chars().collect()).collect();
    let columns = lines.iter().map(Vec::len).max().unwrap_or(0) as u32;
    let width = (columns + 2 * MARGIN_CELLS) * PIXELS;
    let height = (lines.len() as u32 + 2 * MARGIN_CELLS) * 2 * PIXELS;
    let mut image = GrayImage::from_pixel(width, height, Luma([theme.bg]));

    for (row, line) in (MARGIN_CELLS..).zip(&lines) {
        for (column, &cell) in (MARGIN_CELLS..).zip(line) {
            let (upper, lower) = painted_halves(cell);
            let (x, y) = (column * PIXELS, row * 2 * PIXELS);
            if upper {
                fill(&mut image, x, y, PIXELS, PIXELS, theme.fg);
            }
            if lower {
                fill(&mut image, x, y + PIXELS, PIXELS, PIXELS, theme.fg);
            }
        }
    }
    image
}

/// Which halves of a cell a character paints in the foreground colour: (upper, lower).
fn painted_halves(cell: char) -> (bool, bool) {
    match cell {
        '█' => (true, true),
        '▀' => (true, false),
        '▄' => (false, true),
        ' ' => (false, false),
        other => panic!("a terminal QR code holds only half blocks, not {other:?}"),
    }
}

/// Fills the `width` by `height` rectangle whose top-left pixel is (`x`, `y`) with grey `level`.
fn fill(image: &mut GrayImage, x: u32, y: u32, width: u32, height: u32, level: u8) {
    for py in y..y + height {
        for px in x..x + width {
            image.put_pixel(px, py, Luma([level]));
        }
    }
}

/// Runs `zbarimg --raw -q` on an image file: the decoded text, or `None` when it finds no code.
/// Fails the test when zbarimg is missing or cannot read the file.
fn decode_file(path: &Path) -> Option<String> {
    let output = Command::new("zbarimg").arg("--raw").arg("-q").arg(path).output();
    let output = output.unwrap_or_else(|err| {
        panic!("cannot run zbarimg ({err}); these tests need it: apt-get install zbar-tools")
    });

    // zbarimg exits 4 when it read the image and found no code in it.
    match output.status.code() {
        Some(0) => {
            let text = String::from_utf8(output.stdout).expect("zbarimg printed non-UTF-8");
            Some(text.strip_suffix('\n').unwrap_or(&text).to_owned())
        }
        Some(4) => None,
        _ => panic!(
            "zbarimg failed on {}: {}",
            path.display(),
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

/// Whether `side` modules across is a normal QR code (21, 25, ... 177) plus its quiet zones.
fn is_qr_side(side: u32) -> bool {
    let code = side.saturating_sub(2 * QUIET_ZONE);
    (21..=177).contains(&code) && (code - 21) % 4 == 0
}

/// Checks the top-left finder pattern's top edge in a file rendering: seven dark modules of
/// `FILE_MODULE_PIXELS` right after the quiet zone, light on both sides of them.
fn assert_finder_at_zone_corner(is_dark: impl Fn(u32, u32) -> bool) {
    let start = QUIET_ZONE * FILE_MODULE_PIXELS;
    let end = start + 7 * FILE_MODULE_PIXELS;

    assert!((0..start).all(|i| !is_dark(i, start) && !is_dark(start, i)), "quiet zone too thin");
    assert!((start..end).all(|i| is_dark(i, start)), "finder edge not 7 modules of 8 pixels");
    assert!(!is_dark(end, start), "finder edge longer than 7 modules of 8 pixels");
}

/// An axis-aligned rectangle from an SVG path, in user units.
#[derive(Debug)]
struct Rect {
    x: u32,
    y: u32,
    width: u32,
    height: u32,
}

impl Rect {
    /// Whether the pixel at (`x`, `y`) lies inside.
    fn contains(&self, x: u32, y: u32) -> bool {
        (self.x..self.x + self.width).contains(&x) && (self.y..self.y + self.height).contains(&y)
    }
}

/// Checks the SVG's root element and white background and returns its side in user units,
/// which its `width`, `height` and `viewBox` must agree on.
fn svg_side(document: &str) -> u32 {
    assert!(document.starts_with("<?xml") && document.trim_end().ends_with("</svg>"));
    assert_eq!(document.matches("<svg").count(), 1);

    let side: u32 = attribute(document, "width").parse().unwrap();
    assert_eq!(attribute(document, "height"), side.to_string());
    assert_eq!(attribute(document, "viewBox"), format!("0 0 {side} {side}"));
    assert!(document.contains(&format!(r##"width="{side}" height="{side}" fill="#fff""##)));
    side
}

/// The value of the first attribute `name` in `document`.
fn attribute<'a>(document: &'a str, name: &str) -> &'a str {
    let marker = format!(" {name}=\"");
    let start = document.find(&marker).unwrap_or_else(|| panic!("no {name} in SVG")) + marker.len();
    let length = document[start..].find('"').unwrap();
    &document[start..start + length]
}

/// The rectangles of the single black path, each written as `M{x} {y}h{w}v{h}H{x}V{y}`.
fn svg_dark_rects(document: &str) -> Vec<Rect> {
    assert_eq!(document.matches("<path").count(), 1);
    assert!(document.contains(r##"<path fill="#000" d=""##));

    let d = attribute(document, "d");
    d.split('M').filter(|part| !part.is_empty()).map(parse_rect).collect()
}

/// Parses one `{x} {y}h{w}v{h}H{x}V{y}` subpath (the leading `M` removed) and checks it closes.
fn parse_rect(subpath: &str) -> Rect {
    let numbers: Vec<u32> = subpath
        .split(|c: char| c == ' ' || c.is_ascii_alphabetic())
        .map(|n| n.parse().unwrap_or_else(|_| panic!("bad SVG subpath M{subpath}")))
        .collect();

    let [x, y, width, height, x_back, y_back] = numbers[..] else {
        panic!("SVG subpath M{subpath} is not a rectangle");
    };
    assert_eq!((x, y), (x_back, y_back), "SVG subpath M{subpath} does not close");
    Rect { x, y, width, height }
}

/// Paints dark rectangles on a white `side` by `side` image, as an SVG viewer would at 1:1.
fn paint_rects(rects: &[Rect], side: u32) -> GrayImage {
    let mut image = GrayImage::from_pixel(side, side, Luma([255]));
    for rect in rects {
        fill(&mut image, rect.x, rect.y, rect.width, rect.height, 0);
    }
    image
}
