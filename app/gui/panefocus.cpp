#include "gui/panefocus.h"

#include <QAction>
#include <QApplication>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

PaneFocus::PaneFocus(QWidget *window, const QList<QWidget *> &panes)
    : QObject(window)
{
    for (QWidget *pane : panes)
        m_panes << pane;
    auto *next = new QAction(tr("Next Pane"), window);
    next->setObjectName(u"nextPaneAction"_s);
    next->setShortcut(QKeySequence(Qt::Key_F6));
    next->setShortcutContext(Qt::WindowShortcut);
    connect(next, &QAction::triggered, this, &PaneFocus::next);
    auto *previous = new QAction(tr("Previous Pane"), window);
    previous->setObjectName(u"previousPaneAction"_s);
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    previous->setShortcutContext(Qt::WindowShortcut);
    connect(previous, &QAction::triggered, this, &PaneFocus::previous);
    window->addActions({next, previous});
}

void PaneFocus::next()
{
    move(1);
}

void PaneFocus::previous()
{
    move(-1);
}

int PaneFocus::currentPane() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (int i = 0; focus && i < m_panes.size(); ++i) {
        if (m_panes[i] && (m_panes[i] == focus || m_panes[i]->isAncestorOf(focus)))
            return i;
    }
    return -1;
}

void PaneFocus::move(int step)
{
    const int count = int(m_panes.size());
    const int current = currentPane();
    // From outside every pane (the tool bar, nothing), F6 starts at the first pane and
    // Shift+F6 at the last.
    int index = current < 0 ? (step > 0 ? count - 1 : 0) : current;
    for (int tried = 0; tried < count; ++tried) {
        index = (index + step + count) % count;
        if (QWidget *target = focusTarget(index)) {
            target->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

QWidget *PaneFocus::focusTarget(int index) const
{
    QWidget *pane = m_panes[index];
    if (!pane || !pane->isVisible() || !pane->isEnabled())
        return nullptr;
    const auto takesFocus = [](const QWidget *w) {
        return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
    };
    if (pane->metaObject()->indexOfMethod("focusTarget()") >= 0) {
        QWidget *w = nullptr;
        QMetaObject::invokeMethod(pane, "focusTarget", Qt::DirectConnection, Q_RETURN_ARG(QWidget *, w));
        return w && takesFocus(w) ? w : nullptr;
    }
    if (QWidget *proxy = pane->focusProxy(); proxy && takesFocus(proxy))
        return proxy;
    if (takesFocus(pane))
        return pane;
    // The first control of the pane in the window's Tab order.
    for (QWidget *w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain()) {
        if (pane->isAncestorOf(w) && takesFocus(w))
            return w;
    }
    return nullptr;
}

}   // namespace Linkdeck::Gui
