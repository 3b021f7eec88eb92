#pragma once

#include <QWidget>

namespace Linkdeck::Gui {

// What the main window shows in place of the link table while there are no links at all:
// the two first steps (make a link here, or connect a link service) and the offline guide.
//
//   auto *welcome = new WelcomePage(this);
//   connect(welcome, &WelcomePage::createLinkRequested, this, &MainWindow::newLink);
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QWidget *focusTarget() const;   // the first step's button

signals:
    void createLinkRequested();
    void connectAccountRequested();
    void gettingStartedRequested();

private:
    QWidget *m_first = nullptr;
};

}   // namespace Linkdeck::Gui
