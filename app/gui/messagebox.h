#pragma once

#include <QMap>
#include <QMessageBox>

#include <functional>

class QDialog;

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

    // Nothing typed is lost by a key press (issue 12): a dialog with unsaved input asks before
    // it closes. Where the input can be saved as it is: Save (or saveButton's text) / Discard /
    // Cancel, asking `canSave`; otherwise Discard / Cancel, asking `cannotSave`. Save calls
    // save(), which closes the dialog when it has saved; Discard closes it (done(Rejected));
    // Cancel gives the focus back where it was.
    struct UnsavedQuestion
    {
        QString title;
        QString canSave;
        QString cannotSave;
        QString saveButton;   // empty: Qt's "Save"
    };
    static void askBeforeDiscarding(QDialog *dialog, const UnsavedQuestion &question, bool savable,
                                    const std::function<void()> &save);

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
