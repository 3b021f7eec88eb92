#pragma once

#include <QDialog>

namespace Linkdeck::Gui {

// Help > Getting Started: a short guide to the first day, shown from the app itself (no
// network, no browser), in the user's language.
class GettingStartedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GettingStartedDialog)
public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);

    // Shows the guide over `parent`, or raises the one already open there.
    static void showFor(QWidget *parent);
    static QString guideHtml();
};

}   // namespace Linkdeck::Gui
