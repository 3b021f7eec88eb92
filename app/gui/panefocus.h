#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Linkdeck::Gui {

// F6 and Shift+F6 move the focus from pane to pane of a window (the sidebar, the links, the
// detail pane), as in a file manager or a mail client; Tab moves within and between them.
// A pane gets the focus where its Q_INVOKABLE QWidget *focusTarget() says (a pane whose
// first control depends on what it shows), else at its focus proxy, else at its first
// control that takes Tab focus; a pane that shows no such control is passed over.
//
//   new PaneFocus(this, {m_sidebar, m_list, m_detail});
class PaneFocus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneFocus)
public:
    PaneFocus(QWidget *window, const QList<QWidget *> &panes);

    void next();
    void previous();
    // The pane that holds the focus, or -1.
    int currentPane() const;

private:
    void move(int step);
    QWidget *focusTarget(int index) const;

    QList<QPointer<QWidget>> m_panes;
};

}   // namespace Linkdeck::Gui
