#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QTimeZone>

#include "core/analytics.h"

class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace Linkdeck::Gui {

// Clicks over time and where they came from, for one link or a campaign (a utm_campaign
// or a tag, across accounts), in the user's time zone. The figures are read on a worker
// thread with its own database connection, so the window never freezes.
class StatsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsDialog)
public:
    StatsDialog(QString databasePath, QList<qint64> links, const QString &title, QWidget *parent = nullptr);

    struct Figures
    {
        QList<Analytics::Bucket> series;
        QList<Analytics::Share> countries;
        QList<Analytics::Share> referrers;
        qint64 total = 0;
        qint64 previousTotal = 0;   // the period before, for the change
        QString error;
    };
    const Figures &figures() const { return m_figures; }
    bool isLoading() const { return m_watcher.isRunning(); }
    QString toCsv() const;

public slots:
    void reload();

signals:
    void loaded();

private:
    void present(const Figures &figures);

    QString m_databasePath;
    QList<qint64> m_links;
    QComboBox *m_range = nullptr;
    QComboBox *m_unit = nullptr;
    QCheckBox *m_bots = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_timeChart = nullptr;
    QTableWidget *m_countries = nullptr;
    QTableWidget *m_referrers = nullptr;
    QFutureWatcher<Figures> m_watcher;
    Figures m_figures;
};

} // namespace Linkdeck::Gui
