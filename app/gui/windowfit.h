#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>

class QWidget;

namespace Linkdeck::Gui::WindowFit {

// Dialogs on small screens (issue 12, desktop sweep at 1024x700): a dialog sized and placed by
// Qt alone could open with its title bar above the screen or its buttons below it, when it grew
// after it was shown. These size it before it is shown and keep its whole frame, title bar
// included, in the screen's available geometry (without panels and docks).
//
//   resize(WindowFit::bounded(this, sizeHint()));
//   WindowFit::keepInside(this, true);   // centred on the parent, before show()

// The available geometry of the screen the window opens on (its parent's before it is shown).
QRect available(const QWidget *window);
// The window manager's frame around the window: its own once shown, before that its parent
// window's (the same window manager draws both); none on platforms without frames.
QMargins frame(const QWidget *window);
// `wanted` made small enough that the window with its frame, and `margin` pixels around it,
// fits the available geometry (never below the window's minimum size).
QSize bounded(const QWidget *window, QSize wanted, int margin = 0);
// Moves the window so that its whole frame lies in the available geometry, its title bar first
// when it is taller than the screen; `centreOnParent` first centres it on its parent window.
// Shrinks it first where it is larger than the room and its minimum size allows.
void keepInside(QWidget *window, bool centreOnParent);

}   // namespace Linkdeck::Gui::WindowFit
