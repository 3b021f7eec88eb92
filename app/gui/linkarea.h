#pragma once

#include <QStackedWidget>

namespace Linkdeck::Gui {

class LinkListView;
class WelcomePage;

// The main window's middle: the links (filter and table), or the first steps while there are
// no links at all. The focus moves along when the page changes under it.
class LinkArea final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkArea)
public:
    explicit LinkArea(LinkListView *list, QWidget *parent = nullptr);

    WelcomePage *welcomePage() const { return m_welcome; }

    void showWelcome(bool welcome);
    // Where F6 and the window's first focus go: the first step, the table or the filter.
    Q_INVOKABLE QWidget *focusTarget() const;

private:
    LinkListView *m_list;
    WelcomePage *m_welcome;
};

}   // namespace Linkdeck::Gui
