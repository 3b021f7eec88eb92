#include "gui/messagebox.h"

#include <QDialog>
#include <QPointer>

#include <QAbstractButton>
#include <QIcon>

namespace Linkdeck::Gui {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
int MessageBox::s_asked = 0;
QMessageBox::StandardButtons MessageBox::s_lastButtons;
QMap<QMessageBox::StandardButton, QString> MessageBox::s_lastTexts;

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton,
                                                 const QMap<QMessageBox::StandardButton, QString> &buttonTexts)
{
    ++s_asked;
    s_lastButtons = buttons;
    s_lastTexts = buttonTexts;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const auto answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (buttonTexts.isEmpty())
        return QMessageBox::question(parent, title, text, buttons, defaultButton);
    // A button that says what it does ("Create Link" rather than "Save").
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    // The style's icon belongs to the standard text: a green tick on "Stop" or a floppy disk on
    // "Create Link" would say something else, so a button with its own text has none.
    for (auto it = buttonTexts.cbegin(); it != buttonTexts.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key())) {
            button->setText(it.value());
            button->setIcon(QIcon());
        }
    }
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButtons MessageBox::lastButtons()
{
    return s_lastButtons;
}

QString MessageBox::lastButtonText(QMessageBox::StandardButton button)
{
    return s_lastTexts.value(button);
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    ++s_asked;
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void MessageBox::askBeforeDiscarding(QDialog *dialog, const UnsavedQuestion &q, bool savable,
                                     const std::function<void()> &save)
{
    const QPointer<QWidget> focus = dialog->focusWidget();
    QMap<QMessageBox::StandardButton, QString> texts;
    if (!q.saveButton.isEmpty())
        texts.insert(QMessageBox::Save, q.saveButton);
    const QMessageBox::StandardButton answer = savable
        ? question(dialog, q.title, q.canSave, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                   QMessageBox::Save, texts)
        : question(dialog, q.title, q.cannotSave, QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save && savable)
        save();
    else if (answer == QMessageBox::Discard)
        dialog->done(QDialog::Rejected);
    else if (focus)
        focus->setFocus();   // Cancel: go on where one was
}

int MessageBox::questionsAsked()
{
    return s_asked;
}

}   // namespace Linkdeck::Gui
