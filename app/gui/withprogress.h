#pragma once

#include <QCoreApplication>
#include <QProgressDialog>
#include <QString>

namespace Linkdeck::Gui {

// Runs work(progress) under a window-modal progress dialog whose Cancel stops it; progress is
// what the print/ functions take.
template<typename Work>
auto withProgress(QWidget *parent, const QString &objectName, const QString &text, int total, Work work)
{
    QProgressDialog progress(text, QCoreApplication::translate("Linkdeck::Gui::WithProgress", "Cancel"), 0, total,
                             parent);
    progress.setObjectName(objectName);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto result = work([&progress](int done, int) {
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    return result;
}

}   // namespace Linkdeck::Gui
