#include "gui/windowfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace Linkdeck::Gui::WindowFit {
namespace {

QMargins marginsOf(const QWidget *w)
{
    const QRect outer = w->frameGeometry();
    const QRect inner = w->geometry();
    return {inner.left() - outer.left(), inner.top() - outer.top(), outer.right() - inner.right(),
            outer.bottom() - inner.bottom()};
}

const QWidget *parentWindow(const QWidget *window)
{
    return window->parentWidget() ? window->parentWidget()->window() : nullptr;
}

}   // namespace

QRect available(const QWidget *window)
{
    const QWidget *parent = parentWindow(window);
    const QScreen *screen = window->isVisible() || !parent ? window->screen() : parent->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 700);
}

QMargins frame(const QWidget *window)
{
    QMargins margins = window->isVisible() ? marginsOf(window) : QMargins();
    if (margins.isNull()) {
        if (const QWidget *parent = parentWindow(window); parent && parent->isVisible())
            margins = marginsOf(parent);
    }
    return margins;
}

QSize bounded(const QWidget *window, QSize wanted, int margin)
{
    const QMargins m = frame(window) + QMargins(margin, margin, margin, margin);
    const QSize room = available(window).size().shrunkBy(m);
    return wanted.boundedTo(room).expandedTo(window->minimumSize());
}

void keepInside(QWidget *window, bool centreOnParent)
{
    const QRect room = available(window);
    const QMargins m = frame(window);
    if (const QSize size = bounded(window, window->size()); size != window->size())
        window->resize(size);
    QRect outer(window->isVisible() ? window->frameGeometry().topLeft() : window->pos(), window->size().grownBy(m));
    if (centreOnParent) {
        const QWidget *parent = parentWindow(window);
        outer.moveCenter(parent && parent->isVisible() ? parent->frameGeometry().center() : room.center());
    }
    if (outer.right() > room.right())
        outer.moveRight(room.right());
    if (outer.bottom() > room.bottom())
        outer.moveBottom(room.bottom());
    if (outer.left() < room.left())
        outer.moveLeft(room.left());
    if (outer.top() < room.top())
        outer.moveTop(room.top());   // the title bar on the screen, whatever else
    // A window's position is its frame's; moved before it is shown, Qt leaves it there.
    if (!window->isVisible() || outer.topLeft() != window->frameGeometry().topLeft())
        window->move(outer.topLeft());
}

}   // namespace Linkdeck::Gui::WindowFit
