#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

#include <memory>

#include "print/qrstyle.h"

class QFormLayout;

namespace Ui {
class QrStyleForm;
}

namespace Linkdeck::Gui {

// The options of a QR code's look and printed size (qrstyleform.ui), each with room for a
// warning beside it. Edits a Print::QrStyle and emits styleChanged() when the user changes it;
// setStyle() emits it once.
//
//   connect(form, &QrStyleForm::styleChanged, this, [this] { preview(m_form->style()); });
//   form->showWarnings(Print::QrChecks::check(code, form->style()));
class QrStyleForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrStyleForm)
public:
    explicit QrStyleForm(QWidget *parent = nullptr);
    ~QrStyleForm() override;

    Print::QrStyle style() const;   // the caption too; never cmyk, which is a choice of export
    void setStyle(const Print::QrStyle &style);
    void setLogo(const QString &path);   // empty removes it

    // Moves the rows of another form layout above the options (the studio's content and preset),
    // so that all the labels line up in one column.
    void takeRowsAbove(QFormLayout *rows);

    // Shows each warning beside the option it concerns, with a colour field's own complaint when
    // it does not parse, and hides the other rows.
    void showWarnings(const QList<Print::QrWarning> &warnings);

signals:
    void styleChanged();

private:
    void changed();
    void setColour(QColor *colour, const QColor &value);
    void colourEdited(QColor *colour, const QString &text);
    void pickColour(QColor *colour);

    std::unique_ptr<Ui::QrStyleForm> m_ui;
    QColor m_foreground = Qt::black;   // the last colours that parsed
    QColor m_background = Qt::white;
    QString m_colourError;   // a colour field that does not parse
    QString m_logo;
    bool m_setting = false;   // setStyle() in progress: one styleChanged() at its end
};

}   // namespace Linkdeck::Gui
