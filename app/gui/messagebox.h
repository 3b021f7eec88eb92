#pragma once

#include <QMessageBox>

namespace Linkdeck::Gui {

// Modal questions go through here so that tests can answer them without a modal loop
// (KeePassXC's MessageBox seam): setNextAnswer() makes the next question return at once.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void critical(QWidget *parent, const QString &title, const QString &text);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    static int questionsAsked();   // for tests

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static int s_asked;
};

}   // namespace Linkdeck::Gui
