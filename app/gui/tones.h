#pragma once

#include <QColor>
#include <QPalette>

class QLabel;
class QWidget;

namespace Linkdeck::Gui {

// The colours of a sentence that says something is wrong or right, readable on the palette it
// is shown on: dark red and green on a light window, light ones on a dark window (issue 12:
// the dark red of the light theme could hardly be read on a dark one).
inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

inline QColor badTone(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

inline QColor goodTone(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1d, 0x6b, 0x2c);
}

// Amber: something to look at, that does not stop anything (a QR code that may not scan).
inline QColor warningTone(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x5b, 0x00);
}

enum class Tone {
    Plain,   // the palette's own text colour
    Bad,
    Good,
    Warning,
    Quiet   // the disabled text colour: a hint
};

// Shows the widget's text (a label's) in the tone, and keeps it in that tone on the palette the
// application takes later (Preferences > Appearance): only its text colour is its own, the rest
// follows the application.
void setTone(QWidget *widget, Tone tone);

// A label whose rich text holds links: Qt colours a link once, when the text is set, so the
// text is set again when the palette changes (Dark, Light), and its links take the new colour.
void followPaletteLinks(QLabel *label);

}   // namespace Linkdeck::Gui
