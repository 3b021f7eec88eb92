#pragma once

#include <QMap>
#include <QMessageBox>

namespace Linkdeck::Gui {

// Modal questions go through here so that tests can answer them without a modal loop
// (KeePassXC's MessageBox seam): setNextAnswer() makes the next question return at once.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton,
                                                const QMap<QMessageBox::StandardButton, QString> &buttonTexts = {});
    static void critical(QWidget *parent, const QString &title, const QString &text);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    static int questionsAsked();   // for tests
    // The buttons the last question offered, with their texts (own texts where given), for tests.
    static QMessageBox::StandardButtons lastButtons();
    static QString lastButtonText(QMessageBox::StandardButton button);

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static int s_asked;
    static QMessageBox::StandardButtons s_lastButtons;
    static QMap<QMessageBox::StandardButton, QString> s_lastTexts;
};

}   // namespace Linkdeck::Gui
