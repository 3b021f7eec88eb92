#include "gui/linkarea.h"

#include "gui/linklistview.h"
#include "gui/welcomepage.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

LinkArea::LinkArea(LinkListView *list, QWidget *parent)
    : QStackedWidget(parent)
    , m_list(list)
    , m_welcome(new WelcomePage(this))
{
    setObjectName(u"linkArea"_s);
    addWidget(list);
    addWidget(m_welcome);
}

void LinkArea::showWelcome(bool welcome)
{
    if (welcome == (currentWidget() == m_welcome))
        return;
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    setCurrentWidget(welcome ? static_cast<QWidget *>(m_welcome) : m_list);
    if (hadFocus)
        focusTarget()->setFocus();
}

QWidget *LinkArea::focusTarget() const
{
    return currentWidget() == m_welcome ? m_welcome->focusTarget() : m_list->focusTarget();
}

}   // namespace Linkdeck::Gui
